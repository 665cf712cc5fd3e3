//! Rules for the files a citizen uploads in "Converti in PIN dispositivo"
//!: the signed MV35 module and a copy of the identity document.
//!
//! PDF, JPEG or PNG, at most 1 MB each. The type is decided by the first
//! bytes of the content ("magic numbers"), never by the file name or the
//! declared content type, which a browser or a script can set to anything.
//! Pure: the app uses it for a first check before sending, the server decides.

use serde::{Deserialize, Serialize};

/// Largest accepted file: 1 MB (1 048 576 bytes).
use crate::api::ErrorCode;

pub const MAX_UPLOAD_BYTES: usize = 1024 * 1024;

pub const MSG_MISSING: &str = "Scegliere il file da caricare";
pub const MSG_EMPTY: &str = "Il file è vuoto: scegliere il file scansionato o fotografato";
pub const MSG_TOO_LARGE: &str =
    "Il file supera la dimensione massima di 1 MB: ridurre la risoluzione della scansione";
pub const MSG_TYPE: &str =
    "Formato non ammesso: sono accettati solo file PDF, JPEG o PNG (il contenuto del file non corrisponde a nessuno di questi formati)";

/// The accepted formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
}

impl FileKind {
    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
        }
    }

    /// From a stored MIME type (the one [`FileKind::mime`] wrote).
    pub fn from_mime(mime: &str) -> Option<Self> {
        [FileKind::Pdf, FileKind::Jpeg, FileKind::Png]
            .into_iter()
            .find(|k| k.mime() == mime)
    }
}

/// Why a file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadError {
    /// No `file` part in the form.
    Missing,
    Empty,
    TooLarge {
        size: usize,
    },
    UnsupportedType,
}

impl UploadError {
    /// API error code.
    pub fn code(self) -> ErrorCode {
        match self {
            UploadError::Missing => ErrorCode::UploadMissing,
            UploadError::Empty => ErrorCode::UploadEmpty,
            UploadError::TooLarge { .. } => ErrorCode::UploadTooLarge,
            UploadError::UnsupportedType => ErrorCode::UploadType,
        }
    }

    /// Italian message for the user.
    pub fn message(self) -> &'static str {
        match self {
            UploadError::Missing => MSG_MISSING,
            UploadError::Empty => MSG_EMPTY,
            UploadError::TooLarge { .. } => MSG_TOO_LARGE,
            UploadError::UnsupportedType => MSG_TYPE,
        }
    }
}

const PDF_MAGIC: &[u8] = b"%PDF-";
const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG_MAGIC: &[u8] = &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

/// The format of `bytes` by its signature, if it is one we accept.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(PDF_MAGIC) {
        Some(FileKind::Pdf)
    } else if bytes.starts_with(JPEG_MAGIC) {
        Some(FileKind::Jpeg)
    } else if bytes.starts_with(PNG_MAGIC) {
        Some(FileKind::Png)
    } else {
        None
    }
}

/// Size first (an empty or oversize file is named as such whatever it
/// holds), then content.
pub fn check(bytes: &[u8]) -> Result<FileKind, UploadError> {
    check_size(bytes.len())?;
    sniff(bytes).ok_or(UploadError::UnsupportedType)
}

/// The size rule alone (the app knows the size before reading the file).
pub fn check_size(size: usize) -> Result<(), UploadError> {
    if size == 0 {
        Err(UploadError::Empty)
    } else if size > MAX_UPLOAD_BYTES {
        Err(UploadError::TooLarge { size })
    } else {
        Ok(())
    }
}

/// "820 KB", "1,2 MB" — how a size is shown to the user.
pub fn human_size(size: usize) -> String {
    if size < 1024 {
        format!("{size} byte")
    } else if size < MAX_UPLOAD_BYTES {
        format!("{} KB", size.div_ceil(1024))
    } else {
        let tenths = (size as u64 * 10).div_ceil(MAX_UPLOAD_BYTES as u64);
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_three_formats_by_content() {
        assert_eq!(check(b"%PDF-1.4\n%...").unwrap(), FileKind::Pdf);
        assert_eq!(
            check(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F']).unwrap(),
            FileKind::Jpeg
        );
        assert_eq!(
            check(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).unwrap(),
            FileKind::Png
        );
    }

    #[test]
    fn refuses_other_content_whatever_it_is_called() {
        // A Windows executable renamed "documento.pdf": "MZ" header.
        let exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00%PDF-1.4";
        assert_eq!(check(exe), Err(UploadError::UnsupportedType));
        // Plain text, a GIF, a PDF signature not at the start.
        assert_eq!(check(b"hello"), Err(UploadError::UnsupportedType));
        assert_eq!(check(b"GIF89a...."), Err(UploadError::UnsupportedType));
        assert_eq!(check(b" %PDF-1.4"), Err(UploadError::UnsupportedType));
        // Truncated signatures are not enough.
        assert_eq!(check(&[0xFF, 0xD8]), Err(UploadError::UnsupportedType));
        assert_eq!(
            check(&[0x89, b'P', b'N', b'G']),
            Err(UploadError::UnsupportedType)
        );
    }

    #[test]
    fn size_limits() {
        assert_eq!(check(b""), Err(UploadError::Empty));
        let mut at_limit = b"%PDF-".to_vec();
        at_limit.resize(MAX_UPLOAD_BYTES, b' ');
        assert_eq!(check(&at_limit), Ok(FileKind::Pdf));
        at_limit.push(b' ');
        assert_eq!(
            check(&at_limit),
            Err(UploadError::TooLarge {
                size: MAX_UPLOAD_BYTES + 1
            })
        );
        assert_eq!(check_size(1), Ok(()));
    }

    #[test]
    fn codes_messages_and_sizes_for_people() {
        assert_eq!(UploadError::Empty.code().as_str(), "UPLOAD_EMPTY");
        assert!(UploadError::TooLarge { size: 2 }.message().contains("1 MB"));
        assert!(UploadError::UnsupportedType
            .message()
            .contains("PDF, JPEG o PNG"));
        assert_eq!(human_size(500), "500 byte");
        assert_eq!(human_size(820 * 1024), "820 KB");
        assert_eq!(human_size(MAX_UPLOAD_BYTES + 1), "1,1 MB");
        assert_eq!(FileKind::from_mime("image/png"), Some(FileKind::Png));
        assert_eq!(FileKind::from_mime("text/html"), None);
    }
}
