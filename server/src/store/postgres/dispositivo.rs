//! `applications`, `preferences` and `conversions`. An application's `seq`
//! is its protocol sequence; the unique index `conversions_one_open` keeps
//! one open conversion per credential. Decisions on a conversion are single
//! guarded `UPDATE`s (`WHERE status = …`), so of two operators deciding at
//! once exactly one wins; the rows an approval protocols and the draft
//! whose file is replaced are read `FOR UPDATE`.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::dispositivo::{
    ApplicationKind, ApplicationStatus, ConversionChannel, ConversionStatus, IdentityDocument,
    Preferences, UploadSlot,
};
use domain::upload::FileKind;
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{conflict_on_unique, from_ms, json, ms, opt_from_ms, to_json, PgStore};
use crate::store::{
    protocol_number, ApplicationRow, Approval, ConversionRow, DispositivoStore, StoreError,
    StoreResult, StoredFile,
};

fn status_str(s: ApplicationStatus) -> &'static str {
    match s {
        ApplicationStatus::Frozen => "frozen",
        ApplicationStatus::Protocolled => "protocolled",
    }
}

fn application_from(row: &PgRow) -> StoreResult<ApplicationRow> {
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
        protocolled_at: opt_from_ms(row.try_get("protocolled_at")?)?,
        protocol_number: row.try_get("protocol_number")?,
    })
}

/// The record of the file in one upload slot (`module_*`, `document_*`).
fn file_from(row: &PgRow, slot: UploadSlot) -> StoreResult<Option<StoredFile>> {
    let p = slot.as_str();
    let name: Option<String> = row.try_get(format!("{p}_file").as_str())?;
    let Some(stored_name) = name else {
        return Ok(None);
    };
    let mime: String = row.try_get(format!("{p}_mime").as_str())?;
    Ok(Some(StoredFile {
        stored_name,
        kind: FileKind::from_mime(&mime)
            .ok_or_else(|| StoreError::Corrupt(format!("mime {mime}")))?,
        size: row.try_get::<i64, _>(format!("{p}_size").as_str())?.max(0) as u64,
        uploaded_at: from_ms(row.try_get(format!("{p}_at").as_str())?)?,
    }))
}

fn conversion_from(row: &PgRow) -> StoreResult<ConversionRow> {
    let status: String = row.try_get("status")?;
    let channel: String = row.try_get("channel")?;
    Ok(ConversionRow {
        id: row.try_get("id")?,
        credential_id: row.try_get("credential_id")?,
        codice_fiscale: row.try_get("codice_fiscale")?,
        status: ConversionStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("conversion status {status}")))?,
        channel: ConversionChannel::parse(&channel)
            .ok_or_else(|| StoreError::Corrupt(format!("conversion channel {channel}")))?,
        document: json(&row.try_get::<String, _>("document_json")?)?,
        module_file: file_from(row, UploadSlot::Module)?,
        document_file: file_from(row, UploadSlot::Document)?,
        created_at: from_ms(row.try_get("created_at")?)?,
        submitted_at: opt_from_ms(row.try_get("submitted_at")?)?,
        decided_at: opt_from_ms(row.try_get("decided_at")?)?,
        decided_by: row.try_get("decided_by")?,
        reason: row.try_get("reason")?,
    })
}

type FileColumns = (Option<String>, Option<String>, Option<i64>, Option<i64>);

/// A file's four columns (name, mime, size, upload time), all NULL if none.
fn file_columns(f: Option<&StoredFile>) -> FileColumns {
    match f {
        Some(f) => (
            Some(f.stored_name.clone()),
            Some(f.kind.mime().to_owned()),
            Some(f.size as i64),
            Some(ms(f.uploaded_at)),
        ),
        None => (None, None, None, None),
    }
}

#[async_trait]
impl DispositivoStore for PgStore {
    async fn insert_application(&self, row: ApplicationRow) -> StoreResult<ApplicationRow> {
        let mut tx = self.tx().await?;
        let seq: i64 = sqlx::query_scalar(
            "INSERT INTO applications (id, credential_id, codice_fiscale, kind, status, \
             data_json, submitted_at, protocolled_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
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
            sqlx::query("UPDATE applications SET protocol_number = $1 WHERE seq = $2")
                .bind(protocol_number(at, seq))
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        }
        let stored = sqlx::query("SELECT * FROM applications WHERE seq = $1")
            .bind(seq)
            .fetch_one(&mut *tx)
            .await?;
        let out = application_from(&stored)?;
        tx.commit().await?;
        Ok(out)
    }

    async fn applications(&self, codice_fiscale: &str) -> StoreResult<Vec<ApplicationRow>> {
        let q =
            sqlx::query("SELECT * FROM applications WHERE codice_fiscale = $1 ORDER BY seq DESC")
                .bind(codice_fiscale);
        self.all(q, application_from).await
    }

    async fn application(&self, id: &str) -> StoreResult<Option<ApplicationRow>> {
        self.one_by(
            "SELECT * FROM applications WHERE id = $1",
            id,
            application_from,
        )
        .await
    }

