//! Argon2id hashing of PINs, PIN halves and codes, plus random tokens.
//!
//! Hashing is deliberately slow (memory-hard), so it runs off the async
//! workers, on the blocking pool, but never more than one run per core at a
//! time (a semaphore sized to the cores: more would only share the same
//! cores and multiply the memory). Each run borrows one of at most that many
//! Argon2 memory buffers (`m` KiB each) kept in a pool instead of
//! allocating a fresh one per hash; the pool is emptied and the heap trimmed
//! once hashing has been idle for [`IDLE_TRIM`], so a burst leaves no memory
//! behind. Hashes are PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`),
//! the same the `argon2` crate writes, and any such string verifies whatever
//! its parameters. The cost is configurable because tests would otherwise
//! spend most of their time here.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use rand::RngCore;
use tokio::sync::Semaphore;

use crate::error::{AppError, AppResult};

/// How long hashing must stay idle before the pooled buffers are freed.
pub const IDLE_TRIM: Duration = Duration::from_secs(1);

/// Salt and derived-key lengths (the `argon2` crate's defaults).
const SALT_LEN: usize = 16;
const OUTPUT_LEN: usize = 32;

#[derive(Clone)]
pub struct Hasher {
    inner: Arc<Inner>,
}

struct Inner {
    params: Params,
    /// A hash of nothing anyone knows, with the same parameters: verified
    /// when there is no real hash to check (unknown codice fiscale, wrong
    /// length), so every login costs one Argon2 run and timing reveals
    /// nothing about which codici fiscali hold a PIN.
    dummy: String,
    /// One permit per concurrent Argon2 run.
    permits: Arc<Semaphore>,
    workers: usize,
    /// Idle buffers of `params.block_count()` blocks; never more than
    /// `workers` exist, since each run holds a permit.
    pool: Mutex<Vec<Box<[Block]>>>,
    /// Bumped by every run, so the trimmer can tell "idle since".
    runs: AtomicU64,
    trim_scheduled: AtomicBool,
}

impl Hasher {
    /// `memory_kib, iterations, parallelism`; OWASP suggests 19456, 2, 1.
    /// At most one Argon2 run per available core at a time.
    pub fn new(memory_kib: u32, iterations: u32, parallelism: u32) -> Result<Self, String> {
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        Self::with_workers(memory_kib, iterations, parallelism, workers)
    }

    /// As [`Hasher::new`] with at most `workers` (≥ 1) concurrent runs.
    pub fn with_workers(
        memory_kib: u32,
        iterations: u32,
        parallelism: u32,
        workers: usize,
    ) -> Result<Self, String> {
        let params = Params::new(memory_kib, iterations, parallelism, Some(OUTPUT_LEN))
            .map_err(|e| format!("invalid Argon2 parameters: {e}"))?;
        let workers = workers.max(1);
        let mut inner = Inner {
            params,
            dummy: String::new(),
            permits: Arc::new(Semaphore::new(workers)),
            workers,
            pool: Mutex::new(Vec::new()),
            runs: AtomicU64::new(0),
            trim_scheduled: AtomicBool::new(false),
        };
        let mut memory = inner.new_buffer(inner.params.block_count());
        inner.dummy = inner
            .hash_with(&random_bytes::<16>(), &mut memory)
            .map_err(|e| format!("argon2: {e}"))?;
        Ok(Self {
            inner: Arc::new(inner),
        })
    }

    /// How many Argon2 runs may proceed at once.
    pub fn workers(&self) -> usize {
        self.inner.workers
    }

    /// Spends one verification on the dummy hash (always "no match").
    pub async fn verify_dummy(&self, secret: String) -> AppResult<()> {
        self.verify(secret, self.inner.dummy.clone()).await?;
        Ok(())
    }

    /// PHC string (`$argon2id$v=19$...`) with a fresh random salt.
    pub async fn hash(&self, secret: String) -> AppResult<String> {
        let blocks = self.inner.params.block_count();
        self.run(blocks, move |inner, memory| {
            inner.hash_with(secret.as_bytes(), memory)
        })
        .await?
        .map_err(AppError::internal)
    }

    /// True when `secret` matches `phc`. A malformed stored hash is an
    /// internal error, not a mismatch. The final comparison of the derived
    /// key is constant-time (`phc::Output` compares with `subtle`).
    pub async fn verify(&self, secret: String, phc: String) -> AppResult<bool> {
        let stored = Stored::parse(&phc).map_err(AppError::internal)?;
        let blocks = stored.params.block_count();
        self.run(blocks, move |_, memory| {
            stored.matches(secret.as_bytes(), memory)
        })
        .await?
        .map_err(AppError::internal)
    }

