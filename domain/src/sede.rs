//! The sede's rules for a PIN issued in person (API.md, "Operators"): an
//! identity document valid on the day, no delegates, a minor through a
//! parent or the tutore, people under tutela, curatela or amministrazione di
//! sostegno through that person, and after the issuance cut-off only the
//! exceptions of Circolare INPS 87/2020. Shared by the server (which checks)
//! and the sede console (which labels).

use chrono::{Datelike, NaiveDate};

use crate::api::{
    FieldError, InPersonPinBody, Representative, SedeDocument, FOREIGN_DOCUMENT_KINDS,
    REPRESENTATIVE_RELATIONS, SEDE_DOCUMENT_KINDS, SEDE_EXCEPTIONS,
};
use crate::dispositivo::{
    normalize_document_number, validate_document, DocumentType, IdentityDocument,
};
use crate::request::normalize_cf;

pub const MSG_NOT_IN_REGISTRY: &str =
    "Codice fiscale non presente in anagrafe: verificare il documento del cittadino";
pub const MSG_KIND: &str = "Scegliere il tipo di documento";
pub const MSG_FOREIGN_NUMBER: &str =
    "Numero del documento estero non valido: da 5 a 20 lettere e cifre";
pub const MSG_EXCEPTION: &str = "Eccezione non prevista: minore, senza documento italiano, tutela";
pub const MSG_NOT_MINOR: &str =
    "Il cittadino è maggiorenne: l'eccezione per i minori non si applica";
pub const MSG_FOREIGN_REQUIRED: &str =
    "Per l'eccezione \"senza documento di identità italiano\" indicare il documento estero";
pub const MSG_MINOR_PARENT: &str =
    "Il cittadino è minorenne: il PIN si rilascia tramite un genitore o il tutore, indicarne i dati";
pub const MSG_GUARDIAN_REQUIRED: &str =
    "Indicare il tutore, il curatore o l'amministratore di sostegno che rappresenta il cittadino";
pub const MSG_RELATION: &str =
    "Solo genitore, tutore, curatore o amministratore di sostegno: non sono ammesse deleghe";
pub const MSG_NO_DELEGATES: &str =
    "Il cittadino è maggiorenne: non sono ammesse deleghe, il PIN si rilascia al titolare";
pub const MSG_REPRESENTATIVE_CF: &str = "Codice fiscale del rappresentante non valido";
pub const MSG_REPRESENTATIVE_SELF: &str =
    "Il rappresentante deve essere una persona diversa dal cittadino";
pub const MSG_NAME: &str = "Campo obbligatorio";

/// Age in whole years on `today`.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> i32 {
    let mut age = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Label of a document kind, as the envelope, audit and mail print it.
pub fn kind_label(kind: &str) -> &'static str {
    match kind {
        "passaporto_estero" => "Passaporto estero",
        "documento_estero" => "Documento di identità estero",
        k => DocumentType::parse(k)
            .map(|t| t.label())
            .unwrap_or("Documento"),
    }
}

pub fn relation_label(r: &str) -> &'static str {
    match r {
        "parent" => "genitore",
        "tutore" => "tutore",
        "curatore" => "curatore",
        "amministratore_di_sostegno" => "amministratore di sostegno",
        _ => "rappresentante",
    }
}

pub fn exception_label(e: &str) -> &'static str {
    match e {
        "minor" => "minore",
        "no_italian_document" => "senza documento di identità italiano",
        "guardianship" => "tutela, curatela o amministrazione di sostegno",
        _ => "nessuna",
    }
}

