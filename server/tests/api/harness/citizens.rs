//! A citizen's way to a usable PIN: issued (by post or by phone), logged
//! in, through first access, at each level.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::{TestApp, EMAIL, MOBILE};
use crate::fixtures::{cf, request_for};

impl TestApp {
    // ------------------------------------------------------------ citizens

    /// Requests a PIN for `c` online and returns (half 1 from the SMS, half
    /// 2 from the letter once delivered).
    pub async fn issue(&self, c: &Value) -> (String, String) {
        let (status, body) = self.post("/pin-requests", request_for(c)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        assert_eq!(body["status"], "issued");
        let half1 = self.secret(MOBILE, "prima parte").await;
        (half1, self.letter_half(c).await)
    }

    /// As [`TestApp::issue`], the PIN filed by phone (half 1 read out in
    /// the Contact Center's call): it needs activation before use.
    pub async fn issue_by_phone(&self, c: &Value) -> (String, String) {
        let (status, body) = self.post("/sim/phone-requests", request_for(c)).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        let half1 = self.secret(MOBILE, "Contact Center").await;
        (half1, self.letter_half(c).await)
    }

    /// Half 2, from the letter to `c` once the post delay has passed.
    async fn letter_half(&self, c: &Value) -> String {
        self.advance_days(8).await;
        self.messages(cf(c)).await[0]["secret"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// A fresh registry citizen with a PIN issued: (CF, half 1, half 2).
    pub async fn issued(&self) -> (String, String, String) {
        let c = self.citizen().await;
        let (half1, half2) = self.issue(&c).await;
        (cf(&c).to_owned(), half1, half2)
    }

    pub async fn login(&self, cf: &str, pin: &str) -> (StatusCode, Value) {
        self.post("/session", json!({"codice_fiscale": cf, "pin": pin}))
            .await
    }

    /// Logs in with the app's client and returns the session cookie it was
    /// given (`name=value`).
    pub async fn login_cookie(&self, cf: &str, pin: &str) -> String {
        let rb = self
            .client
            .post(self.url("/session"))
            .json(&json!({"codice_fiscale": cf, "pin": pin}));
        let rec = self.send(rb).await;
        assert_eq!(rec.status, StatusCode::OK, "{}", rec.what());
        rec.header("set-cookie")
            .split(';')
            .next()
            .unwrap()
            .to_owned()
    }

    /// Request, first access: returns the 8-character PIN; the session is
    /// logged in and at the contacts step.
    pub async fn first_access(&self, c: &Value) -> String {
        let (h1, h2) = self.issue(c).await;
        let (status, body) = self.login(cf(c), &format!("{h1}{h2}")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (status, body) = self.post("/pin/first-access", json!({})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "verify_contacts");
        body["new_pin"].as_str().unwrap().to_owned()
    }

    /// Verifies the contacts and accepts the privacy notice.
    pub async fn onboard(&self) {
        let sms = self.secret(MOBILE, "verifica").await;
        let mail = self.secret(EMAIL, "Verifica").await;
        let (status, body) = self
            .post(
                "/pin/verify-contacts",
                json!({"codes": {"mobile": sms, "email": mail}}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let (_, privacy) = self.get("/privacy").await;
        let (status, body) = self
            .post("/pin/privacy", json!({"version": privacy["version"]}))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["next"], "home");
    }

    /// A citizen with an active, onboarded PIN, logged in: (citizen, PIN).
    pub async fn ready(&self) -> (Value, String) {
        let c = self.citizen().await;
        let pin = self.first_access(&c).await;
        self.onboard().await;
        (c, pin)
    }

    /// Logged in with the first 8 characters only (L0): the CF.
    pub async fn l0(&self) -> String {
        let (cf, half1, _) = self.issued().await;
        let (s, b) = self.login(&cf, &half1).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["level"], "L0");
        cf
    }

    /// First access done: an ordinary PIN (L1) session; (CF, PIN).
    pub async fn l1(&self) -> (String, String) {
        let c = self.citizen().await;
        let pin = self.first_access(&c).await;
        (cf(&c).to_owned(), pin)
    }

    /// The (kind, channel) of each entry of "Le tue attività", newest first.
    pub async fn activity_kinds(&self) -> Vec<(String, Value)> {
        let (status, body) = self.get("/me/activity").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body.as_array()
            .unwrap()
            .iter()
            .map(|e| (e["kind"].as_str().unwrap().to_owned(), e["channel"].clone()))
            .collect()
    }
}
