//! Where a world's records live, and its names: an SQLite file
//! `worlds/{id}.db` beside the default database (in memory when the default
//! one is), or the PostgreSQL schema `world_{id}` of the same database.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::store::postgres::{PgStore, SharedPool, SHARED_POOL};
use crate::store::sqlite::SqliteStore;
use crate::store::Store;
use crate::BoxError;

/// Connections of one world's pool on SQLite: a world is used by a few
/// people.
const WORLD_POOL: u32 = 2;

/// Worlds a process keeps open at once on PostgreSQL. The worlds share one
/// pool (`SHARED_POOL` connections), so an open world is only its router,
/// clock and structs in memory; a closed world opens again in a few
/// milliseconds (its schema is not migrated twice by one process).
pub const MAX_OPEN_POSTGRES: usize = 1024;
/// On SQLite each open world holds its own small pool (`WORLD_POOL`
/// connections, a few file descriptors each; the server raises its
/// open-files limit at start); its page cache grows only with the pages
/// read, and a world's database is small.
pub const MAX_OPEN_SQLITE: usize = 512;

#[derive(Debug, Clone)]
pub enum Backing {
    /// `None`: the default database is in memory, and so is every world's.
    Sqlite { dir: Option<PathBuf> },
    Postgres {
        url: String,
        /// The pool every world's schema is reached through, made at the
        /// first open (it needs the runtime).
        pool: Arc<std::sync::OnceLock<SharedPool>>,
        /// The worlds' schemas this process has migrated already.
        migrated: Arc<std::sync::Mutex<std::collections::HashSet<String>>>,
    },
}

impl Backing {
    /// The backing of the worlds of a server whose default database is
    /// `url`.
    pub fn of(url: &str) -> Self {
        if PgStore::handles(url) {
            return Self::Postgres {
                url: url.to_owned(),
                pool: Arc::default(),
                migrated: Arc::default(),
            };
        }
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        let path = rest.split('?').next().unwrap_or(rest);
        if path.is_empty() || path == ":memory:" {
            return Self::Sqlite { dir: None };
        }
        let dir = Path::new(path)
            .parent()
            .map(|p| p.join("worlds"))
            .unwrap_or_else(|| PathBuf::from("worlds"));
        Self::Sqlite { dir: Some(dir) }
    }

    /// How many worlds may stay open at once (an in-memory world is never
    /// closed: its records would go with it).
    pub fn max_open(&self) -> usize {
        match self {
            Self::Sqlite { dir: None } => usize::MAX,
            Self::Sqlite { dir: Some(_) } => MAX_OPEN_SQLITE,
            Self::Postgres { .. } => MAX_OPEN_POSTGRES,
        }
    }

    /// World `id`'s database was dropped: the next open creates it again.
    pub fn dropped(&self, id: &str) {
        if let Self::Postgres { migrated, .. } = self {
            migrated
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&format!("world_{id}"));
        }
    }

    /// Opens world `id`'s database, creating and migrating it if new.
    pub async fn open(&self, id: &str) -> Result<Arc<dyn Store>, BoxError> {
        debug_assert!(valid_id(id));
        Ok(match self {
            Self::Sqlite { dir: None } => {
                Arc::new(SqliteStore::connect_pooled("sqlite::memory:", 1, None).await?)
            }
            Self::Sqlite { dir: Some(dir) } => {
                let path = dir.join(format!("{id}.db"));
                Arc::new(
                    SqliteStore::connect_pooled(
                        &path.display().to_string(),
                        WORLD_POOL,
                        Some(Duration::from_secs(60)),
                    )
                    .await?,
                )
            }
            Self::Postgres {
                url,
                pool,
                migrated,
            } => {
                let pool: SharedPool = match pool.get() {
                    Some(p) => p.clone(),
                    None => {
                        let made = SharedPool::lazy(url, SHARED_POOL)?;
                        pool.get_or_init(move || made).clone()
                    }
                };
                let schema = format!("world_{id}");
                let fresh = !migrated
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .contains(&schema);
                let store = PgStore::in_schema(&pool, &schema, fresh).await?;
                migrated
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(schema);
                Arc::new(store)
            }
        })
    }
}

/// A world id: 128 random bits in hex. Only ids of this shape are ever
/// looked up or turned into a file or schema name.
pub fn new_id() -> String {
    crate::secrets::random_hex::<16>()
}

pub fn valid_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Symbols of a join code: no 0/O, 1/I/L, so it reads aloud and types
/// without mistakes.
const JOIN_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A join code: 10 symbols (about 49 bits), what a learner types after
/// `/mondo/`.
pub fn new_join_code() -> String {
    crate::secrets::random_bytes::<10>()
        .iter()
        .map(|b| JOIN_ALPHABET[usize::from(*b) % JOIN_ALPHABET.len()] as char)
        .collect()
}

/// A join code as typed: upper case, without spaces or dashes.
pub fn normalize_join_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// World `id`'s uploaded files, inside the server's uploads directory.
pub fn uploads_dir(base: &Path, id: &str) -> PathBuf {
    base.join("worlds").join(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_codes_have_their_shape() {
        let id = new_id();
        assert!(valid_id(&id), "{id}");
        assert_ne!(new_id(), id);
        assert!(!valid_id("../../etc/passwd"));
        assert!(!valid_id(&id.to_uppercase()));
        let code = new_join_code();
        assert_eq!(code.len(), 10);
        assert!(code.bytes().all(|b| JOIN_ALPHABET.contains(&b)));
        assert_eq!(normalize_join_code(" abcd-efgh 23"), "ABCDEFGH23");
    }

    #[test]
    fn worlds_live_beside_the_default_database() {
        match Backing::of("sqlite:///data/pin.db") {
            Backing::Sqlite { dir: Some(d) } => assert_eq!(d, PathBuf::from("/data/worlds")),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            Backing::of("sqlite::memory:"),
            Backing::Sqlite { dir: None }
        ));
        assert!(matches!(
            Backing::of("postgres://u@h/db"),
            Backing::Postgres { .. }
        ));
    }
}
