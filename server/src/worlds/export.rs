//! A world as one JSON document, and back: a class that resumes next week
//! imports what it exported. The document holds every record of the
//! world's database (as that kind of database wrote it: a document is
//! imported by a server on the same kind of database and schema), the
//! world's uploaded files, and its simulated date, which the imported world
//! resumes from whatever the real date is then.

use std::path::Path;

use base64::Engine;
use chrono::{DateTime, Utc};
use domain::api::FieldError;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{storage, Hub, World};
use crate::clock::Clock;
use crate::error::{AppError, AppResult};

pub const FORMAT: &str = "pin-inps-world";
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    /// `sqlite` or `postgres`: the kind of database the records come from.
    pub database: String,
    /// The last migration of that database when exported.
    pub schema: i64,
    pub name: String,
    pub scenario: Option<String>,
    /// Simulated now when exported.
    pub now: DateTime<Utc>,
    pub tables: Vec<Table>,
    pub files: Vec<File>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Table {
    pub name: String,
    pub rows: Vec<Value>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct File {
    /// Relative to the world's uploads directory, `/`-separated.
    pub path: String,
    pub base64: String,
}

fn database_kind(hub: &Hub) -> (&'static str, i64) {
    match hub.backing {
        storage::Backing::Postgres { .. } => {
            ("postgres", last_version(&sqlx::migrate!("./migrations_pg")))
        }
        storage::Backing::Sqlite { .. } => {
            ("sqlite", last_version(&sqlx::migrate!("./migrations")))
        }
    }
}

fn last_version(m: &sqlx::migrate::Migrator) -> i64 {
    m.iter().map(|m| m.version).max().unwrap_or(0)
}

pub async fn export(hub: &Hub, world: &World) -> AppResult<Document> {
    let row = world.row();
    let (database, schema) = database_kind(hub);
    let tables = world
        .state
        .store
        .export_tables()
        .await?
        .into_iter()
        .map(|(name, rows)| Table { name, rows })
        .collect();
    let mut files = Vec::new();
    read_files(&world.state.settings.uploads_dir, "", &mut files).map_err(AppError::internal)?;
    Ok(Document {
        format: FORMAT.into(),
        version: VERSION,
        database: database.into(),
        schema,
        name: row.name.clone(),
        scenario: row.scenario.clone(),
        now: world.state.clock.now(),
        tables,
        files,
    })
}

fn read_files(dir: &Path, prefix: &str, out: &mut Vec<File>) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{prefix}{name}");
        if entry.file_type()?.is_dir() {
            read_files(&entry.path(), &format!("{path}/"), out)?;
        } else {
            out.push(File {
                path,
                base64: base64::engine::general_purpose::STANDARD
                    .encode(std::fs::read(entry.path())?),
            });
        }
    }
    Ok(())
}

/// 422 on the `document` field: `code` says what is wrong with it.
fn invalid(code: &str, message: &str) -> AppError {
    AppError::Validation(vec![FieldError::new("document", code, message)])
}

/// A file path of a document, if it stays inside the uploads directory.
fn safe_path(path: &str) -> Option<&str> {
    let ok = !path.is_empty()
        && !path.starts_with('/')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != ".." && !part.contains('\\'));
    ok.then_some(path)
}

/// A new world holding what `doc` holds.
pub async fn import(hub: &Hub, doc: Document) -> AppResult<World> {
    let (database, schema) = database_kind(hub);
    if doc.format != FORMAT || doc.version != VERSION {
        return Err(invalid(
            "NOT_A_WORLD",
            "Il documento non è l'esportazione di un mondo di simulazione",
        ));
    }
    if doc.database != database || doc.schema != schema {
        return Err(invalid(
            "OTHER_DATABASE",
            "Il mondo è stato esportato da un server con un'altra base dati: importarlo su un server dello stesso tipo e versione",
        ));
    }
    if doc.files.iter().any(|f| safe_path(&f.path).is_none()) {
        return Err(invalid(
            "FILE_PATH",
            "Il documento contiene un file con un percorso non valido",
        ));
    }
    let mut decoded = Vec::with_capacity(doc.files.len());
    for f in &doc.files {
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&f.base64)
            .map_err(|_| invalid("FILE_DATA", "Il documento contiene un file non leggibile"))?;
        decoded.push((f.path.clone(), bytes));
    }
    let name = doc.name.trim();
    let world = hub
        .new_world(
            if name.is_empty() {
                "Mondo importato"
            } else {
                name
            },
            doc.scenario.as_deref(),
            None,
        )
        .await?;
    let tables: Vec<_> = doc.tables.into_iter().map(|t| (t.name, t.rows)).collect();
    if let Err(e) = world.state.store.import_tables(&tables).await {
        hub.delete(&world.id).await?;
        return Err(match e {
            crate::store::StoreError::Corrupt(_) | crate::store::StoreError::Database(_) => {
                invalid(
                    "SCHEMA",
                    "Il documento non corrisponde allo schema di questo server",
                )
            }
            other => other.into(),
        });
    }
    let offset = Clock::offset_to(doc.now)
        .map_err(|_| invalid("CLOCK_RANGE", "Data simulata fuori intervallo"))?;
    let moved = world.state.store.save_clock_offset(offset).await?;
    world.state.clock.observe(moved);
    let dir = &world.state.settings.uploads_dir;
    for (path, bytes) in decoded {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(AppError::internal)?;
        }
        std::fs::write(target, bytes).map_err(AppError::internal)?;
    }
    Ok(world)
}
