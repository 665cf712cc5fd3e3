//! "Consultazione" on `/servizi` (PIN ordinario and up): the contributions
//! statement, the medical certificates and the payments, each a
//! [`TablePanel`] loaded on demand.
//!
//! The labels of certificates and payments are the catalog's for their codes
//! (`services.cert.kinds.*`, `services.pay.{kinds,methods,statuses}.*`), the
//! server's Italian label for a code this build does not know.
//!
//! Test ids: contrib-show, contrib-table; cert-show, cert-table, cert-empty;
//! pay-show, pay-table, pay-empty.

use domain::dispositivo::{ContributionStatement, MedicalCertificate, Payment};
use leptos::prelude::*;

use crate::api;
use crate::components::table_panel::{Column, Table, TablePanel};
use crate::format::{date, euro};
use crate::i18n::{t, t_or};

/// "Estratto conto contributivo": one row per year.
#[component]
pub fn Contributions() -> impl IntoView {
    fn table(s: ContributionStatement) -> Table {
        Table {
            caption: format!("{} — {}", t("services.contrib.title"), s.codice_fiscale),
            rows: s
                .years
                .into_iter()
                .map(|y| {
                    vec![
                        y.year.to_string(),
                        y.employer,
                        y.weeks.to_string(),
                        euro(y.taxable_pay),
                        euro(y.contributions),
                    ]
                })
                .collect(),
        }
    }
    view! {
        <TablePanel
            title=t("services.contrib.title")
            show=t("services.contrib.show")
            testid="contrib"
            columns=vec![
                Column::text(t("services.contrib.year")),
                Column::text(t("services.contrib.employer")),
                Column::number(t("services.contrib.weeks")),
                Column::number(t("services.contrib.pay")),
                Column::number(t("services.contrib.amount")),
            ]
            load=api::services::contributions
            table=table
        />
    }
}

/// "Certificati medici" of the last two years.
#[component]
pub fn Certificates() -> impl IntoView {
    fn table(list: Vec<MedicalCertificate>) -> Table {
        Table {
            caption: t("services.cert.title").to_string(),
            rows: list
                .into_iter()
                .map(|c| {
                    vec![
                        c.number,
                        date(c.issued_on),
                        format!("{} – {}", date(c.from), date(c.to)),
                        t_or(&format!("services.cert.kinds.{}", c.kind_code), &c.kind),
                        c.doctor,
                    ]
                })
                .collect(),
        }
    }
    view! {
        <TablePanel
            title=t("services.cert.title")
            show=t("services.cert.show")
            testid="cert"
            columns=vec![
                Column::text(t("services.cert.number")),
                Column::text(t("services.cert.issued")),
                Column::text(t("services.cert.period")),
                Column::text(t("services.cert.kind")),
                Column::text(t("services.cert.doctor")),
            ]
            empty=t("services.cert.none")
            load=api::services::certificates
            table=table
        />
    }
}

/// "Pagamenti": what INPS paid the citizen.
#[component]
pub fn Payments() -> impl IntoView {
    fn table(list: Vec<Payment>) -> Table {
        Table {
            caption: t("services.pay.title").to_string(),
            rows: list
                .into_iter()
                .map(|p| {
                    vec![
                        date(p.date),
                        t_or(
                            &format!("services.pay.kinds.{}", p.description_code),
                            &p.description,
                        ),
                        euro(p.amount),
                        t_or(
                            &format!("services.pay.methods.{}", p.method_code),
                            &p.method,
                        ),
                        t_or(
                            &format!("services.pay.statuses.{}", p.status_code),
                            &p.status,
                        ),
                    ]
                })
                .collect(),
        }
    }
    view! {
        <TablePanel
            title=t("services.pay.title")
            show=t("services.pay.show")
            testid="pay"
            columns=vec![
                Column::text(t("services.pay.date")),
                Column::text(t("services.pay.description")),
                Column::number(t("services.pay.amount")),
                Column::text(t("services.pay.method")),
                Column::text(t("services.pay.status")),
            ]
            empty=t("services.pay.none")
            load=api::services::payments
            table=table
        />
    }
}
