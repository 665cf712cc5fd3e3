//! "Richiedi PIN" (`/richiedi-pin`): the live codice fiscale check, the place
//! lists of the form and the request itself.

use domain::api::{ApiError, CfCheck, PinRequest, PinRequestCreated};

use super::{get_json, get_json_query, post_json, BASE};

/// Person fields to check a codice fiscale against (all optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CfPersonQuery {
    pub surname: Option<String>,
    pub name: Option<String>,
    pub sex: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    pub birthplace_code: Option<String>,
}

/// `GET /api/v1/codice-fiscale/{code}`, optionally against the person's data.
pub async fn codice_fiscale(
    code: &str,
    person: Option<&CfPersonQuery>,
) -> Result<CfCheck, ApiError> {
    let path = format!("{BASE}/codice-fiscale/{}", code.trim());
    let mut query: Vec<(&str, &str)> = Vec::new();
    if let Some(p) = person {
        for (k, v) in [
            ("surname", &p.surname),
            ("name", &p.name),
            ("sex", &p.sex),
            ("birth_date", &p.birth_date),
            ("birthplace_code", &p.birthplace_code),
        ] {
            if let Some(v) = v {
                query.push((k, v.as_str()));
            }
        }
    }
    get_json_query(&path, &query).await
}

/// The place lists' types are the server's own (`domain::places`).
pub use domain::places::{Comune, Country, Province};

pub async fn provinces() -> Result<Vec<Province>, ApiError> {
    get_json(&format!("{BASE}/places/provinces")).await
}

/// Comuni of a province valid on `date` (`YYYY-MM-DD`; none = today's list).
pub async fn comuni(sigla: &str, date: Option<&str>) -> Result<Vec<Comune>, ApiError> {
    let path = format!("{BASE}/places/provinces/{}/comuni", sigla.trim());
    match date {
        Some(d) => get_json_query(&path, &[("date", d)]).await,
        None => get_json(&path).await,
    }
}

pub async fn countries() -> Result<Vec<Country>, ApiError> {
    get_json(&format!("{BASE}/places/countries")).await
}

/// `POST /api/v1/pin-requests`.
pub async fn submit(req: &PinRequest) -> Result<PinRequestCreated, ApiError> {
    post_json(&format!("{BASE}/pin-requests"), req).await
}
