//! SQLite implementation of [`Store`] (sqlx, runtime-checked queries so the
//! build never needs a `DATABASE_URL`).

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use domain::api::{
    Channel, Citizen, Level, Message, PinState, RegistryResidence, Role, Sex, TesseraSanitaria,
};
use domain::pin::Lockout;
use serde::de::DeserializeOwned;
use serde::Serialize;
use sqlx::sqlite::{
    SqliteArguments, SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow,
};
use sqlx::{Row, SqlSafeStr, SqlitePool};

use super::*;

pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// The pool, for the stores of other procedures on the same database
    /// (`super::dispositivo`).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Opens (creating file and directory if needed) and migrates.
    /// Accepts `sqlite://PATH`, `sqlite:PATH`, `sqlite::memory:` or a path.
    pub async fn connect(url: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        let path = rest.split('?').next().unwrap_or(rest);
        let options = if path == ":memory:" || path.is_empty() {
            SqliteConnectOptions::from_str("sqlite::memory:")?
        } else {
            if let Some(dir) = Path::new(path).parent() {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(dir)?;
                }
            }
            SqliteConnectOptions::new()
                .filename(path)
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
        };
        let options = options
            .busy_timeout(Duration::from_secs(30))
            .foreign_keys(true);
        // In-memory databases are per connection: keep exactly one.
        let max = if path == ":memory:" || path.is_empty() {
            1
        } else {
            8
        };
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Self { pool })
    }

    /// Every transaction here writes, so each takes SQLite's write lock up
    /// front (`BEGIN IMMEDIATE`). A deferred transaction that reads first
    /// and writes later cannot upgrade its snapshot once another connection
    /// has committed in between: SQLite then answers `SQLITE_BUSY` at once,
    /// without waiting on the busy timeout ("database is locked" under
    /// concurrent requests). Waiting for the lock at `BEGIN` instead honours
    /// the timeout and serialises the writers.
    pub(super) async fn write_tx(&self) -> StoreResult<sqlx::Transaction<'_, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// Counts one login attempt of a credential or an operator against the
    /// lockout of [`Lockout`]. `BEGIN IMMEDIATE` serialises read-decide-write
    /// against every other attempt, so concurrent wrong passwords are each
    /// counted exactly once.
    pub(super) async fn reserve_attempt_in(
        &self,
        table: LockoutTable,
        id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt> {
        let mut tx = self.write_tx().await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT failed_attempts, locked_until FROM {} WHERE id = ?",
            table.name()
        )))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            return Err(StoreError::Corrupt(format!(
                "{} {id} vanished",
                table.name()
            )));
        };
        let current = Lockout {
            failed_attempts: row.try_get::<i64, _>("failed_attempts")?.max(0) as u32,
            locked_until: opt_from_ms(row.try_get("locked_until")?)?,
        };
        if let Some(secs) = current.retry_after(now) {
            tx.rollback().await?;
            return Ok(Attempt::Locked {
                retry_after_seconds: secs,
            });
        }
        let next = current.after_failure(now);
        let blocks = next.locked_until != current.locked_until;
        let stamp = if table.has_updated_at() {
            ", updated_at = ?"
        } else {
            ""
        };
        let mut q = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE {} SET failed_attempts = ?, locked_until = ?{stamp} WHERE id = ?",
            table.name()
        )))
        .bind(next.failed_attempts as i64)
        .bind(next.locked_until.map(ms));
        if table.has_updated_at() {
            q = q.bind(ms(now));
        }
        q.bind(id).execute(&mut *tx).await?;
        tx.commit().await?;
        Ok(Attempt::Allowed { blocks })
    }

    /// Runs one statement on the pool when only its success matters: most
    /// setters here and in `super::dispositivo` are a bound statement and
    /// nothing else, so the execute-and-discard lives in one place.
    pub(super) async fn run(&self, q: SqliteQuery<'_>) -> StoreResult<()> {
        q.execute(&self.pool).await?;
        Ok(())
    }

    /// Runs one guarded write and tells whether it changed exactly one row:
    /// the conditional updates (`... AND status = 'draft'`, `used_at IS
    /// NULL`) answer "did the guard hold" this way.
    pub(super) async fn changed_one(&self, q: SqliteQuery<'_>) -> StoreResult<bool> {
        Ok(q.execute(&self.pool).await?.rows_affected() == 1)
    }

    /// At most one row selected by a single text key, mapped by `map`: the
    /// lookups by id, codice fiscale or username differ only in SQL and
    /// mapper, and all must map a missing row to `None`, not an error.
    pub(super) async fn one_by<T>(
        &self,
        sql: impl SqlSafeStr,
        key: &str,
        map: fn(&SqliteRow) -> StoreResult<T>,
    ) -> StoreResult<Option<T>> {
        sqlx::query(sql)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(map)
            .transpose()
    }

    /// The credential matching `filter` (the SQL after `WHERE`, with one `?`
    /// for `key`). Always [`CREDENTIAL_COLUMNS`], so every lookup feeds
    /// [`credential_from`] the same shape and none can forget a column.
    async fn credential_where(&self, filter: &str, key: &str) -> StoreResult<Option<Credential>> {
        let sql = format!("SELECT {CREDENTIAL_COLUMNS} FROM credentials WHERE {filter}");
        self.one_by(sqlx::AssertSqlSafe(sql), key, credential_from)
            .await
    }
}

