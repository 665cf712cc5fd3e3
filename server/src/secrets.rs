//! Argon2id hashing of PINs, PIN halves and codes, plus random tokens.
//!
//! Hashing is deliberately slow (memory-hard), so it runs on the blocking
//! thread pool: a burst of logins must not stall the async workers. The cost
//! is configurable because tests would otherwise spend most of their time here.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;

use crate::error::{AppError, AppResult};

#[derive(Clone)]
pub struct Hasher {
    params: Params,
    /// A hash of nothing anyone knows, with the same parameters: verified
    /// when there is no real hash to check (unknown codice fiscale, wrong
    /// length), so every login costs one Argon2 run and timing reveals
    /// nothing about which codici fiscali hold a PIN.
    dummy: std::sync::Arc<String>,
}

impl Hasher {
    /// `memory_kib, iterations, parallelism`; OWASP suggests 19456, 2, 1.
    pub fn new(memory_kib: u32, iterations: u32, parallelism: u32) -> Result<Self, String> {
        let params = Params::new(memory_kib, iterations, parallelism, None)
            .map_err(|e| format!("invalid Argon2 parameters: {e}"))?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
        let dummy = argon2
            .hash_password(&random_bytes::<16>())
            .map_err(|e| format!("argon2: {e}"))?
            .to_string();
        Ok(Self {
            params,
            dummy: std::sync::Arc::new(dummy),
        })
    }

    /// Spends one verification on the dummy hash (always "no match").
    pub async fn verify_dummy(&self, secret: String) -> AppResult<()> {
        self.verify(secret, self.dummy.as_ref().clone()).await?;
        Ok(())
    }

    fn argon2(&self) -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
    }

    /// PHC string (`$argon2id$v=19$...`) with a fresh random salt.
    pub async fn hash(&self, secret: String) -> AppResult<String> {
        let argon2 = self.argon2();
        tokio::task::spawn_blocking(move || {
            argon2
                .hash_password(secret.as_bytes())
                .map(|h| h.to_string())
                .map_err(AppError::internal)
        })
        .await?
    }

    /// True when `secret` matches `phc`. A malformed stored hash is an
    /// internal error, not a mismatch. The final comparison of the derived
    /// key is constant-time (`password_hash::Output` compares with `subtle`).
    pub async fn verify(&self, secret: String, phc: String) -> AppResult<bool> {
        let argon2 = self.argon2();
        tokio::task::spawn_blocking(move || {
            match argon2.verify_password(secret.as_bytes(), phc.as_str()) {
                Ok(()) => Ok(true),
                Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
                Err(e) => Err(AppError::internal(e)),
            }
        })
        .await?
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
        assert!(!h.verify("".into(), h.dummy.as_ref().clone()).await.unwrap());
    }

    #[test]
    fn random_hex_has_the_right_length() {
        assert_eq!(random_hex::<16>().len(), 32);
        assert_ne!(random_hex::<16>(), random_hex::<16>());
    }
}
