//! `citizens`: the synthetic registry. Dates are ISO text (`YYYY-MM-DD`),
//! enums their serde names.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use domain::api::{Citizen, RegistryResidence, Role, Sex, TesseraSanitaria};
use sqlx::postgres::PgRow;
use sqlx::Row;

use super::{conflict_on_unique, enum_str, ms, parse_date, parse_enum, PgStore};
use crate::store::{RegistryStore, StoreResult};

fn citizen_from(row: &PgRow) -> StoreResult<Citizen> {
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

/// Rows per multi-row `INSERT` of a bulk load: well under the database's
/// limit on bound parameters (SQLite 32 766, PostgreSQL 65 535) at the
/// widest table's 22 columns.
const BULK_ROWS: usize = 1000;

#[async_trait]
impl RegistryStore for PgStore {
    async fn count_citizens(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM citizens")
            .fetch_one(&mut *self.conn().await?)
            .await?)
    }

    async fn insert_citizen(&self, c: &Citizen, now: DateTime<Utc>) -> StoreResult<()> {
        let r = sqlx::query(
            "INSERT INTO citizens (codice_fiscale, surname, name, sex, birth_date, \
             birthplace_code, res_address, res_civic, res_province, res_comune, res_cap, \
             ts_number, ts_expiry, role, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
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
        .execute(&mut *self.conn().await?)
        .await;
        conflict_on_unique(r)
    }

    async fn citizen(&self, codice_fiscale: &str) -> StoreResult<Option<Citizen>> {
        self.one_by(
            "SELECT * FROM citizens WHERE codice_fiscale = $1",
            codice_fiscale,
            citizen_from,
        )
        .await
    }

    async fn citizens(&self, limit: i64) -> StoreResult<Vec<Citizen>> {
        let q = sqlx::query("SELECT * FROM citizens ORDER BY seq LIMIT $1").bind(limit);
        self.all(q, citizen_from).await
    }

    async fn insert_citizens(&self, batch: &[Citizen], now: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.tx().await?;
        let mut inserted = 0;
        for chunk in batch.chunks(BULK_ROWS) {
            let mut q = sqlx::QueryBuilder::<sqlx::Postgres>::new(
                "INSERT INTO citizens (codice_fiscale, surname, name, sex, birth_date, \
                 birthplace_code, res_address, res_civic, res_province, res_comune, res_cap, \
                 ts_number, ts_expiry, role, created_at) ",
            );
            q.push_values(chunk, |mut row, c| {
                row.push_bind(&c.codice_fiscale)
                    .push_bind(&c.surname)
                    .push_bind(&c.name)
                    .push_bind(enum_str(c.sex))
                    .push_bind(c.birth_date.format("%Y-%m-%d").to_string())
                    .push_bind(&c.birthplace_code)
                    .push_bind(&c.residence.address)
                    .push_bind(&c.residence.civic)
                    .push_bind(&c.residence.province)
                    .push_bind(&c.residence.comune)
                    .push_bind(&c.residence.cap)
                    .push_bind(&c.tessera_sanitaria.number)
                    .push_bind(c.tessera_sanitaria.expiry.format("%Y-%m-%d").to_string())
                    .push_bind(enum_str(c.role))
                    .push_bind(ms(now));
            });
            q.push(" ON CONFLICT DO NOTHING");
            inserted += q.build().execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(inserted)
    }
}