/// The tables whose rows carry a login lockout (`failed_attempts`,
/// `locked_until`): a closed set, so table names never come from input.
#[derive(Debug, Clone, Copy)]
pub(super) enum LockoutTable {
    Credentials,
    Operators,
}

impl LockoutTable {
    fn name(self) -> &'static str {
        match self {
            LockoutTable::Credentials => "credentials",
            LockoutTable::Operators => "operators",
        }
    }

    fn has_updated_at(self) -> bool {
        matches!(self, LockoutTable::Credentials)
    }
}

/// A runtime-checked query with its arguments bound, ready to execute.
pub(super) type SqliteQuery<'q> = sqlx::query::Query<'q, sqlx::Sqlite, SqliteArguments>;

/// Instants are stored as Unix milliseconds (`INTEGER`) so SQL can compare
/// them; shared with `super::dispositivo` so both stores agree.
pub(super) fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(super) fn from_ms(v: i64) -> StoreResult<DateTime<Utc>> {
    DateTime::from_timestamp_millis(v).ok_or_else(|| StoreError::Corrupt(format!("instant {v}")))
}

pub(super) fn opt_from_ms(v: Option<i64>) -> StoreResult<Option<DateTime<Utc>>> {
    v.map(from_ms).transpose()
}

/// The serde name of a unit enum variant (`PinState::Active` → `active`).
fn enum_str<T: Serialize>(v: T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        other => unreachable!("unit enum serialises to a string, got {other:?}"),
    }
}

fn parse_enum<T: DeserializeOwned>(s: String) -> StoreResult<T> {
    serde_json::from_value(serde_json::Value::String(s.clone()))
        .map_err(|_| StoreError::Corrupt(format!("enum value {s}")))
}

fn parse_date(s: &str) -> StoreResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| StoreError::Corrupt(format!("date {s}")))
}

/// A statement's outcome with a UNIQUE violation reported as
/// [`StoreError::Conflict`]: callers treat "already there" as a domain
/// answer (duplicate citizen, second open conversion), not a failure.
pub(super) fn conflict_on_unique<T>(r: Result<T, sqlx::Error>) -> StoreResult<()> {
    match r {
        Ok(_) => Ok(()),
        Err(e)
            if e.as_database_error()
                .is_some_and(|d| d.is_unique_violation()) =>
        {
            Err(StoreError::Conflict)
        }
        Err(e) => Err(e.into()),
    }
}

