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
use domain::dispositivo::{Application, ApplicationStatus, ServicesOverview};
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
    let services = o
        .services
        .iter()
        .map(|s| {
            let allowed = s.allowed;
            let note = if allowed {
                t("services.open")
            } else if s.min_level == Level::L2 {
                t("services.locked_l2")
            } else {
                t("services.locked_l1")
            };
            view! {
                <li data-testid=format!("service-{}", s.id) data-allowed=allowed.to_string()
                    class=if allowed { "svc open" } else { "svc locked" }>
                    <span class="svc-title">{t_or(&format!("services.svc.{}", s.id), &s.title)}</span>
                    <span class="svc-note">{note}</span>
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
            {(level == Level::L1).then(|| view! {
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
