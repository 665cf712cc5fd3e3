//! Operators' logins (back office, contact center, sede).

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use super::{new_client, TestApp, OPERATOR_PASSWORD};

impl TestApp {
    // ----------------------------------------------------------- operators

    /// Logs `client` in as the operator `username`.
    pub async fn operator_login(
        &self,
        client: &Client,
        username: &str,
        password: &str,
    ) -> (StatusCode, Value) {
        self.post_as(
            client,
            "/operator/session",
            json!({"username": username, "password": password}),
        )
        .await
    }

    /// A new client logged in as the seeded operator `username`, checking
    /// its role.
    pub async fn operator_as(&self, username: &str, role: &str) -> Client {
        let op = new_client();
        let (s, b) = self.operator_login(&op, username, OPERATOR_PASSWORD).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        assert_eq!(b["role"], role);
        op
    }

    /// A new client logged in as the back-office operator "operatore".
    pub async fn operator(&self) -> Client {
        self.operator_as("operatore", "back_office").await
    }

    /// The back-office operator `op` approves the conversion `conv`: the
    /// answer.
    pub async fn approve_conversion(&self, op: &Client, conv: &str) -> Value {
        let (s, b) = self
            .post_as(
                op,
                &format!("/operator/conversions/{conv}/approve"),
                json!({}),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        b
    }
}
