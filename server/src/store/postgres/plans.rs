//! Query plans (issue 10), as `sqlite/plans.rs` checks SQLite's: the
//! look-ups of a login, a session and the delivery simulator must each have
//! an index. On a fresh (small) database PostgreSQL rightly prefers a
//! sequential scan, so the plans are taken with sequential scans disabled
//! (`enable_seqscan = off`): a query that still shows one has no index to
//! use, and at 1 000 000 citizens would read the whole table. Generic plans
//! (`plan_cache_mode = force_generic_plan`) are the ones a prepared
//! statement gets whatever its parameters.

use sqlx::Row;

use super::credentials::{CREDENTIAL_COLUMNS, LIVE_BY_CF, REVOKED_BY_CF};
use super::scratch::ScratchDatabase;
use super::PgStore;

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
        ("credential by id", cred("id = $1")),
        (
            "lockout read",
            "SELECT failed_attempts, locked_until FROM credentials WHERE id = $1 FOR UPDATE".into(),
        ),
        (
            "record login",
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL, last_login_at = $1 \
             WHERE id = $2"
                .into(),
        ),
        (
            "session by id",
            "SELECT * FROM sessions WHERE id = $1".into(),
        ),
        (
            "session with its credential by id",
            super::sessions::SESSION_WITH_CREDENTIAL.clone(),
        ),
        (
            "sessions of a credential",
            "DELETE FROM sessions WHERE credential_id = $1".into(),
        ),
        (
            "citizen by codice fiscale",
            "SELECT * FROM citizens WHERE codice_fiscale = $1".into(),
        ),
        (
            "messages of a recipient",
            "SELECT * FROM messages WHERE recipient_key = $1 ORDER BY sent_at DESC, seq DESC"
                .into(),
        ),
        (
            "newest messages",
            "SELECT * FROM messages ORDER BY sent_at DESC, seq DESC LIMIT 1000".into(),
        ),
        (
            "events of a codice fiscale",
            "SELECT * FROM credential_events WHERE codice_fiscale = $1 \
             ORDER BY at DESC, seq DESC LIMIT $2"
                .into(),
        ),
        (
            "operator audit of a codice fiscale",
            "SELECT * FROM operator_audit WHERE codice_fiscale = $1 \
             ORDER BY at DESC, seq DESC LIMIT $2"
                .into(),
        ),
        (
            "newest operator audit",
            "SELECT * FROM operator_audit ORDER BY at DESC, seq DESC LIMIT $1".into(),
        ),
    ]
}

#[tokio::test]
async fn login_and_inbox_lookups_use_an_index() {
    let db = ScratchDatabase::create().await;
    let store = PgStore::connect(&db.url)
        .await
        .expect("connect and migrate");
    let mut conn = store.pool.acquire().await.expect("connection");
    for set in [
        "SET enable_seqscan = off",
        "SET plan_cache_mode = force_generic_plan",
    ] {
        sqlx::query(set).execute(&mut *conn).await.expect(set);
    }
    let mut bad = Vec::new();
    for (k, (name, sql)) in hot_queries().into_iter().enumerate() {
        let params = (1..=9)
            .take_while(|n| sql.contains(&format!("${n}")))
            .count();
        let nulls = vec!["NULL"; params].join(", ");
        let args = if params == 0 {
            String::new()
        } else {
            format!("({nulls})")
        };
        sqlx::query(sqlx::AssertSqlSafe(format!("PREPARE plan_{k} AS {sql}")))
            .execute(&mut *conn)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let steps: Vec<String> = sqlx::query(sqlx::AssertSqlSafe(format!(
            "EXPLAIN (COSTS OFF) EXECUTE plan_{k}{args}"
        )))
        .fetch_all(&mut *conn)
        .await
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        // An index (or index-only) scan finds the rows; a `Seq Scan` reads
        // the table and a `Sort` orders every matching row.
        if !steps.iter().any(|s| s.contains("Index"))
            || steps
                .iter()
                .any(|s| s.contains("Seq Scan") || s.contains("Sort"))
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
