//! `/servizi` (SPEC §2): what the PIN level opens, the consultation tables
//! (L1 and up) and the citizen's applications (frozen at L1, protocolled at
//! L2, the 600 € indemnity from L0); `/converti-pin` (SPEC §4.8) in
//! [`convert`]. One lazily loaded chunk. Strings: `i18n/services.rs`
//! (`services.*`, `convert.*`); styles: `style/pages/services.css`.
//!
//! Test ids: services-level, services-way-up, service-<id> (data-allowed),
//! services-convert-link, services-conversion, services-frozen,
//! services-login; the consultation panels and the applications: see
//! [`consultation`] and [`applications`].

mod applications;
mod consultation;
pub mod convert;

use domain::api::{ApiError, Level};
use domain::dispositivo::{
    Application, ApplicationKind, ApplicationStatus, ConversionStatus, ServicesOverview,
};
use leptos::prelude::*;

use crate::api;
use crate::i18n::{t, t_or};
use applications::Applications;

#[component]
pub fn Services() -> impl IntoView {
    let overview = LocalResource::new(api::services::overview);
    let apps = LocalResource::new(api::services::applications);
    let content = move || {
        Some(match overview.get()? {
            Ok(o) => view! { <Overview o=o apps=apps /> }.into_any(),
            Err(e) => view! {
                <div class="alert alert-info" data-testid="services-login">
                    <p>{e.message}</p>
                    <p><a href="/accedi">{t("services.login")}</a></p>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="page page-services" aria-labelledby="services-title">
            <h1 id="services-title">{t("services.title")}</h1>
            <Suspense fallback=|| view! { <p>{t("common.loading_short")}</p> }>{content}</Suspense>
        </section>
    }
}

#[component]
fn Overview(
    o: ServicesOverview,
    apps: LocalResource<Result<Vec<Application>, ApiError>>,
) -> impl IntoView {
    let level = o.level;
    // A conversion sent or accepted: its state is shown instead of the way in.
    let conversion_state = o.conversion.as_ref().map(|c| c.status);
    let conversion_open = matches!(
        conversion_state,
        Some(ConversionStatus::InLavorazione | ConversionStatus::Approved)
    );
    let services = o
        .services
        .iter()
        .map(|s| {
            let allowed = s.allowed;
            let id = s.id.clone();
            let kind = ApplicationKind::parse(&s.id);
            let min_level = s.min_level;
            // An application service says what happens to an application:
            // the state of the one already sent, or that a new one would
            // wait for the PIN dispositivo (not "Disponibile" as a
            // consultation is).
            let note = move || -> (&'static str, &'static str) {
                if !allowed {
                    let key = if min_level == Level::L2 {
                        "services.locked_l2"
                    } else {
                        "services.locked_l1"
                    };
                    return (t(key), "svc locked");
                }
                if id == "converti_pin" {
                    match conversion_state {
                        Some(ConversionStatus::InLavorazione) => {
                            return (t("services.note.conversion_sent"), "svc waiting")
                        }
                        Some(ConversionStatus::Approved) => {
                            return (t("services.note.conversion_done"), "svc open")
                        }
                        _ => {}
                    }
                }
                let Some(kind) = kind else {
                    return (t("services.open"), "svc open");
                };
                let sent = apps.get().and_then(|r| r.ok()).and_then(|l| {
                    let mine: Vec<ApplicationStatus> =
                        l.iter().filter(|a| a.kind == kind).map(|a| a.status).collect();
                    if mine.contains(&ApplicationStatus::Frozen) {
                        Some(ApplicationStatus::Frozen)
                    } else {
                        mine.first().copied()
                    }
                });
                match sent {
                    Some(ApplicationStatus::Frozen) => (t("services.note.frozen"), "svc waiting"),
                    Some(ApplicationStatus::Protocolled) => (t("services.note.protocolled"), "svc open"),
                    None if !kind.protocolled_at(level) => (t("services.note.will_freeze"), "svc waiting"),
                    None => (t("services.open"), "svc open"),
                }
            };
            let note2 = note.clone();
            view! {
                <li data-testid=format!("service-{}", s.id) data-allowed=allowed.to_string()
                    class=move || note2().1>
                    <span class="svc-title">{t_or(&format!("services.svc.{}", s.id), &s.title)}</span>
                    <span class="svc-note" data-testid=format!("service-note-{}", s.id)>{move || note().0}</span>
                </li>
            }
        })
        .collect_view();
    let conversion = o.conversion.clone().map(|c| {
        view! {
            <p class="alert alert-info" data-testid="services-conversion">
                {t("services.conversion")} ": " <strong>{t_or(&format!("convert.status.{}", c.status.as_str()), &c.status_label)}</strong>
                {c.rejection_reason.clone().map(|r| format!(" — {r}"))}
            </p>
        }
    });
    view! {
        <div class="level-card">
            <p>{t("services.level")} ": " <strong data-testid="services-level">{match level {
                Level::L0 => t("services.level_label.l0"),
                Level::L1 => t("services.level_label.l1"),
                Level::L2 => t("services.level_label.l2"),
            }}</strong></p>
            {move || {
                // From the list, so that an application just sent counts at once.
                let frozen = apps
                    .get()
                    .and_then(|r| r.ok())
                    .map(|l| l.iter().filter(|a| a.status == ApplicationStatus::Frozen).count())
                    .unwrap_or(o.frozen_applications as usize);
                (frozen > 0).then(|| view! {
                    <p data-testid="services-frozen">{t("services.frozen")} ": " {frozen}</p>
                })
            }}
            {o.way_up.clone().map(|w| view! {
                <div>
                    <h2>{t("services.way_up")}</h2>
                    <p data-testid="services-way-up">{match level {
                        Level::L0 => t("services.way_up.l0").to_string(),
                        Level::L1 => t("services.way_up.l1").to_string(),
                        Level::L2 => w,
                    }}</p>
                </div>
            })}
            {(level == Level::L1 && !conversion_open).then(|| view! {
                <p><a class="btn btn-primary" href="/converti-pin" data-testid="services-convert-link">{t("services.convert")}</a></p>
            })}
            {conversion}
        </div>
        <h2>{t("services.opens")}</h2>
        <ul class="svc-list">{services}</ul>
        {(level >= Level::L1).then(|| view! {
            <h2>{t("services.consult.title")}</h2>
            <consultation::Contributions />
            <consultation::Certificates />
            <consultation::Payments />
        })}
        <Applications level=level apps=apps />
    }
}
