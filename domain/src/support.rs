//! "Richiesta di assistenza" (`/supporto-tecnico`): the support-request
//! form's fields and rules, run by the browser next to each field and again
//! by `POST /api/v1/support-requests`.

use serde::{Deserialize, Serialize};

use crate::api::FieldError;
use crate::codice_fiscale;
use crate::pin::MSG_CF;
use crate::request::{check_free_text, is_email, MAX_NAME_LEN, MSG_EMAIL_FORMAT, MSG_REQUIRED};

/// What the request is about (`topic`), in the form's order.
pub const TOPICS: &[&str] = &[
    "half1_missing",
    "half2_missing",
    "login",
    "dispositivo",
    "other",
];

/// The Italian label of a topic (the acknowledgement e-mail names it).
pub fn topic_label(topic: &str) -> Option<&'static str> {
    Some(match topic {
        "half1_missing" => "Non ho ricevuto la prima parte del PIN",
        "half2_missing" => "Non ho ricevuto la seconda parte del PIN",
        "login" => "Non riesco ad accedere",
        "dispositivo" => "Conversione in PIN dispositivo",
        "other" => "Altro",
        _ => return None,
    })
}

pub const MIN_MESSAGE_LEN: usize = 10;
pub const MAX_MESSAGE_LEN: usize = 1000;

pub const MSG_TOPIC: &str = "Scegliere l'argomento della richiesta";
pub const MSG_MESSAGE_SHORT: &str = "Descrivere il problema con almeno 10 caratteri";
pub const MSG_MESSAGE_LONG: &str = "Messaggio troppo lungo: al massimo 1000 caratteri";
pub const MSG_MESSAGE_MARKUP: &str = "Il messaggio non può contenere i caratteri < e >";

/// `POST /api/v1/support-requests`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportRequest {
    /// Surname and name.
    pub name: String,
    /// Where the answer goes (and the acknowledgement now).
    pub email: String,
    /// Optional: the citizen's codice fiscale, when they have one.
    #[serde(default)]
    pub codice_fiscale: String,
    /// One of [`TOPICS`].
    pub topic: String,
    pub message: String,
}

/// `201` answer: the request's number and what happens next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportRequestFiled {
    pub id: String,
    pub message: String,
}

/// Every problem of the form, one per field, in the form's order.
pub fn validate(r: &SupportRequest) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let name = r.name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", "REQUIRED", MSG_REQUIRED));
    } else if let Some(e) = check_free_text("name", name, MAX_NAME_LEN) {
        errors.push(e);
    }
    let email = r.email.trim();
    if email.is_empty() {
        errors.push(FieldError::new("email", "REQUIRED", MSG_REQUIRED));
    } else if !is_email(email) {
        errors.push(FieldError::new("email", "EMAIL_FORMAT", MSG_EMAIL_FORMAT));
    }
    let cf = r.codice_fiscale.trim().to_uppercase();
    if !cf.is_empty() && !codice_fiscale::is_valid(&cf) {
        errors.push(FieldError::new("codice_fiscale", "CF_INVALID", MSG_CF));
    }
    if !TOPICS.contains(&r.topic.trim()) {
        errors.push(FieldError::new("topic", "TOPIC", MSG_TOPIC));
    }
    let message = r.message.trim();
    let n = message.chars().count();
    if n == 0 {
        errors.push(FieldError::new("message", "REQUIRED", MSG_REQUIRED));
    } else if n < MIN_MESSAGE_LEN {
        errors.push(FieldError::new(
            "message",
            "TEXT_TOO_SHORT",
            MSG_MESSAGE_SHORT,
        ));
    } else if n > MAX_MESSAGE_LEN {
        errors.push(FieldError::new(
            "message",
            "TEXT_TOO_LONG",
            MSG_MESSAGE_LONG,
        ));
    } else if message.contains(['<', '>']) {
        errors.push(FieldError::new("message", "TEXT_CHARS", MSG_MESSAGE_MARKUP));
    }
    errors
}

// ------------------------------------------------- the contact center's side

/// The states of a filed request (`status`): filed, taken in charge by an
/// operator, closed with a reply.
pub const STATUSES: &[&str] = &["open", "in_progress", "closed"];

pub const MIN_REPLY_LEN: usize = 10;
pub const MAX_REPLY_LEN: usize = 2000;

pub const MSG_REPLY_SHORT: &str = "Scrivere una risposta di almeno 10 caratteri";
pub const MSG_REPLY_LONG: &str = "Risposta troppo lunga: al massimo 2000 caratteri";
pub const MSG_REPLY_MARKUP: &str = "La risposta non può contenere i caratteri < e >";

