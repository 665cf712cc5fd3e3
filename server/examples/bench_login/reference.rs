//! The reference: raw Argon2id with the same crate and parameters, no
//! server around it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use argon2::password_hash::PasswordVerifier;
use argon2::{Algorithm, Argon2, Block, Params, Version};

use crate::procfs::thread_cpu_secs;
use crate::{M_KIB, P, T};

/// Raw Argon2id on `n` threads for about `secs` seconds: verifications/s
/// and CPU ms per verification (independent of other load on the machine).
pub fn raw_rate(n: usize, secs: f64, phc: &str, reuse: bool) -> (f64, f64) {
    let done = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let workers: Vec<_> = (0..n)
        .map(|_| {
            let (done, stop, phc) = (done.clone(), stop.clone(), phc.to_owned());
            std::thread::spawn(move || {
                let params = Params::new(M_KIB, T, P, None).unwrap();
                let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
                let mut memory = vec![Block::new(); params.block_count()];
                let salt = [7u8; 16];
                let mut out = [0u8; 32];
                let cpu0 = thread_cpu_secs();
                while !stop.load(Ordering::Relaxed) {
                    if reuse {
                        argon2
                            .hash_password_into_with_memory(
                                b"ABCD2345",
                                &salt,
                                &mut out,
                                &mut memory,
                            )
                            .unwrap();
                    } else {
                        argon2.verify_password(b"ABCD2345", phc.as_str()).unwrap();
                    }
                    done.fetch_add(1, Ordering::Relaxed);
                }
                thread_cpu_secs() - cpu0
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs_f64(secs));
    stop.store(true, Ordering::Relaxed);
    let cpu: f64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
    let done = done.load(Ordering::Relaxed) as f64;
    (done / started.elapsed().as_secs_f64(), cpu * 1e3 / done)
}
