//! Query plans (issue 10): the look-ups of a login, a session and the
//! delivery simulator must each be served by an index, never by a scan of a
//! table that grows with the citizens (at 1 000 000 citizens a scan made an
//! unknown codice fiscale answer measurably slower than a known one, which
//! tells an attacker who holds a PIN). Every query's plan is listed in
//! `docs/query-plans.md`; this test keeps the hot ones from regressing.

use sqlx::Row;

use super::credentials::{CREDENTIAL_COLUMNS, LIVE_BY_CF, REVOKED_BY_CF};
use super::SqliteStore;

/// `EXPLAIN QUERY PLAN` of `sql`, one detail line per step (`?`s bound to
/// a text value).
async fn plan(store: &SqliteStore, sql: &str) -> Vec<String> {
    let mut q = sqlx::query(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")));
    for _ in 0..sql.matches('?').count() {
        q = q.bind("X");
    }
    q.fetch_all(&store.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|r| r.get::<String, _>("detail"))
        .collect()
}

/// The queries a login (right PIN, wrong PIN, unknown codice fiscale), a
/// session check and the simulator's inboxes run, as the store runs them.
fn hot_queries() -> Vec<(&'static str, String)> {
    let cred =
        |filter: &str| format!("SELECT {CREDENTIAL_COLUMNS} FROM credentials WHERE {filter}");
    vec![
        ("live credential by codice fiscale", cred(LIVE_BY_CF)),
        (
            "last revoked credential by codice fiscale",
            cred(REVOKED_BY_CF),
        ),
        ("credential by id", cred("id = ?")),
        (
            "lockout read",
            "SELECT failed_attempts, locked_until FROM credentials WHERE id = ?".into(),
        ),
        (
            "lockout write",
            "UPDATE credentials SET failed_attempts = ?, locked_until = ?, updated_at = ? \
             WHERE id = ?"
                .into(),
        ),
        (
            "record login",
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL, last_login_at = ? \
             WHERE id = ?"
                .into(),
        ),
        (
            "session by id",
            "SELECT * FROM sessions WHERE id = ?".into(),
        ),
        (
            "session with its credential by id",
            super::sessions::SESSION_WITH_CREDENTIAL.clone(),
        ),
        (
            "sessions of a credential",
            "DELETE FROM sessions WHERE credential_id = ?".into(),
        ),
        (
            "citizen by codice fiscale",
            "SELECT * FROM citizens WHERE codice_fiscale = ?".into(),
        ),
        (
            "messages of a recipient",
            "SELECT * FROM messages WHERE recipient_key = ? ORDER BY sent_at DESC, seq DESC".into(),
        ),
        (
            "newest messages",
            "SELECT * FROM messages ORDER BY sent_at DESC, seq DESC LIMIT 1000".into(),
        ),
        (
            "events of a codice fiscale",
            "SELECT * FROM credential_events WHERE codice_fiscale = ? \
             ORDER BY at DESC, seq DESC LIMIT ?"
                .into(),
        ),
        (
            "operator audit of a codice fiscale",
            "SELECT * FROM operator_audit WHERE codice_fiscale = ? \
             ORDER BY at DESC, seq DESC LIMIT ?"
                .into(),
        ),
        (
            "newest operator audit",
            "SELECT * FROM operator_audit ORDER BY at DESC, seq DESC LIMIT ?".into(),
        ),
    ]
}

#[tokio::test]
async fn login_and_inbox_lookups_use_an_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plans.db");
    let store = SqliteStore::connect(path.to_str().expect("utf-8 temp path"))
        .await
        .expect("connect and migrate");
    let mut bad = Vec::new();
    for (name, sql) in hot_queries() {
        let steps = plan(&store, &sql).await;
        // `SEARCH … USING [COVERING] INDEX` or the rowid/primary key is an
        // index look-up; `SCAN` reads the whole table (or a whole index) and
        // a temporary B-tree sorts every matching row.
        // The newest messages are read in index order, stopping at the
        // LIMIT: a scan of the index, not of the table.
        let ordered_scan = |s: &str| {
            matches!(name, "newest messages" | "newest operator audit") && s.contains("USING INDEX")
        };
        if steps.is_empty()
            || steps
                .iter()
                .any(|s| (s.starts_with("SCAN") && !ordered_scan(s)) || s.contains("TEMP B-TREE"))
        {
            bad.push(format!("{name}: {steps:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "queries without an index:\n{}",
        bad.join("\n")
    );
}