/// The document rules of the online conversion (valid on `today`), with
/// the foreign kinds a sede also accepts; field paths `document.<name>`.
pub fn validate_sede_document(d: &SedeDocument, today: NaiveDate) -> Vec<FieldError> {
    let kind = d.kind.trim();
    let foreign = FOREIGN_DOCUMENT_KINDS.contains(&kind);
    let as_conversion = IdentityDocument {
        // A foreign document has its own number rule, checked below.
        doc_type: if foreign {
            "passaporto".into()
        } else {
            kind.into()
        },
        number: if foreign {
            "AA0000000".into()
        } else {
            d.number.clone()
        },
        issuer: d.issuer.clone(),
        issued_on: d.issued_on.clone(),
        expires_on: d.expires_on.clone(),
    };
    let mut errors: Vec<FieldError> = validate_document(&as_conversion, today)
        .into_iter()
        .map(|mut e| {
            if e.field == "document.type" {
                e.field = "document.kind".into();
            }
            e
        })
        .collect();
    if !SEDE_DOCUMENT_KINDS.contains(&kind) && !errors.iter().any(|e| e.field == "document.kind") {
        errors.push(FieldError::new("document.kind", "DOCUMENT_TYPE", MSG_KIND));
    }
    if foreign {
        let n = normalize_document_number(&d.number);
        if n.is_empty() {
            errors.push(FieldError::new("document.number", "REQUIRED", MSG_NAME));
        } else if !(5..=20).contains(&n.len()) || !n.chars().all(|c| c.is_ascii_alphanumeric()) {
            errors.push(FieldError::new(
                "document.number",
                "DOCUMENT_NUMBER",
                MSG_FOREIGN_NUMBER,
            ));
        }
    }
    errors
}

/// Every field rule of an in-person issuance: the document, the exception
/// and the representative against the citizen's age (`birth`, from the
/// registry) on `today`.
pub fn validate_issuance(
    body: &InPersonPinBody,
    birth: NaiveDate,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = validate_sede_document(&body.document, today);
    let minor = age_on(birth, today) < 18;
    let exception = body.exception.as_deref().map(str::trim);
    match exception {
        Some(e) if !SEDE_EXCEPTIONS.contains(&e) => {
            errors.push(FieldError::new("exception", "EXCEPTION", MSG_EXCEPTION));
        }
        Some("minor") if !minor => {
            errors.push(FieldError::new("exception", "NOT_MINOR", MSG_NOT_MINOR));
        }
        Some("no_italian_document")
            if !FOREIGN_DOCUMENT_KINDS.contains(&body.document.kind.trim()) =>
        {
            errors.push(FieldError::new(
                "document.kind",
                "FOREIGN_DOCUMENT_REQUIRED",
                MSG_FOREIGN_REQUIRED,
            ));
        }
        _ => {}
    }
    let relation = body.representative.as_ref().map(|r| r.relation.trim());
    let guardian = |r: &str| ["tutore", "curatore", "amministratore_di_sostegno"].contains(&r);
    if minor {
        if !matches!(relation, Some("parent" | "tutore")) {
            errors.push(FieldError::new(
                "representative",
                "REPRESENTATIVE_REQUIRED",
                MSG_MINOR_PARENT,
            ));
        }
    } else if exception == Some("guardianship") && !relation.is_some_and(guardian) {
        errors.push(FieldError::new(
            "representative",
            "REPRESENTATIVE_REQUIRED",
            MSG_GUARDIAN_REQUIRED,
        ));
    }
    if let Some(r) = &body.representative {
        errors.extend(validate_representative(
            r,
            &body.codice_fiscale,
            minor,
            today,
        ));
    }
    errors
}

