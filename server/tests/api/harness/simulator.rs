//! The simulator as the tests drive it: clock, registry citizens, inboxes.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::TestApp;

impl TestApp {
    // --------------------------------------------------- clock, simulator

    pub async fn advance(&self, seconds: i64) {
        let (s, b) = self
            .post("/sim/clock", json!({"advance_seconds": seconds}))
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }

    pub async fn advance_days(&self, days: i64) {
        self.advance(days * 86_400).await;
    }

    /// Sets the simulated clock; the answer (a refusal is not a panic).
    pub async fn set_clock(&self, iso: &str) -> (StatusCode, Value) {
        self.post("/sim/clock", json!({"set": iso})).await
    }

    /// A fresh registry citizen.
    pub async fn citizen(&self) -> Value {
        self.citizen_with(json!({})).await
    }

    /// A registry citizen with the given fields (the rest generated).
    pub async fn citizen_with(&self, body: Value) -> Value {
        let (status, c) = self.post("/sim/citizens", body).await;
        assert_eq!(status, StatusCode::CREATED, "{c}");
        c
    }

    /// The simulator's messages to `recipient`, newest first.
    pub async fn messages(&self, recipient: &str) -> Vec<Value> {
        let rb = self
            .client
            .get(self.url("/sim/messages"))
            .query(&[("recipient", recipient)]);
        let (status, msgs) = self.json(rb).await;
        assert_eq!(status, StatusCode::OK, "{msgs}");
        msgs.as_array().unwrap().clone()
    }

    /// The secret of the newest message to `recipient` whose subject or
    /// body contains `hint`.
    pub async fn secret(&self, recipient: &str, hint: &str) -> String {
        let msgs = self.messages(recipient).await;
        let m = msgs
            .iter()
            .find(|m| {
                m["secret"].is_string()
                    && (m["subject"].as_str().unwrap().contains(hint)
                        || m["body"].as_str().unwrap().contains(hint))
            })
            .unwrap_or_else(|| panic!("no message with {hint:?} to {recipient}: {msgs:?}"));
        m["secret"].as_str().unwrap().to_owned()
    }
}