fn citizen_from(row: &SqliteRow) -> StoreResult<Citizen> {
    Ok(Citizen {
        codice_fiscale: row.try_get("codice_fiscale")?,
        surname: row.try_get("surname")?,
        name: row.try_get("name")?,
        sex: parse_enum::<Sex>(row.try_get("sex")?)?,
        birth_date: parse_date(&row.try_get::<String, _>("birth_date")?)?,
        birthplace_code: row.try_get("birthplace_code")?,
        residence: RegistryResidence {
            address: row.try_get("res_address")?,
            civic: row.try_get("res_civic")?,
            province: row.try_get("res_province")?,
            comune: row.try_get("res_comune")?,
            cap: row.try_get("res_cap")?,
        },
        tessera_sanitaria: TesseraSanitaria {
            number: row.try_get("ts_number")?,
            expiry: parse_date(&row.try_get::<String, _>("ts_expiry")?)?,
        },
        role: parse_enum::<Role>(row.try_get("role")?)?,
    })
}

fn credential_from(row: &SqliteRow) -> StoreResult<Credential> {
    Ok(Credential {
        id: row.try_get("id")?,
        codice_fiscale: row.try_get("codice_fiscale")?,
        request_id: row.try_get("request_id")?,
        state: parse_enum::<PinState>(row.try_get("state")?)?,
        role: parse_enum::<Role>(row.try_get("role")?)?,
        surname: row.try_get("surname")?,
        name: row.try_get("name")?,
        home_phone: row.try_get("home_phone")?,
        mobile: row.try_get("mobile")?,
        email: row.try_get("email")?,
        pec: row.try_get("pec")?,
        initial_hash: row.try_get("initial_hash")?,
        half1_hash: row.try_get("half1_hash")?,
        pin_hash: row.try_get("pin_hash")?,
        pin_changed_at: opt_from_ms(row.try_get("pin_changed_at")?)?,
        failed_attempts: row.try_get::<i64, _>("failed_attempts")?.max(0) as u32,
        locked_until: opt_from_ms(row.try_get("locked_until")?)?,
        contacts_verified: row.try_get::<i64, _>("contacts_verified")? != 0,
        privacy_accepted: row.try_get::<i64, _>("privacy_accepted")? != 0,
        activation_required: row.try_get::<i64, _>("activation_required")? != 0,
        privacy_version: row.try_get("privacy_version")?,
        last_login_at: opt_from_ms(row.try_get("last_login_at")?)?,
        created_at: from_ms(row.try_get("created_at")?)?,
    })
}

fn session_from(row: &SqliteRow) -> StoreResult<Session> {
    let stage: String = row.try_get("stage")?;
    Ok(Session {
        id: row.try_get("id")?,
        credential_id: row.try_get("credential_id")?,
        codice_fiscale: row.try_get("codice_fiscale")?,
        level: parse_enum::<Level>(row.try_get("level")?)?,
        stage: SessionStage::parse(&stage)
            .ok_or_else(|| StoreError::Corrupt(format!("stage {stage}")))?,
        created_at: from_ms(row.try_get("created_at")?)?,
        last_seen_at: from_ms(row.try_get("last_seen_at")?)?,
    })
}

/// Stands for a secret in a message not delivered yet.
pub const WITHHELD: &str = "[non ancora consegnato]";

fn message_from(row: &SqliteRow, now: DateTime<Utc>) -> StoreResult<Message> {
    let delivered: Option<i64> = row.try_get("delivered_at")?;
    let due: Option<i64> = row.try_get("due_at")?;
    // Post is delivered when the simulated clock reaches its due time:
    // decided at read time, so advancing the clock needs no background job.
    let delivered_at = match (delivered, due) {
        (Some(d), _) => Some(from_ms(d)?),
        (None, Some(due)) if due <= ms(now) => Some(from_ms(due)?),
        _ => None,
    };
    // Nobody can read a letter still in the post: until it is delivered its
    // secret is withheld, in the field and in the text.
    let mut body: String = row.try_get("body")?;
    let mut secret: Option<String> = row.try_get("secret")?;
    if delivered_at.is_none() {
        if let Some(s) = secret.take().filter(|s| !s.is_empty()) {
            body = body.replace(&s, WITHHELD);
        }
    }
    Ok(Message {
        id: row.try_get("id")?,
        channel: parse_enum::<Channel>(row.try_get("channel")?)?,
        recipient: row.try_get("recipient")?,
        subject: row.try_get("subject")?,
        body,
        secret,
        sent_at: from_ms(row.try_get("sent_at")?)?,
        delivered_at,
        due_at: opt_from_ms(due)?,
    })
}