    /// True when `secret` matches any of `phcs` (e.g. the last 5 PINs).
    pub async fn verify_any(&self, secret: &str, phcs: Vec<String>) -> AppResult<bool> {
        for phc in phcs {
            if self.verify(secret.to_owned(), phc).await? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Runs `job` on the blocking pool with a permit and a memory buffer of
    /// at least `blocks` blocks. The permit moves into the blocking task, so
    /// a request dropped mid-hash still holds it until the run ends.
    async fn run<T, F>(&self, blocks: usize, job: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Inner, &mut [Block]) -> T + Send + 'static,
    {
        let permit = self
            .inner
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(AppError::internal)?;
        self.inner.runs.fetch_add(1, Ordering::Relaxed);
        let inner = self.inner.clone();
        let out = tokio::task::spawn_blocking(move || {
            let mut memory = inner.take_buffer(blocks);
            let out = job(&inner, &mut memory[..]);
            inner.give_back(memory);
            drop(permit);
            out
        })
        .await?;
        Inner::schedule_trim(&self.inner);
        Ok(out)
    }

    /// How many idle buffers the pool holds (tests).
    #[cfg(test)]
    fn pooled(&self) -> usize {
        self.inner.pool.lock().map_or(0, |p| p.len())
    }
}

impl Inner {
    fn new_buffer(&self, blocks: usize) -> Box<[Block]> {
        vec![Block::new(); blocks].into_boxed_slice()
    }

    /// A pooled buffer when it is big enough (every hash with the
    /// configured or a cheaper cost), otherwise a one-off allocation.
    fn take_buffer(&self, blocks: usize) -> Box<[Block]> {
        let standard = self.params.block_count();
        if blocks <= standard {
            if let Some(b) = self.pool.lock().ok().and_then(|mut p| p.pop()) {
                return b;
            }
            return self.new_buffer(standard);
        }
        self.new_buffer(blocks)
    }

    fn give_back(&self, memory: Box<[Block]>) {
        if memory.len() == self.params.block_count() {
            if let Ok(mut p) = self.pool.lock() {
                p.push(memory);
            }
        }
    }

    /// Once no run has started for [`IDLE_TRIM`] and none is in flight,
    /// frees the pooled buffers and hands free heap back to the system. At
    /// most one trimmer waits at a time.
    fn schedule_trim(this: &Arc<Inner>) {
        if this.trim_scheduled.swap(true, Ordering::AcqRel) {
            return;
        }
        let inner = this.clone();
        tokio::spawn(async move {
            loop {
                let seen = inner.runs.load(Ordering::Relaxed);
                tokio::time::sleep(IDLE_TRIM).await;
                let idle = inner.runs.load(Ordering::Relaxed) == seen
                    && inner.permits.available_permits() == inner.workers;
                if idle {
                    break;
                }
            }
            let freed = inner.pool.lock().map(|mut p| std::mem::take(&mut *p));
            drop(freed);
            release_free_heap();
            inner.trim_scheduled.store(false, Ordering::Release);
            // A run that ended between the check and the flag reset left a
            // buffer behind with no trimmer to see it.
            if inner.pool.lock().is_ok_and(|p| !p.is_empty()) {
                Inner::schedule_trim(&inner);
            }
        });
    }

    /// A PHC string for `secret` with a fresh salt, using `memory`.
    fn hash_with(&self, secret: &[u8], memory: &mut [Block]) -> Result<String, String> {
        let salt = random_bytes::<SALT_LEN>();
        let mut out = [0u8; OUTPUT_LEN];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
            .hash_password_into_with_memory(secret, &salt, &mut out, memory)
            .map_err(|e| e.to_string())?;
        let phc = PasswordHash {
            algorithm: Algorithm::Argon2id.ident(),
            version: Some(Version::V0x13.into()),
            params: ParamsString::try_from(&self.params).map_err(|e| e.to_string())?,
            salt: Some(Salt::new(&salt).map_err(|e| e.to_string())?),
            hash: Some(Output::new(&out).map_err(|e| e.to_string())?),
        };
        Ok(phc.to_string())
    }
}

/// A stored PHC string, parsed: what to recompute and what to compare.
struct Stored {
    algorithm: Algorithm,
    version: Version,
    params: Params,
    salt: Salt,
    expected: Output,
}

impl Stored {
    fn parse(phc: &str) -> Result<Self, String> {
        let h = PasswordHash::new(phc).map_err(|e| format!("stored hash: {e}"))?;
        let algorithm =
            Algorithm::try_from(h.algorithm.as_str()).map_err(|e| format!("stored hash: {e}"))?;
        let version = match h.version {
            Some(v) => Version::try_from(v).map_err(|e| format!("stored hash: {e}"))?,
            None => Version::default(),
        };
        let params = Params::try_from(&h).map_err(|e| format!("stored hash: {e}"))?;
        let (Some(salt), Some(expected)) = (h.salt, h.hash) else {
            return Err("stored hash: no salt or no hash".into());
        };
        Ok(Self {
            algorithm,
            version,
            params,
            salt,
            expected,
        })
    }

    /// Recomputes with the stored salt and parameters; constant-time compare.
    fn matches(&self, secret: &[u8], memory: &mut [Block]) -> Result<bool, String> {
        let mut out = vec![0u8; self.expected.len()];
        Argon2::new(self.algorithm, self.version, self.params.clone())
            .hash_password_into_with_memory(secret, &self.salt, &mut out, memory)
            .map_err(|e| e.to_string())?;
        let computed = Output::new(&out).map_err(|e| e.to_string())?;
        Ok(computed == self.expected)
    }
}

/// Hands memory the allocator keeps free back to the system (glibc keeps
/// freed heap pages mapped otherwise). A no-op elsewhere.
pub fn release_free_heap() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// `n` bytes from the thread-local CSPRNG.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rng().fill_bytes(&mut b);
    b
}

/// What the sessions table keeps for a cookie value: its SHA-256 (hex), so
/// a copy of the database does not hand out live sessions.
pub fn session_key(cookie_value: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(cookie_value.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A 6-digit code for SMS (uniform: 32-bit draws above the largest multiple
/// of a million are drawn again).
pub fn sms_code() -> String {
    loop {
        let v = u32::from_be_bytes(random_bytes::<4>());
        if v < 4_294_000_000 {
            return format!("{:06}", v % 1_000_000);
        }
    }
}

/// An 8-character code for e-mail/PEC, from the PIN alphabet (40 bits).
pub fn email_code() -> String {
    domain::pin::pin_from_random(&random_bytes::<8>())
}

/// Lower-case hex of `N` random bytes (identifiers and session ids).
pub fn random_hex<const N: usize>() -> String {
    random_bytes::<N>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_then_verify() {
        let h = Hasher::new(8, 1, 1).unwrap();
        let phc = h.hash("ABCD2345".into()).await.unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(!phc.contains("ABCD2345"));
        assert!(h.verify("ABCD2345".into(), phc.clone()).await.unwrap());
        assert!(!h.verify("ABCD2346".into(), phc).await.unwrap());
    }

    #[test]
    fn codes_have_their_shape() {
        let c = sms_code();
        assert_eq!(c.len(), 6);
        assert!(c.chars().all(|c| c.is_ascii_digit()));
        assert_eq!(email_code().len(), 8);
        assert_eq!(session_key("abc").len(), 64);
        assert_ne!(session_key("abc"), session_key("abd"));
    }

    #[tokio::test]
    async fn dummy_never_matches() {
        let h = Hasher::new(8, 1, 1).unwrap();
        h.verify_dummy(String::new()).await.unwrap();
        let dummy = h.inner.dummy.clone();
        assert!(!h.verify("".into(), dummy).await.unwrap());
    }

    /// Hashes already in a store were written by `argon2`'s own
    /// `hash_password` (any parameters): they must keep verifying, and ours
    /// must verify with the crate's verifier.
    #[tokio::test]
    async fn phc_strings_are_interchangeable_with_the_argon2_crate() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let h = Hasher::new(64, 2, 1).unwrap();
        for (m, t, p) in [(64, 2, 1), (32, 1, 1), (128, 3, 2)] {
            let params = Params::new(m, t, p, None).unwrap();
            let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
                .hash_password(b"ABCD2345")
                .unwrap()
                .to_string();
            assert!(h.verify("ABCD2345".into(), theirs.clone()).await.unwrap());
            assert!(!h.verify("ABCD2346".into(), theirs).await.unwrap());
        }
        let ours = h.hash("ABCD2345".into()).await.unwrap();
        assert!(ours.starts_with("$argon2id$v=19$m=64,t=2,p=1$"), "{ours}");
        let crate_verifier = Argon2::default();
        assert!(crate_verifier
            .verify_password(b"ABCD2345", ours.as_str())
            .is_ok());
        assert!(crate_verifier
            .verify_password(b"ABCD2346", ours.as_str())
            .is_err());
    }

    #[tokio::test]
    async fn a_malformed_stored_hash_is_an_error_not_a_mismatch() {
        let h = Hasher::new(8, 1, 1).unwrap();
        assert!(h.verify("x".into(), "not a hash".into()).await.is_err());
    }

    /// Sixteen concurrent runs on two workers: never more than two memory
    /// buffers exist, and once hashing is idle the pool is emptied.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn memory_is_bounded_by_the_workers_and_freed_when_idle() {
        let h = Hasher::with_workers(256, 1, 1, 2).unwrap();
        let phc = h.hash("ABCD2345".into()).await.unwrap();
        let runs: Vec<_> = (0..16)
            .map(|i| {
                let (h, phc) = (h.clone(), phc.clone());
                tokio::spawn(async move { h.verify(format!("ABCD234{}", i % 2 + 5), phc).await })
            })
            .collect();
        let mut matched = 0;
        for r in runs {
            matched += usize::from(r.await.unwrap().unwrap());
        }
        assert_eq!(matched, 8);
        assert!(h.pooled() <= 2, "{} buffers", h.pooled());
        // Wait for the idle trim (a state, polled; bounded generously).
        let deadline = std::time::Instant::now() + 30 * IDLE_TRIM;
        while h.pooled() > 0 {
            assert!(std::time::Instant::now() < deadline, "pool never emptied");
            tokio::time::sleep(IDLE_TRIM / 10).await;
        }
    }

    #[test]
    fn random_hex_has_the_right_length() {
        assert_eq!(random_hex::<16>().len(), 32);
        assert_ne!(random_hex::<16>(), random_hex::<16>());
    }
}
