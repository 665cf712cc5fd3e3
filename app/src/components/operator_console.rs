//! The frame every operator console shares (contact center, sede): the
//! operator's session read once, the heading, who is logged in, the tabs of
//! the console, then the page — or, without a session, the link to the
//! operators' login (`/backoffice`), and for an operator of another role a
//! refusal. Each console passes its own texts, tabs and test-id prefix
//! (`<prefix>-operator`, `<prefix>-login-needed`, `<prefix>-forbidden`,
//! `<prefix>-nav-<page>`) and keeps its page class for its styles.

use leptos::prelude::*;

use crate::api;
use crate::i18n::t;

/// The catalog keys of a console's frame.
#[derive(Clone, Copy)]
pub struct ConsoleTexts {
    pub loading: &'static str,
    pub intro: &'static str,
    /// The tabs' accessible name.
    pub nav: &'static str,
    pub forbidden: &'static str,
    pub login_needed: &'static str,
    pub login_link: &'static str,
}

/// One tab: (id, path, label key).
pub type ConsoleTab = (&'static str, &'static str, &'static str);

/// An operator console page. `role` is the console's own role: its
/// operators see every tab; with `any_role` (a page every operator may use,
/// such as the audit) operators of other roles see the page and only the
/// tabs listed in `shared_tabs`.
#[component]
pub fn OperatorConsole(
    /// Test-id prefix (`cc`, `sede`); also `<prefix>-operator` and
    /// `<prefix>-tabs` classes.
    prefix: &'static str,
    /// The section's class (`page-contact-center`, `page-sede`).
    page_class: &'static str,
    /// Catalog key of the heading.
    title: &'static str,
    role: &'static str,
    texts: ConsoleTexts,
    tabs: &'static [ConsoleTab],
    /// The tab of this page.
    active: &'static str,
    #[prop(optional)] any_role: bool,
    #[prop(optional)] shared_tabs: &'static [&'static str],
    children: ChildrenFn,
) -> impl IntoView {
    let who = LocalResource::new(api::backoffice::me);
    let children = StoredValue::new(children);
    let labelled_by = format!("{prefix}-title");
    let title_id = labelled_by.clone();
    view! {
        <section class=format!("page {page_class}") aria-labelledby=labelled_by>
            <h1 id=title_id>{t(title)}</h1>
            <Suspense fallback=move || view! { <p>{t(texts.loading)}</p> }>
                {move || who.get().map(|r| match r {
                    Ok(op) if any_role || op.role == role => {
                        let own = op.role == role;
                        view! {
                            <p class=format!("{prefix}-operator")>
                                {t(texts.intro)} " "
                                <strong data-testid=format!("{prefix}-operator")>{op.display_name.clone()}</strong>
                            </p>
                            <nav aria-label=t(texts.nav)>
                                <ul class=format!("{prefix}-tabs")>
                                    {tabs.iter().filter(|(id, _, _)| own || shared_tabs.contains(id)).map(|(id, path, label)| {
                                        let current = (*id == active).then_some("page");
                                        view! {
                                            <li><a href=*path aria-current=current data-testid=format!("{prefix}-nav-{id}")>{t(label)}</a></li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </nav>
                            {children.with_value(|c| c())}
                        }
                        .into_any()
                    }
                    Ok(_) => view! {
                        <p class="alert alert-warning" role="alert" data-testid=format!("{prefix}-forbidden")>{t(texts.forbidden)}</p>
                    }
                    .into_any(),
                    Err(_) => view! {
                        <p class="alert alert-info" data-testid=format!("{prefix}-login-needed")>
                            {t(texts.login_needed)} " "
                            <a href="/backoffice">{t(texts.login_link)}</a>
                        </p>
                    }
                    .into_any(),
                })}
            </Suspense>
        </section>
    }
}