const CREDENTIAL_COLUMNS: &str = "id, codice_fiscale, request_id, state, role, surname, name, \
     home_phone, mobile, email, pec, initial_hash, half1_hash, pin_hash, pin_changed_at, \
     failed_attempts, locked_until, contacts_verified, privacy_accepted, activation_required, \
     privacy_version, last_login_at, created_at";

async fn insert_message_on<'c, E>(exec: E, m: &NewMessage) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query(
        "INSERT INTO messages (id, channel, recipient, recipient_key, subject, body, secret, \
         sent_at, delivered_at, due_at, held, request_id) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&m.id)
    .bind(enum_str(m.channel))
    .bind(&m.recipient)
    .bind(crate::sim::deliveries::recipient_key(&m.recipient))
    .bind(&m.subject)
    .bind(&m.body)
    .bind(&m.secret)
    .bind(ms(m.sent_at))
    .bind(m.delivered_at.map(ms))
    .bind(m.due_at.map(ms))
    .bind(m.held as i64)
    .bind(&m.request_id)
    .execute(exec)
    .await?;
    Ok(())
}

/// Ends every session of a credential; on an executor so revoke and restore
/// can do it inside their transaction.
async fn delete_sessions_on<'c, E>(exec: E, credential_id: &str) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query("DELETE FROM sessions WHERE credential_id = ?")
        .bind(credential_id)
        .execute(exec)
        .await?;
    Ok(())
}

/// Remembers a PIN hash for the no-reuse rule; in the same transaction as
/// the change that set it, so history and credential never disagree.
async fn record_pin_history<'c, E>(
    exec: E,
    credential_id: &str,
    pin_hash: &str,
    now: DateTime<Utc>,
) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query("INSERT INTO pin_history (credential_id, pin_hash, changed_at) VALUES (?, ?, ?)")
        .bind(credential_id)
        .bind(pin_hash)
        .bind(ms(now))
        .execute(exec)
        .await?;
    Ok(())
}

#[async_trait]
impl Store for SqliteStore {
    async fn clock_offset(&self) -> StoreResult<Option<i64>> {
        let v: Option<String> =
            sqlx::query_scalar("SELECT value FROM sim_settings WHERE key = 'clock_offset_ms'")
                .fetch_optional(&self.pool)
                .await?;
        v.map(|s| {
            s.parse()
                .map_err(|_| StoreError::Corrupt(format!("offset {s}")))
        })
        .transpose()
    }

