//! The shared rules' messages (`domain`, Italian) in the current language:
//! each rule's text is mapped to its key in the `messages` catalog.

use super::{lang, lookup, Lang};

/// The shared rules' messages the browser shows, by their key in `messages`.
pub(super) const DOMAIN_MESSAGES: &[(&str, &str)] = &[
    (domain::codice_fiscale::MSG_LENGTH, "messages.cf_length"),
    (domain::codice_fiscale::MSG_SYNTAX, "messages.cf_syntax"),
    (domain::codice_fiscale::MSG_MONTH, "messages.cf_month"),
    (domain::codice_fiscale::MSG_DAY, "messages.cf_day"),
    (domain::codice_fiscale::MSG_DATE, "messages.cf_date"),
    (
        domain::codice_fiscale::MSG_CHECK_CHARACTER,
        "messages.cf_check_character",
    ),
    (
        domain::codice_fiscale::MSG_BIRTHPLACE_UNKNOWN,
        "messages.cf_birthplace_unknown",
    ),
    (
        domain::codice_fiscale::MSG_BIRTHPLACE_DATE,
        "messages.cf_birthplace_date",
    ),
    (domain::codice_fiscale::MSG_CENTURY, "messages.cf_century"),
    (domain::dispositivo::MSG_IBAN, "messages.iban"),
    (domain::dispositivo::MSG_CATEGORY, "messages.category"),
    (
        domain::dispositivo::MSG_DATE_NOT_FUTURE,
        "messages.date_not_future",
    ),
    (domain::dispositivo::MSG_CHILD_CF, "messages.child_cf"),
    (domain::dispositivo::MSG_PERIOD, "messages.period"),
    (domain::dispositivo::MSG_MEMBERS, "messages.members"),
    (domain::dispositivo::MSG_INCOME, "messages.income"),
    (domain::dispositivo::MSG_KIND, "messages.kind"),
    (domain::dispositivo::MSG_REASON, "messages.reason"),
    (domain::dispositivo::MSG_DOC_TYPE, "messages.doc_type"),
    (domain::dispositivo::MSG_ISSUER, "messages.issuer"),
    (
        domain::dispositivo::MSG_ISSUED_FUTURE,
        "messages.issued_future",
    ),
    (domain::dispositivo::MSG_EXPIRED, "messages.expired"),
    (
        domain::dispositivo::MSG_EXPIRY_BEFORE_ISSUE,
        "messages.expiry_before_issue",
    ),
    (domain::pin::MSG_TS_NUMBER, "messages.ts_number"),
    (domain::pin::MSG_TS_EXPIRY, "messages.ts_expiry"),
    (domain::pin::MSG_CF, "messages.cf_invalid"),
    (domain::pin::MSG_FIRST_HALF, "messages.first_half"),
    (domain::pin::MSG_TWO_CONTACTS, "messages.two_contacts"),
    (domain::pin::MSG_MOBILE_REQUIRED, "messages.mobile_required"),
    (domain::request::MSG_REQUIRED, "messages.required"),
    (domain::request::MSG_DATE_FORMAT, "messages.date_format"),
    (
        domain::request::MSG_DATE_NOT_EXIST,
        "messages.date_not_exist",
    ),
    (domain::request::MSG_TEXT_TOO_LONG, "messages.text_too_long"),
    (
        domain::request::MSG_CIVIC_TOO_LONG,
        "messages.civic_too_long",
    ),
    (domain::request::MSG_NAME_TOO_LONG, "messages.name_too_long"),
    (domain::request::MSG_TEXT_CHARS, "messages.text_chars"),
    (domain::request::MSG_DATE_FUTURE, "messages.date_future"),
    (domain::request::MSG_DATE_TOO_OLD, "messages.date_too_old"),
    (domain::request::MSG_SEX, "messages.sex"),
    (domain::request::MSG_NAME_CHARS, "messages.name_chars"),
    (domain::request::MSG_BIRTHPLACE, "messages.birthplace"),
    (domain::request::MSG_CAP, "messages.cap"),
    (domain::request::MSG_PROVINCE, "messages.province"),
    (domain::request::MSG_COUNTRY, "messages.country"),
    (
        domain::request::MSG_PHONE_REQUIRED,
        "messages.phone_required",
    ),
    (
        domain::request::MSG_EMAIL_REQUIRED,
        "messages.email_required",
    ),
    (domain::request::MSG_PHONE_PREFIX, "messages.phone_prefix"),
    (domain::request::MSG_PHONE_FORMAT, "messages.phone_format"),
    (
        domain::request::MSG_MOBILE_ITALIAN,
        "messages.mobile_italian",
    ),
    (domain::request::MSG_EMAIL_FORMAT, "messages.email_format"),
    (domain::request::MSG_PEC_FORMAT, "messages.pec_format"),
    (
        domain::request::MSG_PREFERRED_PHONE,
        "messages.preferred_phone",
    ),
    (
        domain::request::MSG_PREFERRED_TIME,
        "messages.preferred_time",
    ),
    (domain::upload::MSG_MISSING, "messages.upload_missing"),
    (domain::support::MSG_TOPIC, "messages.support_topic"),
    (
        domain::support::MSG_MESSAGE_SHORT,
        "messages.support_message_short",
    ),
    (
        domain::support::MSG_MESSAGE_LONG,
        "messages.support_message_long",
    ),
    (
        domain::support::MSG_MESSAGE_MARKUP,
        "messages.support_message_markup",
    ),
    (
        domain::support::MSG_REPLY_SHORT,
        "messages.support_reply_short",
    ),
    (
        domain::support::MSG_REPLY_LONG,
        "messages.support_reply_long",
    ),
    (
        domain::support::MSG_REPLY_MARKUP,
        "messages.support_reply_markup",
    ),
    (domain::upload::MSG_EMPTY, "messages.upload_empty"),
    (domain::upload::MSG_TOO_LARGE, "messages.upload_too_large"),
    (domain::upload::MSG_TYPE, "messages.upload_type"),
];

/// A message of the shared rules (`domain`, Italian) in the current
/// language; any other text (e.g. a server message already translated) as is.
pub fn localize(message: &str) -> String {
    if lang() == Lang::It {
        return message.to_string();
    }
    localize_in(lang(), message)
}

pub(super) fn localize_in(lang: Lang, message: &str) -> String {
    DOMAIN_MESSAGES
        .iter()
        .find(|(it, _)| *it == message)
        .and_then(|(_, key)| lookup(lang, key))
        .unwrap_or(message)
        .to_string()
}
