//! Operator accounts (contact center, sede, back office): the simulation's
//! seeded accounts, the bootstrap account outside simulation, and the rules
//! for a new account, and the login every console shares ([`login`]); the session
//! extractor is [`crate::auth::CurrentOperator`].

use crate::error::AppResult;
use crate::secrets::random_hex;
use crate::state::AppState;
use crate::store::{AuditEntry, OperatorRow};

/// Operators created on an empty table (documented in `docs/dispositivo.md`):
/// username, display name, role, password.
pub const SEEDED_OPERATORS: &[(&str, &str, &str, &str)] = &[
    (
        "operatore",
        "Operatore Sede di Roma",
        "back_office",
        "Sede2020!",
    ),
    (
        "revisore",
        "Revisore Sede di Milano",
        "back_office",
        "Sede2020!",
    ),
    (
        "contactcenter",
        "Operatore Contact Center",
        "contact_center",
        "Sede2020!",
    ),
    ("sportello", "Sportello Sede di Roma", "sede", "Sede2020!"),
];

/// The trainer of the simulation's classes (`routes::trainer`): username,
/// display name, role, password. Only in simulation mode and only in the
/// default world; created on its first login attempt rather than with every
/// world (each world seeds its own operators, and a trainer there would be
/// one more Argon2 hash per world for an account nobody uses).
pub const SEEDED_TRAINER: (&str, &str, &str, &str) = (
    "formatore",
    "Formatore",
    crate::auth::TRAINER_ROLE,
    "Sede2020!",
);

