//! The Argon2 runner: at most one run per core, pooled memory buffers,
//! freed once hashing is idle.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use argon2::{Block, Params};
use tokio::sync::Semaphore;

use super::phc;
use super::random::random_bytes;
use crate::error::{AppError, AppResult};

/// How long hashing must stay idle before the pooled buffers are freed.
pub const IDLE_TRIM: Duration = Duration::from_secs(1);

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
        let params = Params::new(memory_kib, iterations, parallelism, Some(phc::OUTPUT_LEN))
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
        inner.dummy = phc::hash(&inner.params, &random_bytes::<16>(), &mut memory)
            .map_err(|e| format!("argon2: {e}"))?;
        Ok(Self {
            inner: Arc::new(inner),
        })
    }

    /// How many Argon2 runs may proceed at once.
    pub fn workers(&self) -> usize {
        self.inner.workers
    }

    /// The cost every hash made here carries: memory (KiB), passes, lanes.
    pub fn cost(&self) -> (u32, u32, u32) {
        let p = &self.inner.params;
        (p.m_cost(), p.t_cost(), p.p_cost())
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
            phc::hash(&inner.params, secret.as_bytes(), memory)
        })
        .await?
        .map_err(AppError::internal)
    }

    /// True when `secret` matches `phc`. A malformed stored hash is an
    /// internal error, not a mismatch. The final comparison of the derived
    /// key is constant-time (`phc::Output` compares with `subtle`).
    pub async fn verify(&self, secret: String, phc: String) -> AppResult<bool> {
        let stored = phc::Stored::parse(&phc).map_err(AppError::internal)?;
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

    #[tokio::test]
    async fn dummy_never_matches() {
        let h = Hasher::new(8, 1, 1).unwrap();
        h.verify_dummy(String::new()).await.unwrap();
        let dummy = h.inner.dummy.clone();
        assert!(!h.verify("".into(), dummy).await.unwrap());
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
}
