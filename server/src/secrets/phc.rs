//! PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`): written with a
//! fresh salt, parsed and recomputed to verify.

use argon2::password_hash::phc::{Output, ParamsString, PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};

use super::random::random_bytes;

/// Salt and derived-key lengths (the `argon2` crate's defaults).
const SALT_LEN: usize = 16;
pub(super) const OUTPUT_LEN: usize = 32;

/// A PHC string for `secret` with a fresh salt and `params`, using `memory`.
pub(super) fn hash(params: &Params, secret: &[u8], memory: &mut [Block]) -> Result<String, String> {
    let salt = random_bytes::<SALT_LEN>();
    let mut out = [0u8; OUTPUT_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(secret, &salt, &mut out, memory)
        .map_err(|e| e.to_string())?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params).map_err(|e| e.to_string())?,
        salt: Some(Salt::new(&salt).map_err(|e| e.to_string())?),
        hash: Some(Output::new(&out).map_err(|e| e.to_string())?),
    };
    Ok(phc.to_string())
}

/// A stored PHC string, parsed: what to recompute and what to compare.
pub(super) struct Stored {
    algorithm: Algorithm,
    version: Version,
    pub(super) params: Params,
    salt: Salt,
    expected: Output,
}

impl Stored {
    pub(super) fn parse(phc: &str) -> Result<Self, String> {
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
    pub(super) fn matches(&self, secret: &[u8], memory: &mut [Block]) -> Result<bool, String> {
        let mut out = vec![0u8; self.expected.len()];
        Argon2::new(self.algorithm, self.version, self.params.clone())
            .hash_password_into_with_memory(secret, &self.salt, &mut out, memory)
            .map_err(|e| e.to_string())?;
        let computed = Output::new(&out).map_err(|e| e.to_string())?;
        Ok(computed == self.expected)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Hasher;
    use argon2::{Algorithm, Argon2, Params, Version};

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
}