/// The hash of a seeded account's password, made once per process: every
/// world seeds the same accounts with the same public password (README), so
/// one Argon2 run serves them all and a new world costs no hashing. (Its
/// salt is shared by those accounts only, whose password is public anyway.)
/// Kept per hashing cost, so a verification always costs what this
/// server's hashes cost (an unknown name costs the same as a known one).
async fn seeded_hash(st: &AppState, password: &'static str) -> AppResult<String> {
    type Key = (&'static str, (u32, u32, u32));
    static HASHES: std::sync::LazyLock<tokio::sync::Mutex<std::collections::HashMap<Key, String>>> =
        std::sync::LazyLock::new(Default::default);
    let key = (password, st.hasher.cost());
    let mut hashes = HASHES.lock().await;
    if let Some(h) = hashes.get(&key) {
        return Ok(h.clone());
    }
    let h = st.hasher.hash(password.to_owned()).await?;
    hashes.insert(key, h.clone());
    Ok(h)
}

/// Creates the seeded trainer in `st` (the default world) if missing.
pub async fn seed_trainer(st: &AppState) -> AppResult<()> {
    let (username, display, role, password) = SEEDED_TRAINER;
    if !st.settings.sim_enabled || st.store.operator_by_username(username).await?.is_some() {
        return Ok(());
    }
    let hash = seeded_hash(st, password).await?;
    // A concurrent first login may have made it meanwhile: kept as it is.
    st.store
        .insert_operator(
            &OperatorRow {
                id: format!("op_{}", random_hex::<8>()),
                username: username.into(),
                display_name: display.into(),
                role: role.into(),
                password_hash: hash,
                seeded: true,
                lockout: Default::default(),
            },
            st.clock.now(),
        )
        .await?;
    tracing::info!(operator = username, "simulation trainer seeded");
    Ok(())
}

/// Operator accounts at start. In simulation mode the seeded accounts
/// (public passwords, README) are created when missing (a database from
/// before the contact center gets `contactcenter` and `sportello` too). Outside it
/// there is no default account: the first operator comes from
/// `server operator add` or from `PIN_INPS_BOOTSTRAP_OPERATOR` and
/// `PIN_INPS_BOOTSTRAP_PASSWORD` (created once, like Keycloak's bootstrap
/// admin), and seeded accounts left in the database cannot log in.
pub async fn prepare(st: &AppState, bootstrap: Option<&Bootstrap>) -> Result<(), crate::BoxError> {
    if let Some(b) = bootstrap {
        let created = add_operator(st, &b.username, &b.role, &b.password, false).await?;
        if created {
            tracing::info!(operator = %b.username, "bootstrap operator created");
        }
    }
    if !st.settings.sim_enabled {
        return Ok(());
    }
    let mut seeded = 0;
    for (username, display, role, password) in SEEDED_OPERATORS {
        if st.store.operator_by_username(username).await?.is_some() {
            continue;
        }
        seeded += 1;
        let hash = seeded_hash(st, password).await?;
        st.store
            .insert_operator(
                &OperatorRow {
                    id: format!("op_{}", random_hex::<8>()),
                    username: (*username).into(),
                    display_name: (*display).into(),
                    role: (*role).into(),
                    password_hash: hash,
                    seeded: true,
                    lockout: Default::default(),
                },
                st.clock.now(),
            )
            .await?;
    }
    if seeded > 0 {
        tracing::info!(count = seeded, "simulation operators seeded");
    }
    Ok(())
}

/// The operator created at first start from the environment.
#[derive(Debug, Clone)]
pub struct Bootstrap {
    pub username: String,
    pub role: String,
    pub password: String,
}

/// The operator roles (API.md, "Operators").
pub const ROLES: &[&str] = &["back_office", "contact_center", "sede"];

/// Shortest password accepted for an operator account.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Checks a new operator account's name, role and password.
pub fn check_account(username: &str, role: &str, password: &str) -> Result<(), String> {
    let ok_name = (3..=64).contains(&username.chars().count())
        && username
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if !ok_name {
        return Err("username: 3-64 lower-case letters, digits, '.', '_' or '-'".into());
    }
    if !ROLES.contains(&role) {
        return Err(format!("role: one of {}", ROLES.join(", ")));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(format!(
            "password: at least {MIN_PASSWORD_CHARS} characters"
        ));
    }
    Ok(())
}

/// Creates an operator account unless one of that name exists; true if
/// created.
pub async fn add_operator(
    st: &AppState,
    username: &str,
    role: &str,
    password: &str,
    seeded: bool,
) -> Result<bool, crate::BoxError> {
    let username = username.trim().to_lowercase();
    check_account(&username, role, password)?;
    if st.store.operator_by_username(&username).await?.is_some() {
        return Ok(false);
    }
    let hash = st.hasher.hash(password.to_owned()).await?;
    st.store
        .insert_operator(
            &OperatorRow {
                id: format!("op_{}", random_hex::<8>()),
                username: username.clone(),
                display_name: username,
                role: role.into(),
                password_hash: hash,
                seeded,
                lockout: Default::default(),
            },
            st.clock.now(),
        )
        .await?;
    Ok(true)
}

/// Sets a new password (CLI); the account stops counting as seeded.
pub async fn set_password(
    st: &AppState,
    username: &str,
    password: &str,
) -> Result<(), crate::BoxError> {
    let username = username.trim().to_lowercase();
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(format!("password: at least {MIN_PASSWORD_CHARS} characters").into());
    }
    let hash = st.hasher.hash(password.to_owned()).await?;
    if st.store.set_operator_password(&username, &hash).await? {
        Ok(())
    } else {
        Err(format!("no operator named {username}").into())
    }
}

/// Actions in the operators' audit.
pub mod action {
    pub const PHONE_REQUEST: &str = "phone_request";
    pub const CALLBACK_OUTCOME: &str = "callback_outcome";
    pub const HALF1_RESEND: &str = "half1_resend";
    pub const CITIZEN_LOOKUP: &str = "citizen_lookup";
    pub const CONTACT_CODE_SENT: &str = "contact_code_sent";
    pub const CONTACT_ADDED: &str = "contact_added";
    pub const CONVERSION_APPROVED: &str = "conversion_approved";
    pub const CONVERSION_REJECTED: &str = "conversion_rejected";
    // Support requests (`routes::contact_center::support`).
    pub const SUPPORT_REQUEST_TAKEN: &str = "support_request_taken";
    pub const SUPPORT_REQUEST_CLOSED: &str = "support_request_closed";
    // The sede (`routes::sede`).
    pub const IN_PERSON_PIN: &str = "in_person_pin";
    pub const DESK_CONVERSION: &str = "desk_conversion";
}

