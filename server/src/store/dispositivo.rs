//! Persistence of the PIN dispositivo procedures (SPEC §4.8, §4.9): online
//! applications, preferences, conversion requests and their files' records,
//! back-office operators and their sessions. A trait of its own beside
//! [`super::Store`], implemented for the SQLite store on the same database.

use std::collections::BTreeMap;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::dispositivo::{
    Application, ApplicationKind, ApplicationStatus, Conversion, ConversionStatus,
    IdentityDocument, Preferences, UploadSlot, UploadedFile,
};
use domain::upload::FileKind;
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use super::sqlite::{conflict_on_unique, from_ms, ms, opt_from_ms as opt_ms, SqliteStore};
use super::{StoreError, StoreResult};

/// Sede code in protocol numbers (`INPS.0080.21/04/2020.0000012`).
pub const PROTOCOL_PREFIX: &str = "INPS.0080.";

#[derive(Debug, Clone)]
pub struct ApplicationRow {
    pub id: String,
    pub credential_id: String,
    pub codice_fiscale: String,
    pub kind: ApplicationKind,
    pub status: ApplicationStatus,
    pub data: BTreeMap<String, String>,
    pub submitted_at: DateTime<Utc>,
    pub protocolled_at: Option<DateTime<Utc>>,
    pub protocol_number: Option<String>,
}

impl ApplicationRow {
    pub fn to_api(&self) -> Application {
        Application {
            id: self.id.clone(),
            kind: self.kind,
            title: self.kind.title().into(),
            status: self.status,
            status_label: self.status.label().into(),
            data: self.data.clone(),
            submitted_at: self.submitted_at,
            protocolled_at: self.protocolled_at,
            protocol_number: self.protocol_number.clone(),
            receipt_url: (self.status == ApplicationStatus::Protocolled)
                .then(|| format!("/api/v1/applications/{}/receipt.pdf", self.id)),
        }
    }
}

/// One uploaded file's record; the bytes live in the uploads directory
/// under `stored_name` (random, no extension).
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub stored_name: String,
    pub kind: FileKind,
    pub size: u64,
    pub uploaded_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct ConversionRow {
    pub id: String,
    pub credential_id: String,
    pub codice_fiscale: String,
    pub status: ConversionStatus,
    pub document: IdentityDocument,
    pub module_file: Option<StoredFile>,
    pub document_file: Option<StoredFile>,
    pub created_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
    pub reason: Option<String>,
}

impl ConversionRow {
    pub fn file(&self, slot: UploadSlot) -> Option<&StoredFile> {
        match slot {
            UploadSlot::Module => self.module_file.as_ref(),
            UploadSlot::Document => self.document_file.as_ref(),
        }
    }

