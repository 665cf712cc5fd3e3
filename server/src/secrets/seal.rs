//! A secret kept for a short while where only its holder can read it back
//! (the sede's sealed-envelope PIN, printable again for a few minutes from
//! any process): encrypted with ChaCha20-Poly1305 under a key derived from
//! something the database never holds in clear (the issuing session's
//! cookie). The database alone cannot reveal it; an altered record does
//! not open.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use sha2::{Digest, Sha256};

const NONCE: usize = 12;

/// A 256-bit key for `purpose` from the parts given (each length-framed,
/// so no two lists of parts give the same key).
pub fn derive_key(purpose: &str, parts: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"pin-inps/seal/v2\0");
    for p in std::iter::once(purpose).chain(parts.iter().copied()) {
        h.update((p.len() as u64).to_be_bytes());
        h.update(p.as_bytes());
    }
    h.finalize().into()
}

/// `secret` encrypted and authenticated: a random nonce, then the
/// ciphertext with its tag.
pub fn seal(key: &[u8; 32], secret: &str) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(&Key::from(*key));
    let nonce = super::random_bytes::<NONCE>();
    let mut out = nonce.to_vec();
    out.extend(
        cipher
            .encrypt(&Nonce::from(nonce), secret.as_bytes())
            .expect("ChaCha20-Poly1305 encrypts any short message"),
    );
    out
}

/// The secret back, if `sealed` was made with `key` and not altered.
pub fn unseal(key: &[u8; 32], sealed: &[u8]) -> Option<String> {
    if sealed.len() < NONCE {
        return None;
    }
    let (nonce, ct) = sealed.split_at(NONCE);
    let cipher = ChaCha20Poly1305::new(&Key::from(*key));
    let nonce: [u8; NONCE] = nonce.try_into().ok()?;
    let plain = cipher.decrypt(&Nonce::from(nonce), ct).ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_unaltered() {
        let key = derive_key("envelope", &["cookie-a", "SD000001"]);
        let sealed = seal(&key, "0A1B2C3D4E5F6789");
        assert!(!sealed.windows(16).any(|w| w == b"0A1B2C3D4E5F6789"));
        assert_ne!(
            seal(&key, "0A1B2C3D4E5F6789"),
            sealed,
            "a fresh nonce each time"
        );
        assert_eq!(unseal(&key, &sealed).as_deref(), Some("0A1B2C3D4E5F6789"));
        // Another session's cookie, or another request: nothing.
        for other in [["cookie-b", "SD000001"], ["cookie-a", "SD000002"]] {
            assert_eq!(unseal(&derive_key("envelope", &other), &sealed), None);
        }
        // Framed parts: moving a character between parts changes the key.
        assert_ne!(derive_key("e", &["ab", "c"]), derive_key("e", &["a", "bc"]));
        let mut altered = sealed.clone();
        altered[NONCE + 3] ^= 1;
        assert_eq!(unseal(&key, &altered), None);
        assert_eq!(unseal(&key, &sealed[..20]), None);
        assert_eq!(unseal(&key, &[]), None);
    }
}
