//! `/servizi`: what the PIN level opens (SPEC §2), the contributions
//! statement (L1) and the citizen's applications (frozen at L1, protocolled
//! at L2, the 600 € indemnity from L0).
//!
//! Test ids: services-level, services-way-up, service-<id> (data-allowed),
//! services-convert-link, services-conversion, services-frozen, contrib-show,
//! contrib-table, cert-show, cert-table, cert-empty, pay-show, pay-table, pay-empty,
//! apps-list, app-<id>, app-status-<id>, app-protocol-<id>, app-receipt-<id>,
//! app-kind, app-field-<name>, app-submit, app-result, app-error,
//! field-error-data.<name>.

use std::collections::BTreeMap;

use domain::api::{ApiError, Level};
use domain::dispositivo::{
    validate_application, Application, ApplicationKind, ApplicationStatus, NewApplication,
    ServicesOverview,
};
use leptos::prelude::*;

use crate::api;
use crate::i18n::t;
use crate::sim::rome_time;

/// Today by the browser's clock (until the simulated clock has loaded).
pub fn browser_today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

#[component]
pub fn Services() -> impl IntoView {
    crate::pages::login::adopt_css("services", SERVICES_CSS);
    let overview = LocalResource::new(api::services);
    let apps = LocalResource::new(api::applications);
    let content = move || {
        Some(match overview.get()? {
            Ok(o) => view! { <Overview o=o apps=apps /> }.into_any(),
            Err(e) => view! {
                <div class="alert alert-info" data-testid="services-login">
                    <p>{e.message}</p>
                    <p><a href="/accedi">{t("disp.services.login")}</a></p>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="page page-services" aria-labelledby="services-title">
            <h1 id="services-title">{t("disp.services.title")}</h1>
            <Suspense fallback=|| view! { <p>{t("disp.services.loading")}</p> }>{content}</Suspense>
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
                t("disp.services.open")
            } else if s.min_level == Level::L2 {
                t("disp.services.locked_l2")
            } else {
                t("disp.services.locked_l1")
            };
            view! {
                <li data-testid=format!("service-{}", s.id) data-allowed=allowed.to_string()
                    class=if allowed { "svc open" } else { "svc locked" }>
                    <span class="svc-title">{s.title.clone()}</span>
                    <span class="svc-note">{note}</span>
                </li>
            }
        })
        .collect_view();
    let conversion = o.conversion.clone().map(|c| {
        view! {
            <p class="alert alert-info" data-testid="services-conversion">
                {t("disp.services.conversion")} ": " <strong>{c.status_label.clone()}</strong>
                {c.rejection_reason.clone().map(|r| format!(" — {r}"))}
            </p>
        }
    });
    view! {
        <div class="level-card">
            <p>{t("disp.services.level")} ": " <strong data-testid="services-level">{o.level_label.clone()}</strong></p>
            {move || {
                // From the list, so that an application just sent counts at once.
                let frozen = apps
                    .get()
                    .and_then(|r| r.ok())
                    .map(|l| l.iter().filter(|a| a.status == ApplicationStatus::Frozen).count())
                    .unwrap_or(o.frozen_applications as usize);
                (frozen > 0).then(|| view! {
                    <p data-testid="services-frozen">{t("disp.services.frozen")} ": " {frozen}</p>
                })
            }}
            {o.way_up.clone().map(|w| view! {
                <div>
                    <h2>{t("disp.services.way_up")}</h2>
                    <p data-testid="services-way-up">{w}</p>
                </div>
            })}
            {(level == Level::L1).then(|| view! {
                <p><a class="btn btn-primary" href="/converti-pin" data-testid="services-convert-link">{t("disp.services.convert")}</a></p>
            })}
            {conversion}
        </div>
        <h2>{t("disp.services.opens")}</h2>
        <ul class="svc-list">{services}</ul>
        {(level >= Level::L1).then(|| view! {
            <h2>{t("disp.consult.title")}</h2>
            <Contributions />
            <Certificates />
            <Payments />
        })}
        <Applications level=level apps=apps />
    }
}

#[component]
fn Contributions() -> impl IntoView {
    let load = Action::new_local(|_: &()| api::contributions());
    let table = move || {
        load.value().get().map(|r| match r {
            Ok(s) => view! {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="contrib-caption">
                    <table class="table stack" data-testid="contrib-table">
                        <caption id="contrib-caption">{t("disp.contrib.title")} " — " {s.codice_fiscale.clone()}</caption>
                        <thead><tr>
                            <th scope="col">{t("disp.contrib.year")}</th>
                            <th scope="col">{t("disp.contrib.employer")}</th>
                            <th scope="col" class="num">{t("disp.contrib.weeks")}</th>
                            <th scope="col" class="num">{t("disp.contrib.pay")}</th>
                            <th scope="col" class="num">{t("disp.contrib.amount")}</th>
                        </tr></thead>
                        <tbody>
                            {s.years.iter().map(|y| view! {
                                <tr>
                                    <td data-label=t("disp.contrib.year")>{y.year}</td>
                                    <td data-label=t("disp.contrib.employer")>{y.employer.clone()}</td>
                                    <td class="num" data-label=t("disp.contrib.weeks")>{y.weeks}</td>
                                    <td class="num" data-label=t("disp.contrib.pay")>{euro(y.taxable_pay)}</td>
                                    <td class="num" data-label=t("disp.contrib.amount")>{euro(y.contributions)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
            Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
        })
    };
    view! {
        <h3>{t("disp.contrib.title")}</h3>
        <button type="button" class="btn btn-outline-primary" data-testid="contrib-show"
            on:click=move |_| { load.dispatch(()); }>
            {t("disp.contrib.show")}
        </button>
        {table}
    }
}

/// Euro amount the Italian way: `1.234,56`.
fn euro(v: f64) -> String {
    let cents = (v * 100.0).round() as i64;
    let (int, dec) = (cents / 100, (cents % 100).abs());
    let digits = int.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    format!("{}{grouped},{dec:02}", if int < 0 { "-" } else { "" })
}

fn it_date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

#[component]
fn Certificates() -> impl IntoView {
    let load = Action::new_local(|_: &()| api::certificates());
    let table = move || {
        load.value().get().map(|r| match r {
            Ok(list) if list.is_empty() => {
                view! { <p data-testid="cert-empty">{t("disp.cert.none")}</p> }.into_any()
            }
            Ok(list) => view! {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="cert-caption">
                    <table class="table stack" data-testid="cert-table">
                        <caption id="cert-caption">{t("disp.cert.title")}</caption>
                        <thead><tr>
                            <th scope="col">{t("disp.cert.number")}</th>
                            <th scope="col">{t("disp.cert.issued")}</th>
                            <th scope="col">{t("disp.cert.period")}</th>
                            <th scope="col">{t("disp.cert.kind")}</th>
                            <th scope="col">{t("disp.cert.doctor")}</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|c| view! {
                                <tr>
                                    <td data-label=t("disp.cert.number")>{c.number}</td>
                                    <td data-label=t("disp.cert.issued")>{it_date(c.issued_on)}</td>
                                    <td data-label=t("disp.cert.period")>{format!("{} – {}", it_date(c.from), it_date(c.to))}</td>
                                    <td data-label=t("disp.cert.kind")>{c.kind}</td>
                                    <td data-label=t("disp.cert.doctor")>{c.doctor}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
            Err(e) => {
                view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any()
            }
        })
    };
    view! {
        <h3>{t("disp.cert.title")}</h3>
        <button type="button" class="btn btn-outline-primary" data-testid="cert-show"
            on:click=move |_| { load.dispatch(()); }>
            {t("disp.cert.show")}
        </button>
        {table}
    }
}

#[component]
fn Payments() -> impl IntoView {
    let load = Action::new_local(|_: &()| api::payments());
    let table = move || {
        load.value().get().map(|r| match r {
            Ok(list) if list.is_empty() => {
                view! { <p data-testid="pay-empty">{t("disp.pay.none")}</p> }.into_any()
            }
            Ok(list) => view! {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pay-caption">
                    <table class="table stack" data-testid="pay-table">
                        <caption id="pay-caption">{t("disp.pay.title")}</caption>
                        <thead><tr>
                            <th scope="col">{t("disp.pay.date")}</th>
                            <th scope="col">{t("disp.pay.description")}</th>
                            <th scope="col" class="num">{t("disp.pay.amount")}</th>
                            <th scope="col">{t("disp.pay.method")}</th>
                            <th scope="col">{t("disp.pay.status")}</th>
                        </tr></thead>
                        <tbody>
                            {list.into_iter().map(|p| view! {
                                <tr>
                                    <td data-label=t("disp.pay.date")>{it_date(p.date)}</td>
                                    <td data-label=t("disp.pay.description")>{p.description}</td>
                                    <td class="num" data-label=t("disp.pay.amount")>{euro(p.amount)}</td>
                                    <td data-label=t("disp.pay.method")>{p.method}</td>
                                    <td data-label=t("disp.pay.status")>{p.status}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any(),
            Err(e) => {
                view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any()
            }
        })
    };
    view! {
        <h3>{t("disp.pay.title")}</h3>
        <button type="button" class="btn btn-outline-primary" data-testid="pay-show"
            on:click=move |_| { load.dispatch(()); }>
            {t("disp.pay.show")}
        </button>
        {table}
    }
}

fn field_label(name: &str) -> &'static str {
    match name {
        "category" => t("disp.f.category"),
        "iban" => t("disp.f.iban"),
        "last_employer" => t("disp.f.last_employer"),
        "termination_date" => t("disp.f.termination_date"),
        "child_codice_fiscale" => t("disp.f.child_codice_fiscale"),
        "child_birth_date" => t("disp.f.child_birth_date"),
        "period" => t("disp.f.period"),
        "household_members" => t("disp.f.household_members"),
        _ => t("disp.f.household_income"),
    }
}

#[component]
fn Applications(
    level: Level,
    apps: LocalResource<Result<Vec<Application>, ApiError>>,
) -> impl IntoView {
    let kinds: Vec<ApplicationKind> = ApplicationKind::ALL
        .into_iter()
        .filter(|k| level >= k.min_level())
        .collect();
    let sim = crate::sim::use_sim();
    let kind = RwSignal::new(String::new());
    let data = RwSignal::new(BTreeMap::<String, String>::new());
    let errors = RwSignal::new(BTreeMap::<String, String>::new());
    let send = Action::new_local(|body: &NewApplication| {
        let body = body.clone();
        async move { api::submit_application(&body).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = send.value().get() {
            // Sent: the form is cleared so that the same application is not
            // sent twice by mistake; the outcome stays below it.
            kind.set(String::new());
            data.set(BTreeMap::new());
            apps.refetch();
        }
        if let Some(Err(e)) = send.value().get() {
            errors.set(
                e.fields
                    .iter()
                    .map(|f| (f.field.clone(), f.message.clone()))
                    .collect(),
            );
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(k) = ApplicationKind::parse(&kind.get_untracked()) else {
            return;
        };
        let d = data.get_untracked();
        let today = sim
            .today()
            .unwrap_or_else(crate::pages::services::browser_today);
        let errs = validate_application(k, &d, today);
        errors.set(
            errs.iter()
                .map(|f| (f.field.clone(), f.message.clone()))
                .collect(),
        );
        if let Some(first) = errs.first() {
            crate::components::focus_id(&format!(
                "app-f-{}",
                first.field.trim_start_matches("data.")
            ));
        } else {
            send.dispatch(NewApplication {
                kind: k.slug().into(),
                data: d,
            });
        }
    };
    let fields = move || {
        ApplicationKind::parse(&kind.get()).map(|k| {
            k.fields()
                .iter()
                .map(|name| {
                    let name: &'static str = name;
                    let path = format!("data.{name}");
                    let id = format!("app-f-{name}");
                    let err_path = path.clone();
                    let err = move || errors.with(|e| e.get(&err_path).cloned());
                    let err2 = err.clone();
                    let err3 = err.clone();
                    let err4 = err.clone();
                    view! {
                        <div class="field" class:has-error=move || err2().is_some()>
                            <label for=id.clone()>{field_label(name)}</label>
                            {if name == "category" || name == "period" {
                                let options: Vec<(&'static str, &'static str)> = if name == "category" {
                                    domain::dispositivo::COVID_CATEGORIES.to_vec()
                                } else {
                                    domain::dispositivo::ANF_PERIODS.iter().map(|p| (*p, *p)).collect()
                                };
                                view! {
                                    <select id=id.clone() class="form-control" data-testid=format!("app-field-{name}")
                                        aria-invalid=move || if err3().is_some() { "true" } else { "false" }
                                        aria-describedby=move || err4().map(|_| format!("app-err-{name}"))
                                        prop:value=move || data.with(|d| d.get(name).cloned().unwrap_or_default())
                                        on:change=move |ev| { let v = event_target_value(&ev); data.update(|d| { d.insert(name.into(), v); }); }>
                                        <option value="">{t("disp.apps.choose")}</option>
                                        {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                                    </select>
                                }.into_any()
                            } else {
                                view! {
                                    <input id=id.clone() class="form-control" type="text" data-testid=format!("app-field-{name}")
                                        aria-invalid=move || if err3().is_some() { "true" } else { "false" }
                                        aria-describedby=move || err4().map(|_| format!("app-err-{name}"))
                                        prop:value=move || data.with(|d| d.get(name).cloned().unwrap_or_default())
                                        on:input=move |ev| { let v = event_target_value(&ev); data.update(|d| { d.insert(name.into(), v); }); } />
                                }.into_any()
                            }}
                            {move || err().map(|m| view! { <span class="field-error" id=format!("app-err-{name}") data-testid=format!("field-error-{path}")>{m}</span> })}
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let result = move || {
        send.value().get().map(|r| match r {
            Ok(a) => view! {
                <p class="alert alert-success" role="status" data-testid="app-result">
                    {if a.status == ApplicationStatus::Frozen { t("disp.apps.sent_frozen") } else { t("disp.apps.sent_protocol") }}
                    {a.protocol_number.clone().map(|p| format!(" {} {p}", t("disp.apps.protocol")))}
                </p>
            }
            .into_any(),
            Err(e) => view! { <p class="alert alert-danger" role="alert" data-testid="app-error">{e.message}</p> }.into_any(),
        })
    };
    let list = move || {
        apps.get().map(|r| match r {
            Ok(list) if list.is_empty() => view! { <p data-testid="apps-empty">{t("disp.apps.none")}</p> }.into_any(),
            Ok(list) => view! {
                <ul class="apps" data-testid="apps-list">
                    {list.into_iter().map(|a| {
                        let id = a.id.clone();
                        view! {
                            <li data-testid=format!("app-{id}") class="app-item">
                                <strong>{a.title.clone()}</strong>
                                <span data-testid=format!("app-status-{id}") class=if a.status == ApplicationStatus::Frozen { "badge frozen" } else { "badge ok" }>{a.status_label.clone()}</span>
                                <span>{t("disp.apps.submitted")} " " {rome_time(a.submitted_at).format("%d/%m/%Y %H:%M").to_string()}</span>
                                {a.protocol_number.clone().map(|p| view! { <span data-testid=format!("app-protocol-{id}")>{t("disp.apps.protocol")} " " {p}</span> })}
                                {a.receipt_url.clone().map(|u| view! { <a href=u target="_blank" rel="noopener" data-testid=format!("app-receipt-{id}")>{t("disp.apps.receipt")}</a> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
        })
    };
    view! {
        <h2>{t("disp.apps.title")}</h2>
        <Suspense fallback=|| ()>{list}</Suspense>
        <h2>{t("disp.apps.new")}</h2>
        {(level == Level::L1).then(|| view! { <p class="hint" data-testid="apps-frozen-note">{t("disp.apps.frozen_note")}</p> })}
        <form on:submit=on_submit novalidate data-testid="app-form">
            <div class="field">
                <label for="app-kind">{t("disp.apps.kind")}</label>
                <select id="app-kind" class="form-control" data-testid="app-kind"
                    prop:value=move || kind.get()
                    on:change=move |ev| { kind.set(event_target_value(&ev)); errors.set(BTreeMap::new()); }>
                    <option value="">{t("disp.apps.choose")}</option>
                    {kinds.iter().map(|k| view! { <option value=k.slug()>{k.title()}</option> }).collect_view()}
                </select>
            </div>
            {fields}
            <button type="submit" class="btn btn-primary" data-testid="app-submit"
                disabled=move || kind.get().is_empty() || send.pending().get()>
                {t("disp.apps.submit")}
            </button>
        </form>
        {result}
    }
}

pub const SERVICES_CSS: &str = "
.page-services .level-card{max-width:48rem;padding:1rem 1.25rem;border:1px solid #c5c7c9;border-left:6px solid #0066cc;border-radius:4px;background:#fff;margin-bottom:1rem}
.page-services .svc-list{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.5rem}
.page-services .svc{padding:.6rem .8rem;border:1px solid #c5c7c9;border-radius:4px;display:flex;flex-direction:column}
.page-services .svc.open{border-left:5px solid #008055}
.page-services .svc.locked{border-left:5px solid #a66300;background:#f6f6f6}
.page-services .svc-note{font-size:.9rem;color:#3b4754}
.page-services .table-wrap{overflow-x:auto}
.page-services td.num,.page-services th.num{text-align:right;white-space:nowrap}
@media (max-width:40rem){
.page-services table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.page-services table.stack tr{display:block;padding:.5rem 0;border-bottom:1px solid #c5c7c9}
.page-services table.stack td{display:grid;grid-template-columns:9.5rem 1fr;gap:.5rem;padding:.15rem 0;border:0;text-align:left}
.page-services table.stack td::before{content:attr(data-label);font-weight:600;color:#3b4754}
.page-services table.stack td.num{white-space:normal}
.page-services table.stack caption{text-align:left}
}
.page-services .apps{list-style:none;padding:0}
.page-services .app-item{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.6rem 0;border-bottom:1px solid #dde}
.page-services .badge{padding:.1rem .5rem;border-radius:3px;font-weight:600}
.page-services .badge.frozen{background:#fff3cd;color:#5c3c00}
.page-services .badge.ok{background:#d8f0e3;color:#00502f}
.page-services .field-error{display:block;color:#a5001b;font-weight:600}
.page-services .field{margin-bottom:.75rem;max-width:32rem}
.page-services .field label{display:block;font-weight:600}
.page-services .conv-back-link{margin-top:1.5rem}
";