    async fn save_clock_offset(&self, offset_ms: i64) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO sim_settings (key, value) VALUES ('clock_offset_ms', ?) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(offset_ms.to_string());
        self.run(q).await
    }

    async fn count_citizens(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM citizens")
            .fetch_one(&self.pool)
            .await?)
    }

    async fn insert_citizen(&self, c: &Citizen, now: DateTime<Utc>) -> StoreResult<()> {
        let r = sqlx::query(
            "INSERT INTO citizens (codice_fiscale, surname, name, sex, birth_date, \
             birthplace_code, res_address, res_civic, res_province, res_comune, res_cap, \
             ts_number, ts_expiry, role, created_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.codice_fiscale)
        .bind(&c.surname)
        .bind(&c.name)
        .bind(enum_str(c.sex))
        .bind(c.birth_date.format("%Y-%m-%d").to_string())
        .bind(&c.birthplace_code)
        .bind(&c.residence.address)
        .bind(&c.residence.civic)
        .bind(&c.residence.province)
        .bind(&c.residence.comune)
        .bind(&c.residence.cap)
        .bind(&c.tessera_sanitaria.number)
        .bind(c.tessera_sanitaria.expiry.format("%Y-%m-%d").to_string())
        .bind(enum_str(c.role))
        .bind(ms(now))
        .execute(&self.pool)
        .await;
        conflict_on_unique(r)
    }

    async fn citizen(&self, codice_fiscale: &str) -> StoreResult<Option<Citizen>> {
        self.one_by(
            "SELECT * FROM citizens WHERE codice_fiscale = ?",
            codice_fiscale,
            citizen_from,
        )
        .await
    }

    async fn citizens(&self, limit: i64) -> StoreResult<Vec<Citizen>> {
        sqlx::query("SELECT * FROM citizens ORDER BY rowid LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(citizen_from)
            .collect()
    }

    async fn live_credential(&self, codice_fiscale: &str) -> StoreResult<Option<Credential>> {
        self.credential_where("codice_fiscale = ? AND state <> 'revoked'", codice_fiscale)
            .await
    }

    async fn last_revoked_credential(
        &self,
        codice_fiscale: &str,
    ) -> StoreResult<Option<Credential>> {
        self.credential_where(
            "codice_fiscale = ? AND state = 'revoked' ORDER BY updated_at DESC LIMIT 1",
            codice_fiscale,
        )
        .await
    }

    async fn credential(&self, id: &str) -> StoreResult<Option<Credential>> {
        self.credential_where("id = ?", id).await
    }

    async fn create_pin_request(&self, req: NewPinRequest) -> StoreResult<()> {
        let c = &req.credential;
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO pin_requests (id, codice_fiscale, status, request_json, created_at) \
             VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&req.request_id)
        .bind(&c.codice_fiscale)
        .bind(&req.status)
        .bind(&req.request_json)
        .bind(ms(c.created_at))
        .execute(&mut *tx)
        .await?;
        let r = sqlx::query(
            "INSERT INTO credentials (id, codice_fiscale, request_id, state, role, surname, name, \
             home_phone, mobile, email, pec, initial_hash, half1_hash, pin_hash, pin_changed_at, \
             failed_attempts, locked_until, contacts_verified, privacy_accepted, \
             activation_required, privacy_version, created_at, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.id)
        .bind(&c.codice_fiscale)
        .bind(&c.request_id)
        .bind(enum_str(c.state))
        .bind(enum_str(c.role))
        .bind(&c.surname)
        .bind(&c.name)
        .bind(&c.home_phone)
        .bind(&c.mobile)
        .bind(&c.email)
        .bind(&c.pec)
        .bind(&c.initial_hash)
        .bind(&c.half1_hash)
        .bind(&c.pin_hash)
        .bind(c.pin_changed_at.map(ms))
        .bind(c.contacts_verified as i64)
        .bind(c.privacy_accepted as i64)
        .bind(c.activation_required as i64)
        .bind(c.privacy_version)
        .bind(ms(c.created_at))
        .bind(ms(c.created_at))
        .execute(&mut *tx)
        .await;
        conflict_on_unique(r)?;
        for m in &req.messages {
            insert_message_on(&mut *tx, m).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn insert_message(&self, m: NewMessage) -> StoreResult<()> {
        insert_message_on(&self.pool, &m).await
    }

    async fn messages(
        &self,
        recipient_key: Option<&str>,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<Message>> {
        let rows = match recipient_key {
            Some(key) => {
                sqlx::query(
                    "SELECT * FROM messages WHERE held = 0 AND recipient_key = ? \
                     ORDER BY sent_at DESC, seq DESC",
                )
                .bind(key)
                .fetch_all(&self.pool)
                .await?
            }
            None => {
                sqlx::query(
                    "SELECT * FROM messages WHERE held = 0 ORDER BY sent_at DESC, seq DESC \
                     LIMIT 1000",
                )
                .fetch_all(&self.pool)
                .await?
            }
        };
        rows.iter().map(|r| message_from(r, now)).collect()
    }

    async fn reserve_attempt(
        &self,
        credential_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Attempt> {
        self.reserve_attempt_in(LockoutTable::Credentials, credential_id, now)
            .await
    }

    async fn reset_lockout(&self, credential_id: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
        )
        .bind(credential_id);
        self.run(q).await
    }

    async fn complete_first_access(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE credentials SET initial_hash = NULL, half1_hash = NULL, pin_hash = ?, \
             pin_changed_at = ?, updated_at = ?, \
             state = CASE WHEN state = 'dispositivo' THEN 'dispositivo' ELSE 'active' END \
             WHERE id = ? AND initial_hash IS NOT NULL AND state <> 'revoked'",
        )
        .bind(pin_hash)
        .bind(ms(now))
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if done {
            record_pin_history(&mut *tx, credential_id, pin_hash, now).await?;
        }
        tx.commit().await?;
        Ok(done)
    }

    async fn change_pin(
        &self,
        credential_id: &str,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE credentials SET pin_hash = ?, pin_changed_at = ?, updated_at = ? WHERE id = ?",
        )
        .bind(pin_hash)
        .bind(ms(now))
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?;
        record_pin_history(&mut *tx, credential_id, pin_hash, now).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn pin_history(&self, credential_id: &str, n: i64) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT pin_hash FROM pin_history WHERE credential_id = ? \
             ORDER BY changed_at DESC, rowid DESC LIMIT ?",
        )
        .bind(credential_id)
        .bind(n)
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_session(&self, s: &Session) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO sessions (id, credential_id, codice_fiscale, level, stage, created_at, \
             last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&s.id)
        .bind(&s.credential_id)
        .bind(&s.codice_fiscale)
        .bind(enum_str(s.level))
        .bind(s.stage.as_str())
        .bind(ms(s.created_at))
        .bind(ms(s.last_seen_at));
        self.run(q).await
    }

    async fn session(&self, id: &str) -> StoreResult<Option<Session>> {
        self.one_by("SELECT * FROM sessions WHERE id = ?", id, session_from)
            .await
    }

    async fn touch_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query("UPDATE sessions SET last_seen_at = ? WHERE id = ?")
            .bind(ms(now))
            .bind(id);
        self.run(q).await
    }

    async fn set_session_stage(&self, id: &str, stage: SessionStage) -> StoreResult<()> {
        let q = sqlx::query("UPDATE sessions SET stage = ? WHERE id = ?")
            .bind(stage.as_str())
            .bind(id);
        self.run(q).await
    }

    async fn delete_session(&self, id: &str) -> StoreResult<()> {
        let q = sqlx::query("DELETE FROM sessions WHERE id = ?").bind(id);
        self.run(q).await
    }
    async fn record_login(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET failed_attempts = 0, locked_until = NULL, last_login_at = ? \
             WHERE id = ?",
        )
        .bind(ms(now))
        .bind(credential_id);
        self.run(q).await
    }

    async fn delete_sessions_of(&self, credential_id: &str) -> StoreResult<()> {
        delete_sessions_on(&self.pool, credential_id).await
    }

    async fn insert_code(&self, c: NewCode) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE codes SET used_at = ? WHERE credential_id = ? AND purpose = ? AND target = ? \
             AND used_at IS NULL",
        )
        .bind(ms(c.created_at))
        .bind(&c.credential_id)
        .bind(c.purpose.as_str())
        .bind(&c.target)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO codes (id, credential_id, purpose, target, code_hash, created_at, \
             expires_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&c.id)
        .bind(&c.credential_id)
        .bind(c.purpose.as_str())
        .bind(&c.target)
        .bind(&c.code_hash)
        .bind(ms(c.created_at))
        .bind(ms(c.expires_at))
        .bind(&c.payload)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn live_codes(
        &self,
        credential_id: &str,
        purpose: CodePurpose,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<CodeRow>> {
        let rows = sqlx::query(
            "SELECT id, target, code_hash, failed_attempts, payload FROM codes \
             WHERE credential_id = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? \
             ORDER BY created_at DESC, rowid DESC",
        )
        .bind(credential_id)
        .bind(purpose.as_str())
        .bind(ms(now))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CodeRow {
                    id: r.try_get("id")?,
                    target: r.try_get("target")?,
                    code_hash: r.try_get("code_hash")?,
                    failed_attempts: r.try_get::<i64, _>("failed_attempts")?.max(0) as u32,
                    payload: r.try_get("payload")?,
                })
            })
            .collect()
    }

    async fn code_failed(&self, code_id: &str, max: u32, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE codes SET failed_attempts = failed_attempts + 1, \
             used_at = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE used_at END \
             WHERE id = ?",
        )
        .bind(max as i64)
        .bind(ms(now))
        .bind(code_id);
        self.run(q).await
    }

    async fn consume_code(&self, code_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        let q = sqlx::query("UPDATE codes SET used_at = ? WHERE id = ? AND used_at IS NULL")
            .bind(ms(now))
            .bind(code_id);
        self.changed_one(q).await
    }

    async fn set_contacts_verified(&self, credential_id: &str, verified: bool) -> StoreResult<()> {
        let q = sqlx::query("UPDATE credentials SET contacts_verified = ? WHERE id = ?")
            .bind(verified as i64)
            .bind(credential_id);
        self.run(q).await
    }

    async fn set_privacy_version(&self, credential_id: &str, version: i64) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET privacy_version = ?, privacy_accepted = 1 WHERE id = ?",
        )
        .bind(version)
        .bind(credential_id);
        self.run(q).await
    }

    async fn update_contacts(
        &self,
        credential_id: &str,
        c: &StoredContacts,
        verified: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET home_phone = ?, mobile = ?, email = ?, pec = ?, \
             contacts_verified = ?, updated_at = ? WHERE id = ?",
        )
        .bind(&c.home_phone)
        .bind(&c.mobile)
        .bind(&c.email)
        .bind(&c.pec)
        .bind(verified as i64)
        .bind(ms(now))
        .bind(credential_id);
        self.run(q).await
    }

    async fn activate(
        &self,
        credential_id: &str,
        c: &StoredContacts,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE credentials SET home_phone = ?, mobile = ?, email = ?, pec = ?, \
             contacts_verified = 1, activation_required = 0, failed_attempts = 0, \
             locked_until = NULL, updated_at = ? WHERE id = ?",
        )
        .bind(&c.home_phone)
        .bind(&c.mobile)
        .bind(&c.email)
        .bind(&c.pec)
        .bind(ms(now))
        .bind(credential_id);
        self.run(q).await
    }

    async fn restore_pin(
        &self,
        credential_id: &str,
        initial_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE credentials SET initial_hash = ?, half1_hash = NULL, pin_hash = NULL, \
             failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
        )
        .bind(initial_hash)
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?;
        delete_sessions_on(&mut *tx, credential_id).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn revoke(&self, credential_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE credentials SET state = 'revoked', updated_at = ? \
             WHERE id = ? AND state <> 'revoked'",
        )
        .bind(ms(now))
        .bind(credential_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        delete_sessions_on(&mut *tx, credential_id).await?;
        sqlx::query("UPDATE codes SET used_at = ? WHERE credential_id = ? AND used_at IS NULL")
            .bind(ms(now))
            .bind(credential_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done)
    }

    async fn add_event(&self, e: &CredentialEvent) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO credential_events (credential_id, codice_fiscale, kind, channel, \
             recipient, at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(&e.credential_id)
        .bind(&e.codice_fiscale)
        .bind(&e.kind)
        .bind(e.channel.map(enum_str))
        .bind(&e.recipient)
        .bind(ms(e.at));
        self.run(q).await
    }

    async fn events(&self, codice_fiscale: &str, limit: i64) -> StoreResult<Vec<CredentialEvent>> {
        let rows = sqlx::query(
            "SELECT * FROM credential_events WHERE codice_fiscale = ? \
             ORDER BY at DESC, seq DESC LIMIT ?",
        )
        .bind(codice_fiscale)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let channel: Option<String> = r.try_get("channel")?;
                Ok(CredentialEvent {
                    credential_id: r.try_get("credential_id")?,
                    codice_fiscale: r.try_get("codice_fiscale")?,
                    kind: r.try_get("kind")?,
                    channel: channel.map(parse_enum::<Channel>).transpose()?,
                    recipient: r.try_get("recipient")?,
                    at: from_ms(r.try_get("at")?)?,
                })
            })
            .collect()
    }

    async fn setting(&self, key: &str) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM sim_settings WHERE key = ?")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn save_setting(&self, key: &str, value: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO sim_settings (key, value) VALUES (?, ?) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value);
        self.run(q).await
    }
}
