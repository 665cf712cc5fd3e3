//! A consultation panel (`/servizi`: estratto conto, certificati medici,
//! pagamenti): a heading and a "Mostra ..." button that loads the data on
//! demand, then the table, an "empty" line, or the error. On narrow screens
//! the table stacks into "label: value" rows (`table.stack`, `data-label`).
//!
//! data-testid, for `testid` = `cert`: cert-show, cert-table, cert-empty;
//! the caption's id is `cert-caption`.

use std::future::Future;

use domain::api::ApiError;
use leptos::prelude::*;

/// A column: its header (also each cell's `data-label`) and whether it holds
/// numbers (right-aligned).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub label: &'static str,
    pub numeric: bool,
}

impl Column {
    pub fn text(label: &'static str) -> Self {
        Self {
            label,
            numeric: false,
        }
    }

    pub fn number(label: &'static str) -> Self {
        Self {
            label,
            numeric: true,
        }
    }
}

/// What a panel shows of the loaded data: one cell text per column, per row.
pub struct Table {
    pub caption: String,
    pub rows: Vec<Vec<String>>,
}

#[component]
pub fn TablePanel<T, Fut>(
    title: &'static str,
    /// The button's label.
    show: &'static str,
    /// Prefix of the test ids and of the caption's id.
    testid: &'static str,
    columns: Vec<Column>,
    /// Shown instead of an empty table; `None` shows the table anyway.
    #[prop(optional)]
    empty: Option<&'static str>,
    load: fn() -> Fut,
    table: fn(T) -> Table,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let action = Action::new_local(move |_: &()| load());
    let caption_id = format!("{testid}-caption");
    let content = move || {
        action.value().get().map(|r| match r.map(table) {
            Ok(data) if data.rows.is_empty() && empty.is_some() => view! {
                <p data-testid=format!("{testid}-empty")>{empty}</p>
            }
            .into_any(),
            Ok(data) => {
                let head = columns
                    .iter()
                    .map(|c| view! { <th scope="col" class=c.numeric.then_some("num")>{c.label}</th> })
                    .collect_view();
                let rows = data
                    .rows
                    .into_iter()
                    .map(|cells| {
                        let cells = cells
                            .into_iter()
                            .zip(columns.iter())
                            .map(|(text, c)| view! {
                                <td class=c.numeric.then_some("num") data-label=c.label>{text}</td>
                            })
                            .collect_view();
                        view! { <tr>{cells}</tr> }
                    })
                    .collect_view();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby=caption_id.clone()>
                        <table class="table stack" data-testid=format!("{testid}-table")>
                            <caption id=caption_id.clone()>{data.caption}</caption>
                            <thead><tr>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
            Err(e) => view! { <p class="alert alert-danger" role="alert">{e.message}</p> }.into_any(),
        })
    };
    view! {
        <h3>{title}</h3>
        <button type="button" class="btn btn-outline-primary" data-testid=format!("{testid}-show")
            on:click=move |_| { action.dispatch(()); }>
            {show}
        </button>
        {content}
    }
}
