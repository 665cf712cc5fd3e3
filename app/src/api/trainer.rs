//! `/formatore`: the trainer's session, classes of worlds and their live
//! table (polled with an ETag: an unchanged table answers 304, no body).

use domain::api::{
    AdvanceClass, ApiError, ClassSummary, ClassTable, NewClass, ScenarioInfo, Trainer, TrainerLogin,
};
use gloo_net::http::Request;

use super::{
    decode, delete, get_json, network_error, post_empty, post_json, with_credentials, BASE,
};

pub async fn login(username: &str, password: &str) -> Result<Trainer, ApiError> {
    post_json(
        &format!("{BASE}/sim/trainer/session"),
        &TrainerLogin {
            username: username.into(),
            password: password.into(),
        },
    )
    .await
}

pub async fn me() -> Result<Trainer, ApiError> {
    get_json(&format!("{BASE}/sim/trainer/session")).await
}

pub async fn logout() -> Result<(), ApiError> {
    delete(&format!("{BASE}/sim/trainer/session")).await
}

pub async fn scenarios() -> Result<Vec<ScenarioInfo>, ApiError> {
    get_json(&format!("{BASE}/sim/scenarios")).await
}

pub async fn classes() -> Result<Vec<ClassSummary>, ApiError> {
    get_json(&format!("{BASE}/sim/trainer/classes")).await
}

pub async fn create(class: &NewClass) -> Result<ClassTable, ApiError> {
    post_json(&format!("{BASE}/sim/trainer/classes"), class).await
}

/// What a poll of the live table found.
pub enum Polled {
    /// Same as the table of the ETag sent.
    Unchanged,
    /// A new table and its ETag.
    Changed(ClassTable, Option<String>),
}

/// `GET /sim/trainer/classes/{id}` with `If-None-Match: etag`.
pub async fn table(id: &str, etag: Option<&str>) -> Result<Polled, ApiError> {
    let mut b = with_credentials(Request::get(&format!("{BASE}/sim/trainer/classes/{id}")))
        .header("Accept", "application/json");
    if let Some(e) = etag {
        b = b.header("If-None-Match", e);
    }
    let resp = b
        .build()
        .map_err(|_| network_error())?
        .send()
        .await
        .map_err(|_| network_error())?;
    if resp.status() == 304 {
        return Ok(Polled::Unchanged);
    }
    let etag = resp.headers().get("etag");
    Ok(Polled::Changed(decode(resp).await?, etag))
}

pub async fn advance(
    id: &str,
    seconds: i64,
    world: Option<String>,
) -> Result<ClassTable, ApiError> {
    post_json(
        &format!("{BASE}/sim/trainer/classes/{id}/advance"),
        &AdvanceClass { seconds, world },
    )
    .await
}

pub async fn reset(id: &str, world: &str) -> Result<ClassTable, ApiError> {
    post_empty(&format!(
        "{BASE}/sim/trainer/classes/{id}/worlds/{world}/reset"
    ))
    .await
}

pub async fn revoke_code(id: &str, world: &str) -> Result<ClassTable, ApiError> {
    post_empty(&format!(
        "{BASE}/sim/trainer/classes/{id}/worlds/{world}/join-code"
    ))
    .await
}

pub async fn end(id: &str) -> Result<(), ApiError> {
    delete(&format!("{BASE}/sim/trainer/classes/{id}")).await
}

/// The printable slips of class `id`, for a link.
pub fn slips_url(id: &str) -> String {
    format!("{BASE}/sim/trainer/classes/{id}/slips.pdf")
}