/// The audit lines' `detail`, in Italian as stored; `{}` for the variable
/// parts, filled by [`detail::fill`]. The audit answer translates them at
/// read time (`i18n::translate`, entries in `i18n/de.rs` and `en.rs`).
pub mod detail {
    pub const CITIZEN_LOOKUP: &str = "Consultata la posizione del cittadino";
    pub const PHONE_REQUEST: &str =
        "Richiesta PIN n. {} registrata per telefono; prima parte comunicata nella chiamata";
    /// Channel (`sms`, `email`, `pec`), masked recipient.
    pub const HALF1_RESEND: &str = "Prima parte del PIN inviata di nuovo ({} a {})";
    /// Kind (`mobile`, `email`, `pec`), masked value.
    pub const CONTACT_CODE_SENT: &str = "Codice di verifica inviato al nuovo recapito ({} {})";
    pub const CONTACT_ADDED: &str = "Recapito aggiunto e verificato ({} {})";
    pub const CONVERSION_APPROVED: &str = "Conversione in PIN dispositivo n. {} approvata";
    /// Conversion id, the operator's reason (kept as typed).
    pub const CONVERSION_REJECTED: &str = "Conversione in PIN dispositivo n. {} respinta: {}";
    pub const SUPPORT_REQUEST_TAKEN: &str = "Richiesta di assistenza presa in carico";
    pub const SUPPORT_REQUEST_CLOSED: &str =
        "Richiesta di assistenza chiusa: risposta inviata per e-mail";
    /// Request id, document kind's label, number; then the exception's
    /// label, the representative's relation, name, surname, codice fiscale.
    pub const IN_PERSON_PIN: &str = "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}";
    pub const IN_PERSON_PIN_EXCEPTION: &str =
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; eccezione: {}";
    pub const IN_PERSON_PIN_REPRESENTATIVE: &str =
        "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; tramite {} {} {} ({})";
    pub const IN_PERSON_PIN_EXCEPTION_REPRESENTATIVE: &str = "PIN dispositivo n. {} rilasciato in sede; documento: {} n. {}; eccezione: {}; tramite {} {} {} ({})";
    /// Conversion id, document kind's label, number.
    pub const DESK_CONVERSION: &str =
        "PIN convertito in dispositivo allo sportello (conversione {}); documento: {} n. {}";

    /// `template` with its `{}` replaced by `values`, in order.
    pub fn fill(template: &str, values: &[&str]) -> String {
        let mut out = String::with_capacity(template.len() + 16 * values.len());
        let mut values = values.iter();
        let mut parts = template.split("{}");
        if let Some(first) = parts.next() {
            out.push_str(first);
        }
        for part in parts {
            out.push_str(values.next().copied().unwrap_or("{}"));
            out.push_str(part);
        }
        out
    }
}

/// An audit line for `op` at the current simulated instant.
pub fn audit_entry(
    st: &AppState,
    op: &OperatorRow,
    action: &str,
    codice_fiscale: Option<&str>,
    request_id: Option<&str>,
    detail: impl Into<String>,
) -> AuditEntry {
    AuditEntry {
        operator: op.username.clone(),
        role: op.role.clone(),
        action: action.to_owned(),
        codice_fiscale: codice_fiscale.map(str::to_owned),
        request_id: request_id.map(str::to_owned),
        detail: detail.into(),
        at: st.clock.now(),
    }
}

