//! `GET /api/v1/codice-fiscale/{code}` (API.md "Codice fiscale"): the domain
//! engine's answer, 200 also for an invalid code.

use axum::http::Uri;
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use domain::api::{CfCheck, Sex};
use domain::codice_fiscale::{self, PersonData};
use serde::Deserialize;

/// Optional personal data to compare with the code; all text, so that a
/// malformed value is reported as a mismatch rather than rejected.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CfQuery {
    pub surname: Option<String>,
    pub name: Option<String>,
    pub sex: Option<String>,
    pub birth_date: Option<String>,
    pub birthplace_code: Option<String>,
}

/// `today` gives the date two-digit birth years are read against: the
/// simulated clock's, so a code answers the same here as in the request form.
pub fn router<S: Clone + Send + Sync + 'static>(
    today: impl Fn() -> NaiveDate + Clone + Send + Sync + 'static,
) -> Router<S> {
    Router::new().route(
        "/api/v1/codice-fiscale/{code}",
        get(move |uri: Uri| async move {
            let (code, query) = lenient_params(&uri);
            Json(check_with_query(&code, query, today()))
        }),
    )
}

/// The code and the person fields of a request, read so that this route
/// answers 200 whatever the bytes (API.md: "200 always"): the last path
/// segment and the query are percent-decoded with replacement characters
/// (`%FF` is then an invalid code, not a rejected request), unknown query
/// parameters are ignored and a repeated one keeps its last value.
fn lenient_params(uri: &Uri) -> (String, CfQuery) {
    let raw = uri.path().rsplit('/').next().unwrap_or_default();
    let code = percent_encoding::percent_decode_str(raw)
        .decode_utf8_lossy()
        .into_owned();
    let mut q = CfQuery::default();
    for (k, v) in form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()) {
        let v = Some(v.into_owned());
        match k.as_ref() {
            "surname" => q.surname = v,
            "name" => q.name = v,
            "sex" => q.sex = v,
            "birth_date" => q.birth_date = v,
            "birthplace_code" => q.birthplace_code = v,
            _ => {}
        }
    }
    (code, q)
}

/// Empty parameters count as absent.
fn given(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Runs the engine; person fields that cannot be parsed (`sex=X`,
/// `birth_date=31/02`) cannot agree with any code and are listed as mismatches.
pub fn check_with_query(code: &str, query: CfQuery, today: NaiveDate) -> CfCheck {
    let sex = given(query.sex);
    let birth_date = given(query.birth_date);
    let any = [&query.surname, &query.name, &query.birthplace_code]
        .into_iter()
        .any(|v| v.as_deref().is_some_and(|v| !v.trim().is_empty()))
        || sex.is_some()
        || birth_date.is_some();
    let parsed_sex = sex
        .as_deref()
        .map(|s| match s.to_ascii_uppercase().as_str() {
            "M" => Ok(Sex::M),
            "F" => Ok(Sex::F),
            _ => Err(()),
        });
    let parsed_date = birth_date
        .as_deref()
        .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| ()));
    let person = PersonData {
        surname: given(query.surname),
        name: given(query.name),
        sex: parsed_sex.and_then(Result::ok),
        birth_date: parsed_date.and_then(Result::ok),
        birthplace_code: given(query.birthplace_code),
    };
    let mut out = codice_fiscale::check_on(code, any.then_some(&person), today);
    if let Some(mismatches) = out.mismatches.as_mut() {
        for (field, bad) in [
            ("sex", matches!(parsed_sex, Some(Err(())))),
            ("birth_date", matches!(parsed_date, Some(Err(())))),
        ] {
            if bad {
                mismatches.push(field.to_string());
            }
        }
        // Keep the contract's order: surname, name, sex, birth_date, birthplace_code.
        let order = ["surname", "name", "sex", "birth_date", "birthplace_code"];
        mismatches.sort_by_key(|f| order.iter().position(|o| o == f));
    }
    out
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use serde_json::{json, Value};
    use tower::ServiceExt;

    async fn get_json(uri: &str) -> (StatusCode, Value) {
        let today = || chrono::NaiveDate::from_ymd_opt(2020, 4, 1).unwrap();
        let response = super::router::<()>(today)
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, serde_json::from_slice(&body).unwrap())
    }

    #[tokio::test]
    async fn valid_code_any_case_with_spaces() {
        let (status, v) = get_json("/api/v1/codice-fiscale/%20rssmra80a01h501u%20").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v["code"], "RSSMRA80A01H501U");
        assert_eq!(v["valid"], true);
        assert_eq!(v["omocode"], false);
        assert_eq!(
            v["decoded"],
            json!({"sex": "M", "birth_date": "1980-01-01",
                   "birthplace": {"code": "H501", "name": "Roma", "province": "RM"}})
        );
        assert!(v.get("mismatches").is_none());
    }

    #[tokio::test]
    async fn invalid_code_is_still_200() {
        let (status, v) = get_json("/api/v1/codice-fiscale/RSSMRA80A01H501V").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v["valid"], false);
        assert_eq!(v["errors"][0]["code"], "CHECK_CHARACTER");
        let (status, v) = get_json("/api/v1/codice-fiscale/ABC").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v["errors"][0]["code"], "LENGTH");
        assert_eq!(v["decoded"], Value::Null);
    }

    #[tokio::test]
    async fn person_fields_are_compared() {
        let (_, v) = get_json(
            "/api/v1/codice-fiscale/RSSMRA80A01H501U?surname=Rossi&name=Mario&sex=M\
             &birth_date=1980-01-01&birthplace_code=H501",
        )
        .await;
        assert_eq!(v["mismatches"], json!([]));
        let (_, v) = get_json(
            "/api/v1/codice-fiscale/RSSMRA80A01H501U?surname=Verdi&sex=F&birth_date=1980-01-01",
        )
        .await;
        assert_eq!(v["mismatches"], json!(["surname", "sex"]));
        let (_, v) = get_json(
            "/api/v1/codice-fiscale/RSSMRA80A01H501U?sex=X&birth_date=01%2F01%2F1980&name=",
        )
        .await;
        assert_eq!(v["mismatches"], json!(["sex", "birth_date"]));
        // Only empty parameters: no comparison asked.
        let (_, v) = get_json("/api/v1/codice-fiscale/RSSMRA80A01H501U?surname=").await;
        assert!(v.get("mismatches").is_none());
    }
}
