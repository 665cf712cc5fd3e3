//! Data the tests send and read: a PIN request, an identity document,
//! files as scanners write them, applications; the fields an error names,
//! the text of the PDFs the server makes.

use serde_json::{json, Value};

use crate::harness::{EMAIL, MOBILE};

pub const IBAN: &str = "IT60X0542811101000000123456";
pub const MB: usize = 1024 * 1024;

/// The codice fiscale of a registry citizen.
pub fn cf(c: &Value) -> &str {
    c["codice_fiscale"].as_str().unwrap()
}

/// A valid request matching the registry record of `c`, with the contacts
/// [`MOBILE`] and [`EMAIL`].
pub fn request_for(c: &Value) -> Value {
    json!({
        "codice_fiscale": c["codice_fiscale"],
        "residence_type": "italia",
        "personal": {
            "surname": c["surname"], "name": c["name"], "birth_date": c["birth_date"],
            "sex": c["sex"], "birthplace_code": c["birthplace_code"]
        },
        "residence": c["residence"],
        "contacts": {
            "home_phone": null, "mobile": MOBILE, "email": EMAIL,
            "pec": null, "preferred_phone": "mobile", "preferred_time": "09-13"
        }
    })
}

/// The fields an error names, in order.
pub fn fields(body: &Value) -> Vec<String> {
    field_codes(body).into_iter().map(|(f, _)| f).collect()
}

/// The (field, code) pairs an error names, in order.
pub fn field_codes(body: &Value) -> Vec<(String, String)> {
    body["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    (
                        f["field"].as_str().unwrap().to_owned(),
                        f["code"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A valid electronic identity card (number typed loosely).
pub fn document() -> Value {
    json!({"type": "carta_identita_elettronica", "number": "ca 12345 ab",
           "issuer": "Comune di Roma", "issued_on": "2018-05-10", "expires_on": "2028-05-10"})
}

/// A JPEG as a scanner writes it: SOI, APP0 "JFIF", data, EOI.
pub fn jpeg() -> Vec<u8> {
    let mut b = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0x00, 0x00,
        0x48, 0x00, 0x48, 0x00, 0x00,
    ];
    b.extend(std::iter::repeat_n(0x55, 2000));
    b.extend([0xFF, 0xD9]);
    b
}

/// A PNG: the signature and some data.
pub fn png() -> Vec<u8> {
    [
        &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A][..],
        &[0u8; 64],
    ]
    .concat()
}

/// A NASpI application (frozen at L1, protocolled at L2).
pub fn naspi() -> Value {
    json!({"kind": "naspi", "data": {"last_employer": "Rossi Costruzioni S.r.l.",
           "termination_date": "2020-03-15", "iban": IBAN}})
}

/// The text of a PDF's pages.
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!(!pages.is_empty());
    doc.extract_text(&pages).expect("text extracts")
}
