//! Throwaway databases for tests (feature `postgres-tests`): each one is
//! created with a random name on the server that `PIN_INPS_TEST_POSTGRES`
//! names (an admin URL such as `postgres://postgres@127.0.0.1:PORT/postgres`)
//! and dropped when its guard is. Without the variable the tests fail with
//! a message saying so: a suite that cannot run must not pass by silence.

use sqlx::{Connection, Executor, PgConnection};

/// The environment variable with the admin URL of the test server.
pub const ADMIN_URL_VAR: &str = "PIN_INPS_TEST_POSTGRES";

/// A database that exists until this value is dropped.
pub struct ScratchDatabase {
    /// URL of the database itself, for `PgStore::connect` or `--database`.
    pub url: String,
    admin_url: String,
    name: String,
}

impl ScratchDatabase {
    /// Creates one; panics (the test fails) when the server is not given or
    /// not reachable.
    pub async fn create() -> Self {
        let admin_url = std::env::var(ADMIN_URL_VAR).unwrap_or_else(|_| {
            panic!(
                "{ADMIN_URL_VAR} is not set: the PostgreSQL tests need a server to create \
                 databases on, e.g. {ADMIN_URL_VAR}=postgres://postgres@127.0.0.1:5432/postgres \
                 (scripts/test.sh starts a throwaway one)"
            )
        });
        // Letters and digits only: the name is spliced into SQL.
        let name = format!("pin_inps_test_{}", crate::secrets::random_hex::<8>());
        let mut admin = PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| panic!("{ADMIN_URL_VAR}={admin_url}: {e}"));
        admin
            .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        let _ = admin.close().await;
        Self {
            url: with_database(&admin_url, &name),
            admin_url,
            name,
        }
    }
}

impl Drop for ScratchDatabase {
    /// Drops the database, ending the connections still open on it. Drop
    /// cannot await, and the test's runtime may be the one dropping, so the
    /// statement runs on a runtime of its own in a thread of its own.
    fn drop(&mut self) {
        let admin_url = self.admin_url.clone();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async {
                let mut admin = PgConnection::connect(&admin_url).await?;
                admin.execute(sqlx::AssertSqlSafe(sql)).await?;
                admin.close().await
            })
            .map_err(std::io::Error::other)
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("scratch database {} was not dropped", self.name);
        }
    }
}

/// `admin_url` with its database path replaced by `name` (query kept).
fn with_database(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin_url, None),
    };
    let after_scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[after_scheme..]
        .find('/')
        .map_or(base.len(), |i| after_scheme + i);
    let mut url = format!("{}/{name}", &base[..host_end]);
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    url
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_of_a_url_is_replaced() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            with_database("postgres://u:p@h:1/postgres?sslmode=disable", "x"),
            "postgres://u:p@h:1/x?sslmode=disable"
        );
        assert_eq!(with_database("postgres://h:1", "x"), "postgres://h:1/x");
    }
}
