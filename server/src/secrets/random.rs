//! Random tokens and one-time codes from the thread-local CSPRNG.

use rand::RngCore;

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
    hex::encode(Sha256::digest(cookie_value.as_bytes()))
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
    hex::encode(random_bytes::<N>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_their_shape() {
        let c = sms_code();
        assert_eq!(c.len(), 6);
        assert!(c.chars().all(|c| c.is_ascii_digit()));
        assert_eq!(email_code().len(), 8);
        assert_eq!(session_key("abc").len(), 64);
        assert_ne!(session_key("abc"), session_key("abd"));
    }

    #[test]
    fn random_hex_has_the_right_length() {
        assert_eq!(random_hex::<16>().len(), 32);
        assert_ne!(random_hex::<16>(), random_hex::<16>());
    }
}