    pub fn to_api(&self) -> Conversion {
        let f = |s: &Option<StoredFile>| {
            s.as_ref().map(|s| UploadedFile {
                kind: s.kind,
                content_type: s.kind.mime().into(),
                size: s.size,
                uploaded_at: s.uploaded_at,
            })
        };
        Conversion {
            id: self.id.clone(),
            status: self.status,
            status_label: self.status.label().into(),
            document: self.document.clone(),
            module_file: f(&self.module_file),
            document_file: f(&self.document_file),
            created_at: self.created_at,
            submitted_at: self.submitted_at,
            decided_at: self.decided_at,
            rejection_reason: self.reason.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct OperatorRow {
    pub id: String,
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    /// One of the simulation's seeded accounts (public password): refused
    /// outside simulation mode.
    pub seeded: bool,
}

#[derive(Debug, Clone)]
pub struct OperatorSession {
    pub id: String,
    pub operator: OperatorRow,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

/// What an approval changed, for the e-mail and the answer.
#[derive(Debug, Clone)]
pub struct Approval {
    pub protocolled: Vec<ApplicationRow>,
}

#[async_trait]
pub trait DispositivoStore: Send + Sync + 'static {
    // ----- applications
    /// Inserts; a `protocolled` one gets its protocol number from its
    /// sequence. Returns the stored row.
    async fn insert_application(&self, row: ApplicationRow) -> StoreResult<ApplicationRow>;
    /// Newest first.
    async fn applications(&self, codice_fiscale: &str) -> StoreResult<Vec<ApplicationRow>>;
    async fn application(&self, id: &str) -> StoreResult<Option<ApplicationRow>>;

    // ----- preferences
    async fn preferences(&self, codice_fiscale: &str) -> StoreResult<Option<Preferences>>;
    async fn save_preferences(
        &self,
        codice_fiscale: &str,
        p: &Preferences,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;

    // ----- conversions
    /// Most recent conversion of a credential (any status).
    async fn latest_conversion(&self, credential_id: &str) -> StoreResult<Option<ConversionRow>>;
    /// `Conflict` if the credential already has an open one.
    async fn insert_conversion(&self, row: &ConversionRow) -> StoreResult<()>;
    /// Only while `draft`; `false` otherwise.
    async fn update_conversion_document(
        &self,
        id: &str,
        doc: &IdentityDocument,
    ) -> StoreResult<bool>;
    /// Only while `draft`. Returns `Ok(Some(old stored name))` when replaced,
    /// `Ok(None)` when it was the first, `Err(Conflict)` if not a draft.
    async fn set_conversion_file(
        &self,
        id: &str,
        slot: UploadSlot,
        file: &StoredFile,
    ) -> StoreResult<Option<String>>;
    /// draft with both files → in_lavorazione. `false` if not possible.
    async fn submit_conversion(&self, id: &str, now: DateTime<Utc>) -> StoreResult<bool>;
    async fn conversion(&self, id: &str) -> StoreResult<Option<ConversionRow>>;
    /// Oldest submitted first; all statuses but drafts when `status` is None.
    async fn conversions(
        &self,
        status: Option<ConversionStatus>,
    ) -> StoreResult<Vec<ConversionRow>>;
    /// in_lavorazione → approved, atomically with: credential `dispositivo`,
    /// its open sessions L1 → L2, its frozen applications protocolled (their
    /// submission date kept). `None` if the conversion was not in review.
    async fn approve_conversion(
        &self,
        id: &str,
        operator: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<Approval>>;
    /// in_lavorazione → rejected with the reason. `false` if not in review.
    async fn reject_conversion(
        &self,
        id: &str,
        operator: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool>;
    /// The accepted "Richiedi PIN" JSON of a credential's request, if any.
    async fn pin_request_json(&self, request_id: &str) -> StoreResult<Option<String>>;

    // ----- operators
    async fn count_operators(&self) -> StoreResult<i64>;
    async fn insert_operator(&self, op: &OperatorRow, now: DateTime<Utc>) -> StoreResult<()>;
    async fn operator_by_username(&self, username: &str) -> StoreResult<Option<OperatorRow>>;
    /// Sets a new password hash (CLI `server operator set-password`) and
    /// lifts any lockout; false when there is no such operator.
    async fn set_operator_password(&self, username: &str, password_hash: &str)
        -> StoreResult<bool>;
    /// Counts one operator login attempt against the lockout, as
    /// [`super::Store::reserve_attempt`] does for citizens.
    async fn reserve_operator_attempt(
        &self,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<super::Attempt>;
    async fn reset_operator_lockout(&self, operator_id: &str) -> StoreResult<()>;
    async fn create_operator_session(
        &self,
        id: &str,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    async fn operator_session(&self, id: &str) -> StoreResult<Option<OperatorSession>>;
    async fn touch_operator_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()>;
    async fn delete_operator_session(&self, id: &str) -> StoreResult<()>;
}

fn json<T: serde::de::DeserializeOwned>(s: &str) -> StoreResult<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("json: {e}")))
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("plain data serialises")
}

fn status_str(s: ApplicationStatus) -> &'static str {
    match s {
        ApplicationStatus::Frozen => "frozen",
        ApplicationStatus::Protocolled => "protocolled",
    }
}

fn application_from(row: &SqliteRow) -> StoreResult<ApplicationRow> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    Ok(ApplicationRow {
        id: row.try_get("id")?,
        credential_id: row.try_get("credential_id")?,
        codice_fiscale: row.try_get("codice_fiscale")?,
        kind: ApplicationKind::parse(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("application kind {kind}")))?,
        status: match status.as_str() {
            "frozen" => ApplicationStatus::Frozen,
            "protocolled" => ApplicationStatus::Protocolled,
            _ => return Err(StoreError::Corrupt(format!("application status {status}"))),
        },
        data: json(&row.try_get::<String, _>("data_json")?)?,
        submitted_at: from_ms(row.try_get("submitted_at")?)?,
        protocolled_at: opt_ms(row.try_get("protocolled_at")?)?,
        protocol_number: row.try_get("protocol_number")?,
    })
}

fn file_from(row: &SqliteRow, prefix: &str) -> StoreResult<Option<StoredFile>> {
    let name: Option<String> = row.try_get(format!("{prefix}_file").as_str())?;
    let Some(stored_name) = name else {
        return Ok(None);
    };
    let mime: String = row.try_get(format!("{prefix}_mime").as_str())?;
    Ok(Some(StoredFile {
        stored_name,
        kind: FileKind::from_mime(&mime)
            .ok_or_else(|| StoreError::Corrupt(format!("mime {mime}")))?,
        size: row
            .try_get::<i64, _>(format!("{prefix}_size").as_str())?
            .max(0) as u64,
        uploaded_at: from_ms(row.try_get(format!("{prefix}_at").as_str())?)?,
    }))
}

fn conversion_from(row: &SqliteRow) -> StoreResult<ConversionRow> {
    let status: String = row.try_get("status")?;
    Ok(ConversionRow {
        id: row.try_get("id")?,
        credential_id: row.try_get("credential_id")?,
        codice_fiscale: row.try_get("codice_fiscale")?,
        status: ConversionStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("conversion status {status}")))?,
        document: json(&row.try_get::<String, _>("document_json")?)?,
        module_file: file_from(row, "module")?,
        document_file: file_from(row, "document")?,
        created_at: from_ms(row.try_get("created_at")?)?,
        submitted_at: opt_ms(row.try_get("submitted_at")?)?,
        decided_at: opt_ms(row.try_get("decided_at")?)?,
        decided_by: row.try_get("decided_by")?,
        reason: row.try_get("reason")?,
    })
}