/// One item of `GET /api/v1/operator/support-requests`: the request as
/// filed and how the contact center has worked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportRequestRecord {
    pub id: String,
    #[serde(with = "crate::datetime::rfc3339")]
    pub filed_at: chrono::DateTime<chrono::Utc>,
    pub topic: String,
    pub name: String,
    pub codice_fiscale: Option<String>,
    pub email: String,
    pub message: String,
    /// The language it was filed in (`it`, `de`, `en`): the reply's.
    pub lang: String,
    /// One of [`STATUSES`].
    pub status: String,
    /// Who took it in charge (or closed it).
    pub operator: Option<String>,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub taken_at: Option<chrono::DateTime<chrono::Utc>>,
    pub reply: Option<String>,
    #[serde(default, with = "crate::datetime::rfc3339::option")]
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// `POST /api/v1/operator/support-requests/{id}/close`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportReplyBody {
    /// Sent to the requester by e-mail.
    pub reply: String,
}

/// The problem of a closing reply, on the field `reply`.
pub fn validate_reply(reply: &str) -> Vec<FieldError> {
    let reply = reply.trim();
    let n = reply.chars().count();
    let e = if n == 0 {
        FieldError::new("reply", "REQUIRED", MSG_REQUIRED)
    } else if n < MIN_REPLY_LEN {
        FieldError::new("reply", "TEXT_TOO_SHORT", MSG_REPLY_SHORT)
    } else if n > MAX_REPLY_LEN {
        FieldError::new("reply", "TEXT_TOO_LONG", MSG_REPLY_LONG)
    } else if reply.contains(['<', '>']) {
        FieldError::new("reply", "TEXT_CHARS", MSG_REPLY_MARKUP)
    } else {
        return Vec::new();
    };
    vec![e]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok() -> SupportRequest {
        SupportRequest {
            name: "Rossi Mario".into(),
            email: "mario.rossi@example.it".into(),
            codice_fiscale: "RSSMRA80A01H501U".into(),
            topic: "half1_missing".into(),
            message: "Non mi è arrivato l'SMS con la prima parte del PIN.".into(),
        }
    }

    fn fields(r: &SupportRequest) -> Vec<String> {
        validate(r).into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_complete_request_passes_and_the_codice_fiscale_is_optional() {
        assert!(validate(&ok()).is_empty());
        let r = SupportRequest {
            codice_fiscale: String::new(),
            ..ok()
        };
        assert!(validate(&r).is_empty());
    }

    #[test]
    fn each_problem_is_named_on_its_field() {
        assert_eq!(
            fields(&SupportRequest::default()),
            ["name", "email", "topic", "message"]
        );
        let r = SupportRequest {
            email: "mario@".into(),
            codice_fiscale: "RSSMRA80A01H501X".into(),
            topic: "pizza".into(),
            message: "aiuto".into(),
            ..ok()
        };
        let e = validate(&r);
        assert_eq!(
            e.iter().map(|e| e.message.as_str()).collect::<Vec<_>>(),
            [MSG_EMAIL_FORMAT, MSG_CF, MSG_TOPIC, MSG_MESSAGE_SHORT]
        );
        let r = SupportRequest {
            message: "x".repeat(MAX_MESSAGE_LEN + 1),
            ..ok()
        };
        assert_eq!(validate(&r)[0].message, MSG_MESSAGE_LONG);
        let r = SupportRequest {
            message: "<script>alert(1)</script>".into(),
            ..ok()
        };
        assert_eq!(validate(&r)[0].message, MSG_MESSAGE_MARKUP);
        for t in TOPICS {
            assert!(topic_label(t).is_some());
        }
    }

    #[test]
    fn a_reply_has_a_length_and_no_markup() {
        let codes =
            |r: &str| -> Vec<String> { validate_reply(r).into_iter().map(|e| e.code).collect() };
        assert!(codes("La prima parte è stata inviata di nuovo.").is_empty());
        assert_eq!(codes("  "), ["REQUIRED"]);
        assert_eq!(codes("Fatto."), ["TEXT_TOO_SHORT"]);
        assert_eq!(codes(&"x".repeat(MAX_REPLY_LEN + 1)), ["TEXT_TOO_LONG"]);
        assert!(codes(&"x".repeat(MAX_REPLY_LEN)).is_empty());
        assert_eq!(codes("Vedi <a href=x>qui</a>"), ["TEXT_CHARS"]);
    }
}