    async fn preferences(&self, codice_fiscale: &str) -> StoreResult<Option<Preferences>> {
        let v: Option<String> =
            sqlx::query_scalar("SELECT prefs_json FROM preferences WHERE codice_fiscale = $1")
                .bind(codice_fiscale)
                .fetch_optional(&mut *self.conn().await?)
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
            "INSERT INTO preferences (codice_fiscale, prefs_json, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (codice_fiscale) DO UPDATE SET prefs_json = EXCLUDED.prefs_json, \
             updated_at = EXCLUDED.updated_at",
        )
        .bind(codice_fiscale)
        .bind(to_json(p))
        .bind(ms(now));
        self.run(q).await
    }

    async fn latest_conversion(&self, credential_id: &str) -> StoreResult<Option<ConversionRow>> {
        self.one_by(
            "SELECT * FROM conversions WHERE credential_id = $1 \
             ORDER BY created_at DESC, seq DESC LIMIT 1",
            credential_id,
            conversion_from,
        )
        .await
    }

    async fn insert_conversion(&self, row: &ConversionRow) -> StoreResult<()> {
        let q = sqlx::query(
            "INSERT INTO conversions (id, credential_id, codice_fiscale, status, channel, \
             document_json, module_file, module_mime, module_size, module_at, document_file, \
             document_mime, document_size, document_at, created_at, submitted_at, reason) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
        )
        .bind(&row.id)
        .bind(&row.credential_id)
        .bind(&row.codice_fiscale)
        .bind(row.status.as_str())
        .bind(row.channel.as_str())
        .bind(to_json(&row.document));
        let (mf, mm, msz, mat) = file_columns(row.module_file.as_ref());
        let (df, dm, dsz, dat) = file_columns(row.document_file.as_ref());
        let r = q
            .bind(mf)
            .bind(mm)
            .bind(msz)
            .bind(mat)
            .bind(df)
            .bind(dm)
            .bind(dsz)
            .bind(dat)
            .bind(ms(row.created_at))
            .bind(row.submitted_at.map(ms))
            .bind(&row.reason)
            .execute(&mut *self.conn().await?)
            .await;
        conflict_on_unique(r)
    }

    async fn update_conversion_document(
        &self,
        id: &str,
        doc: &IdentityDocument,
    ) -> StoreResult<bool> {
        let q = sqlx::query(
            "UPDATE conversions SET document_json = $1 WHERE id = $2 AND status = 'draft'",
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
        let mut tx = self.tx().await?;
        let old: Option<Option<String>> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT {p}_file FROM conversions WHERE id = $1 AND status = 'draft' FOR UPDATE"
        )))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(old) = old else {
            return Err(StoreError::Conflict);
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE conversions SET {p}_file = $1, {p}_mime = $2, {p}_size = $3, {p}_at = $4 \
             WHERE id = $5"
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
            "UPDATE conversions SET status = 'in_lavorazione', submitted_at = $1 \
             WHERE id = $2 AND status = 'draft' AND module_file IS NOT NULL \
             AND document_file IS NOT NULL",
        )
        .bind(ms(now))
        .bind(id);
        self.changed_one(q).await
    }

    async fn conversion(&self, id: &str) -> StoreResult<Option<ConversionRow>> {
        self.one_by(
            "SELECT * FROM conversions WHERE id = $1",
            id,
            conversion_from,
        )
        .await
    }

    async fn conversions(
        &self,
        status: Option<ConversionStatus>,
    ) -> StoreResult<Vec<ConversionRow>> {
        let q = match status {
            Some(s) => sqlx::query(
                "SELECT * FROM conversions WHERE status = $1 \
                 ORDER BY submitted_at NULLS FIRST, created_at, seq",
            )
            .bind(s.as_str()),
            None => sqlx::query(
                "SELECT * FROM conversions WHERE status <> 'draft' \
                 ORDER BY submitted_at NULLS FIRST, created_at, seq",
            ),
        };
        self.all(q, conversion_from).await
    }

    async fn approve_conversion(
        &self,
        id: &str,
        operator: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<Approval>> {
        let mut tx = self.tx().await?;
        let credential_id: Option<String> = sqlx::query_scalar(
            "UPDATE conversions SET status = 'approved', decided_at = $1, decided_by = $2 \
             WHERE id = $3 AND status = 'in_lavorazione' RETURNING credential_id",
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
            "UPDATE credentials SET state = 'dispositivo', updated_at = $1 \
             WHERE id = $2 AND state = 'active'",
        )
        .bind(ms(now))
        .bind(&credential_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE sessions SET level = 'L2' WHERE credential_id = $1 AND level = 'L1'")
            .bind(&credential_id)
            .execute(&mut *tx)
            .await?;
        let frozen: Vec<i64> = sqlx::query_scalar(
            "SELECT seq FROM applications WHERE credential_id = $1 AND status = 'frozen' \
             ORDER BY seq FOR UPDATE",
        )
        .bind(&credential_id)
        .fetch_all(&mut *tx)
        .await?;
        let mut protocolled = Vec::with_capacity(frozen.len());
        for seq in frozen {
            let row = sqlx::query(
                "UPDATE applications SET status = 'protocolled', protocolled_at = $1, \
                 protocol_number = $2 WHERE seq = $3 RETURNING *",
            )
            .bind(ms(now))
            .bind(protocol_number(now, seq))
            .bind(seq)
            .fetch_one(&mut *tx)
            .await?;
            protocolled.push(application_from(&row)?);
        }
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
            "UPDATE conversions SET status = 'rejected', decided_at = $1, decided_by = $2, \
             reason = $3 WHERE id = $4 AND status = 'in_lavorazione'",
        )
        .bind(ms(now))
        .bind(operator)
        .bind(reason)
        .bind(id);
        self.changed_one(q).await
    }
}