fn validate_representative(
    r: &Representative,
    citizen_cf: &str,
    minor: bool,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let relation = r.relation.trim();
    if !REPRESENTATIVE_RELATIONS.contains(&relation) {
        errors.push(FieldError::new(
            "representative.relation",
            "RELATION",
            MSG_RELATION,
        ));
    } else if relation == "parent" && !minor {
        errors.push(FieldError::new(
            "representative.relation",
            "NO_DELEGATES",
            MSG_NO_DELEGATES,
        ));
    }
    for (field, v) in [("name", &r.name), ("surname", &r.surname)] {
        if v.trim().is_empty() {
            errors.push(FieldError::new(
                format!("representative.{field}"),
                "REQUIRED",
                MSG_NAME,
            ));
        }
    }
    let cf = normalize_cf(&r.codice_fiscale);
    if !crate::codice_fiscale::check_on(&cf, None, today).valid {
        errors.push(FieldError::new(
            "representative.codice_fiscale",
            "CF_INVALID",
            MSG_REPRESENTATIVE_CF,
        ));
    } else if cf == normalize_cf(citizen_cf) {
        errors.push(FieldError::new(
            "representative.codice_fiscale",
            "REPRESENTATIVE_SELF",
            MSG_REPRESENTATIVE_SELF,
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn body(exception: Option<&str>, rep: Option<&str>) -> InPersonPinBody {
        InPersonPinBody {
            codice_fiscale: "RSSMRA80A01H501U".into(),
            document: SedeDocument {
                kind: "carta_identita".into(),
                number: "AA1234567".into(),
                issuer: "Comune di Roma".into(),
                issued_on: "2018-01-10".into(),
                expires_on: "2028-01-10".into(),
            },
            exception: exception.map(str::to_owned),
            representative: rep.map(|r| Representative {
                name: "Anna".into(),
                surname: "Bianchi".into(),
                codice_fiscale: "BNCNNA70A41H501P".into(),
                relation: r.into(),
            }),
        }
    }

    fn fields(e: &[FieldError]) -> Vec<&str> {
        e.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age_on(d(2002, 10, 2), d(2020, 10, 1)), 17);
        assert_eq!(age_on(d(2002, 10, 1), d(2020, 10, 1)), 18);
    }

    #[test]
    fn an_adult_with_a_valid_document_needs_nothing_else() {
        let today = d(2020, 5, 1);
        assert!(validate_issuance(&body(None, None), d(1980, 1, 1), today).is_empty());
        // No delegates: a "parent" cannot act for an adult.
        let e = validate_issuance(&body(None, Some("parent")), d(1980, 1, 1), today);
        assert_eq!(fields(&e), ["representative.relation"]);
        let e = validate_issuance(&body(None, Some("delegato")), d(1980, 1, 1), today);
        assert_eq!(fields(&e), ["representative.relation"]);
    }

    #[test]
    fn a_minor_comes_with_a_parent_and_guardianship_with_a_guardian() {
        let today = d(2021, 1, 10);
        let minor = d(2010, 3, 3);
        let e = validate_issuance(&body(Some("minor"), None), minor, today);
        assert_eq!(fields(&e), ["representative"]);
        assert!(validate_issuance(&body(Some("minor"), Some("parent")), minor, today).is_empty());
        let e = validate_issuance(&body(Some("minor"), None), d(1980, 1, 1), today);
        assert!(fields(&e).contains(&"exception"));
        let e = validate_issuance(&body(Some("guardianship"), None), d(1950, 1, 1), today);
        assert_eq!(fields(&e), ["representative"]);
        assert!(validate_issuance(
            &body(Some("guardianship"), Some("tutore")),
            d(1950, 1, 1),
            today
        )
        .is_empty());
    }

    #[test]
    fn documents_must_be_valid_today_and_foreign_ones_fit_the_exception() {
        let today = d(2029, 1, 1);
        let e = validate_issuance(&body(None, None), d(1980, 1, 1), today);
        assert_eq!(fields(&e), ["document.expires_on"]);
        let e = validate_issuance(
            &body(Some("no_italian_document"), None),
            d(1980, 1, 1),
            d(2021, 1, 1),
        );
        assert_eq!(fields(&e), ["document.kind"]);
        let mut b = body(Some("no_italian_document"), None);
        b.document.kind = "passaporto_estero".into();
        b.document.number = "X1234567".into();
        assert!(validate_issuance(&b, d(1980, 1, 1), d(2021, 1, 1)).is_empty());
        b.document.kind = "tessera".into();
        let e = validate_sede_document(&b.document, d(2021, 1, 1));
        assert_eq!(fields(&e), ["document.kind"]);
    }
}