fn operator_from(row: &SqliteRow) -> StoreResult<OperatorRow> {
    Ok(OperatorRow {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        role: row.try_get("role")?,
        password_hash: row.try_get("password_hash")?,
        seeded: row.try_get("seeded")?,
    })
}

/// SQL expression of a protocol number from `seq` and the day (bound as
/// `?` in `dd/mm/yyyy`).
const PROTOCOL_SQL: &str = "'INPS.0080.' || ? || '.' || printf('%07d', seq)";

#[async_trait]
impl DispositivoStore for SqliteStore {
    async fn insert_application(&self, row: ApplicationRow) -> StoreResult<ApplicationRow> {
        let mut tx = self.write_tx().await?;
        let seq: i64 = sqlx::query_scalar(
            "INSERT INTO applications (id, credential_id, codice_fiscale, kind, status, \
             data_json, submitted_at, protocolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) \
             RETURNING seq",
        )
        .bind(&row.id)
        .bind(&row.credential_id)
        .bind(&row.codice_fiscale)
        .bind(row.kind.slug())
        .bind(status_str(row.status))
        .bind(to_json(&row.data))
        .bind(ms(row.submitted_at))
        .bind(row.protocolled_at.map(ms))
        .fetch_one(&mut *tx)
        .await?;
        if let (ApplicationStatus::Protocolled, Some(at)) = (row.status, row.protocolled_at) {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE applications SET protocol_number = {PROTOCOL_SQL} WHERE seq = ?"
            )))
            .bind(at.format("%d/%m/%Y").to_string())
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        }
        let stored = sqlx::query("SELECT * FROM applications WHERE seq = ?")
            .bind(seq)
            .fetch_one(&mut *tx)
            .await?;
        let out = application_from(&stored)?;
        tx.commit().await?;
        Ok(out)
    }

    async fn applications(&self, codice_fiscale: &str) -> StoreResult<Vec<ApplicationRow>> {
        sqlx::query("SELECT * FROM applications WHERE codice_fiscale = ? ORDER BY seq DESC")
            .bind(codice_fiscale)
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(application_from)
            .collect()
    }

    async fn application(&self, id: &str) -> StoreResult<Option<ApplicationRow>> {
        self.one_by(
            "SELECT * FROM applications WHERE id = ?",
            id,
            application_from,
        )
        .await
    }

    async fn preferences(&self, codice_fiscale: &str) -> StoreResult<Option<Preferences>> {
        let v: Option<String> =
            sqlx::query_scalar("SELECT prefs_json FROM preferences WHERE codice_fiscale = ?")
                .bind(codice_fiscale)
                .fetch_optional(self.pool())
                .await?;
        v.as_deref().map(json).transpose()
    }

    async fn save_preferences(
        &self,
        codice_fiscale: &str,
        p: &Preferences,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO preferences (codice_fiscale, prefs_json, updated_at) VALUES (?, ?, ?) \
             ON CONFLICT (codice_fiscale) DO UPDATE SET prefs_json = excluded.prefs_json, \
             updated_at = excluded.updated_at",
        )
        .bind(codice_fiscale)
        .bind(to_json(p))
        .bind(ms(now));
        self.run(q).await
    }

    async fn latest_conversion(&self, credential_id: &str) -> StoreResult<Option<ConversionRow>> {
        sqlx::query(
            "SELECT * FROM conversions WHERE credential_id = ? \
             ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(credential_id)
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(conversion_from)
        .transpose()
    }

    async fn insert_conversion(&self, row: &ConversionRow) -> StoreResult<()> {
        let r = sqlx::query(
            "INSERT INTO conversions (id, credential_id, codice_fiscale, status, document_json, \
             created_at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(&row.id)
        .bind(&row.credential_id)
        .bind(&row.codice_fiscale)
        .bind(row.status.as_str())
        .bind(to_json(&row.document))
        .bind(ms(row.created_at))
        .execute(self.pool())
        .await;
        conflict_on_unique(r)
    }

    async fn update_conversion_document(
        &self,
        id: &str,
        doc: &IdentityDocument,
    ) -> StoreResult<bool> {
        let q = sqlx::query(
            "UPDATE conversions SET document_json = ? WHERE id = ? AND status = 'draft'",
        )
        .bind(to_json(doc))
        .bind(id);
        self.changed_one(q).await
    }

    async fn set_conversion_file(
        &self,
        id: &str,
        slot: UploadSlot,
        file: &StoredFile,
    ) -> StoreResult<Option<String>> {
        let p = slot.as_str();
        let mut tx = self.write_tx().await?;
        let old: Option<Option<String>> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT {p}_file FROM conversions WHERE id = ? AND status = 'draft'"
        )))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(old) = old else {
            return Err(StoreError::Conflict);
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE conversions SET {p}_file = ?, {p}_mime = ?, {p}_size = ?, {p}_at = ? \
             WHERE id = ?"
        )))
        .bind(&file.stored_name)
        .bind(file.kind.mime())
        .bind(file.size as i64)
        .bind(ms(file.uploaded_at))
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(old)
    }

    async fn submit_conversion(&self, id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        let q = sqlx::query(
            "UPDATE conversions SET status = 'in_lavorazione', submitted_at = ? \
             WHERE id = ? AND status = 'draft' AND module_file IS NOT NULL \
             AND document_file IS NOT NULL",
        )
        .bind(ms(now))
        .bind(id);
        self.changed_one(q).await
    }

    async fn conversion(&self, id: &str) -> StoreResult<Option<ConversionRow>> {
        self.one_by(
            "SELECT * FROM conversions WHERE id = ?",
            id,
            conversion_from,
        )
        .await
    }

    async fn conversions(
        &self,
        status: Option<ConversionStatus>,
    ) -> StoreResult<Vec<ConversionRow>> {
        let rows = match status {
            Some(s) => {
                sqlx::query(
                    "SELECT * FROM conversions WHERE status = ? \
                     ORDER BY submitted_at, created_at",
                )
                .bind(s.as_str())
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query(
                    "SELECT * FROM conversions WHERE status <> 'draft' \
                     ORDER BY submitted_at, created_at",
                )
                .fetch_all(self.pool())
                .await?
            }
        };
        rows.iter().map(conversion_from).collect()
    }

    async fn approve_conversion(
        &self,
        id: &str,
        operator: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<Approval>> {
        let mut tx = self.write_tx().await?;
        let credential_id: Option<String> = sqlx::query_scalar(
            "UPDATE conversions SET status = 'approved', decided_at = ?, decided_by = ? \
             WHERE id = ? AND status = 'in_lavorazione' RETURNING credential_id",
        )
        .bind(ms(now))
        .bind(operator)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(credential_id) = credential_id else {
            return Ok(None);
        };
        sqlx::query(
            "UPDATE credentials SET state = 'dispositivo', updated_at = ? \
             WHERE id = ? AND state = 'active'",
        )
        .bind(ms(now))
        .bind(&credential_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE sessions SET level = 'L2' WHERE credential_id = ? AND level = 'L1'")
            .bind(&credential_id)
            .execute(&mut *tx)
            .await?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE applications SET status = 'protocolled', protocolled_at = ?, \
             protocol_number = {PROTOCOL_SQL} \
             WHERE credential_id = ? AND status = 'frozen' RETURNING *"
        )))
        .bind(ms(now))
        .bind(now.format("%d/%m/%Y").to_string())
        .bind(&credential_id)
        .fetch_all(&mut *tx)
        .await?;
        let mut protocolled = rows
            .iter()
            .map(application_from)
            .collect::<StoreResult<Vec<_>>>()?;
        protocolled.sort_by_key(|a| a.submitted_at);
        tx.commit().await?;
        Ok(Some(Approval { protocolled }))
    }

    async fn reject_conversion(
        &self,
        id: &str,
        operator: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let q = sqlx::query(
            "UPDATE conversions SET status = 'rejected', decided_at = ?, decided_by = ?, \
             reason = ? WHERE id = ? AND status = 'in_lavorazione'",
        )
        .bind(ms(now))
        .bind(operator)
        .bind(reason)
        .bind(id);
        self.changed_one(q).await
    }

    async fn pin_request_json(&self, request_id: &str) -> StoreResult<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT request_json FROM pin_requests WHERE id = ?")
                .bind(request_id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    async fn count_operators(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM operators")
            .fetch_one(self.pool())
            .await?)
    }

    async fn insert_operator(&self, op: &OperatorRow, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO operators (id, username, display_name, role, password_hash, seeded, \
             created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING",
        )
        .bind(&op.id)
        .bind(&op.username)
        .bind(&op.display_name)
        .bind(&op.role)
        .bind(&op.password_hash)
        .bind(op.seeded)
        .bind(ms(now));
        self.run(q).await
    }

    async fn set_operator_password(
        &self,
        username: &str,
        password_hash: &str,
    ) -> StoreResult<bool> {
        let q = sqlx::query(
            "UPDATE operators SET password_hash = ?, seeded = 0, failed_attempts = 0, \
             locked_until = NULL WHERE username = ?",
        )
        .bind(password_hash)
        .bind(username);
        self.changed_one(q).await
    }

    async fn reserve_operator_attempt(
        &self,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<super::Attempt> {
        self.reserve_attempt_in(super::sqlite::LockoutTable::Operators, operator_id, now)
            .await
    }

    async fn reset_operator_lockout(&self, operator_id: &str) -> StoreResult<()> {
        let q = sqlx::query(
            "UPDATE operators SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
        )
        .bind(operator_id);
        self.run(q).await
    }

    async fn operator_by_username(&self, username: &str) -> StoreResult<Option<OperatorRow>> {
        self.one_by(
            "SELECT * FROM operators WHERE username = ?",
            username,
            operator_from,
        )
        .await
    }

    async fn create_operator_session(
        &self,
        id: &str,
        operator_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO operator_sessions (id, operator_id, created_at, last_seen_at) \
             VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(operator_id)
        .bind(ms(now))
        .bind(ms(now));
        self.run(q).await
    }

    async fn operator_session(&self, id: &str) -> StoreResult<Option<OperatorSession>> {
        let row = sqlx::query(
            "SELECT s.id AS sid, s.created_at AS s_created, s.last_seen_at AS s_seen, o.* \
             FROM operator_sessions s JOIN operators o ON o.id = s.operator_id WHERE s.id = ?",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(OperatorSession {
                id: r.try_get("sid")?,
                operator: operator_from(&r)?,
                created_at: from_ms(r.try_get("s_created")?)?,
                last_seen_at: from_ms(r.try_get("s_seen")?)?,
            })
        })
        .transpose()
    }

    async fn touch_operator_session(&self, id: &str, now: DateTime<Utc>) -> StoreResult<()> {
        let q = sqlx::query("UPDATE operator_sessions SET last_seen_at = ? WHERE id = ?")
            .bind(ms(now))
            .bind(id);
        self.run(q).await
    }

    async fn delete_operator_session(&self, id: &str) -> StoreResult<()> {
        let q = sqlx::query("DELETE FROM operator_sessions WHERE id = ?").bind(id);
        self.run(q).await
    }
}