/// Records one operator action (who, when, what, on which codice fiscale).
pub async fn audit(
    st: &AppState,
    op: &OperatorRow,
    action: &str,
    codice_fiscale: Option<&str>,
    request_id: Option<&str>,
    detail: impl Into<String>,
) -> AppResult<()> {
    let e = audit_entry(st, op, action, codice_fiscale, request_id, detail);
    st.store.add_audit(&e).await?;
    Ok(())
}

/// An operator's login, for any console (back office, contact center,
/// sede, the trainer's): one Argon2 run whatever the name (a made-up
/// account costs the same as a real one), the lockout of `domain::pin`
/// (10 wrong passwords → 3 minutes, then 3 more per further wrong one).
/// The password is checked first and counted after: only a wrong one
/// counts (atomically); a correct one clears the count, opens the session
/// and ends the browser's old one (`old_cookie`) in one transaction —
/// unless a block started meanwhile. So correct logins in flight never lock
/// an account. With `role`, the right password of another role is refused
/// with 403 `FORBIDDEN_ROLE` without opening a session. Answers the account
/// and the new session's cookie value.
pub async fn login(
    st: &AppState,
    username: &str,
    password: String,
    old_cookie: Option<String>,
    role: Option<&str>,
) -> crate::error::AppResult<(OperatorRow, String)> {
    use crate::error::AppError;
    use crate::store::credentials::LoginCommit;
    use crate::store::{Attempt, NewOperatorLogin};

    let username = username.trim().to_lowercase();
    let usable = |op: &OperatorRow| st.settings.sim_enabled || !op.seeded;
    let Some(op) = st
        .store
        .operator_by_username(&username)
        .await?
        .filter(usable)
    else {
        st.hasher.verify_dummy(password).await?;
        tracing::info!(%username, "operator login failed: unknown account");
        return Err(AppError::OperatorInvalidCredentials);
    };
    let now = st.clock.now();
    let locked = |retry_after_seconds: i64, why: &str| {
        tracing::info!(operator = %op.username, retry_after_seconds, "operator login refused: {why}");
        AppError::AccountLocked {
            retry_after_seconds,
        }
    };
    // Already blocked: refused without spending an Argon2 run or counting.
    if let Some(secs) = op.lockout.retry_after(now) {
        return Err(locked(secs, "locked"));
    }
    if !st.hasher.verify(password, op.password_hash.clone()).await? {
        return Err(
            match st.store.reserve_operator_attempt(&op.id, now).await? {
                Attempt::Locked {
                    retry_after_seconds,
                } => locked(retry_after_seconds, "locked"),
                Attempt::Allowed { .. } => {
                    tracing::info!(operator = %op.username, "operator login failed: wrong password");
                    AppError::OperatorInvalidCredentials
                }
            },
        );
    }
    if role.is_some_and(|r| r != op.role) {
        return Err(AppError::Forbidden {
            code: domain::api::ErrorCode::ForbiddenRole,
            message: crate::auth::FORBIDDEN_ROLE_MESSAGE,
        });
    }
    let token = random_hex::<32>();
    let commit = NewOperatorLogin {
        operator_id: op.id.clone(),
        verified_hash: op.password_hash.clone(),
        session_id: crate::secrets::session_key(&token),
        replaces: old_cookie.map(|old| crate::secrets::session_key(&old)),
        now,
    };
    match st.store.commit_operator_login(&commit).await? {
        LoginCommit::Committed => {}
        LoginCommit::Locked {
            retry_after_seconds,
        } => return Err(locked(retry_after_seconds, "locked meanwhile")),
        LoginCommit::Stale => {
            tracing::info!(operator = %op.username, "operator login refused: password changed meanwhile");
            return Err(AppError::OperatorInvalidCredentials);
        }
    }
    tracing::info!(operator = %op.username, role = %op.role, "operator login");
    Ok((op, token))
}
