//! PIN INPS single-page app (Leptos 0.8, client-side rendered).
mod api;
mod components;
mod format;
mod i18n;
mod nav;
mod pages;
mod sim;

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::{path, ChooseView};

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(Root);
}

/// Mounts the app once the chosen language's catalog is at hand (German
/// and English are lazy chunks; Italian is in the main module).
#[component]
fn Root() -> impl IntoView {
    let ready = RwSignal::new(i18n::is_loaded());
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            i18n::load().await;
            ready.set(true);
        });
    }
    move || ready.get().then(|| view! { <App /> })
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <components::layout::Layout>
                <FlatRoutes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home />
                    <Route path=path!("/richiedi-pin") view=lazy::request::Request />
                    <Route path=path!("/accedi") view=lazy::login::Login />
                    <Route path=path!("/myinps") view=lazy::my_inps::Home />
                    <Route path=path!("/myinps/attivita") view=lazy::my_inps::Activity />
                    <Route path=path!("/myinps/recapiti") view=lazy::my_inps::Contacts />
                    <Route path=path!("/primo-accesso") view=lazy::lifecycle::FirstAccess />
                    <Route path=path!("/verifica-recapiti") view=lazy::lifecycle::VerifyContacts />
                    <Route path=path!("/informativa-privacy") view=lazy::lifecycle::PrivacyNotice />
                    <Route path=path!("/cambia-pin") view=lazy::lifecycle::ChangePin />
                    <Route path=path!("/attiva-pin") view=lazy::lifecycle::ActivatePin />
                    <Route path=path!("/ripristina-pin") view=lazy::lifecycle::RestorePin />
                    <Route path=path!("/revoca-pin") view=lazy::lifecycle::RevokePin />
                    <Route path=path!("/servizi") view=lazy::services::Services />
                    <Route path=path!("/converti-pin") view=lazy::convert::Convert />
                    <Route path=path!("/simulatore") view=lazy::simulator::Simulator />
                    <Route path=path!("/backoffice") view=lazy::backoffice::BackOffice />
                    <Route path=path!("/contact-center") view=lazy::contact_center::Search />
                    <Route path=path!("/contact-center/richiesta") view=lazy::contact_center::PhoneRequest />
                    <Route path=path!("/contact-center/richiamate") view=lazy::contact_center::Callbacks />
                    <Route path=path!("/contact-center/prima-parte") view=lazy::contact_center::Resend />
                    <Route path=path!("/contact-center/assistenza") view=lazy::contact_center::SupportRequests />
                    <Route path=path!("/sede") view=lazy::sede::IssuePin />
                    <Route path=path!("/sede/conversione") view=lazy::sede::DeskConversion />
                    <Route path=path!("/istruzioni-accesso") view=lazy::help::Instructions />
                    <Route path=path!("/il-pin-online") view=lazy::help::PinOnline />
                    <Route path=path!("/supporto-tecnico") view=lazy::help::Support />
                    <Route path=path!("/in-deutscher-sprache") view=lazy::help::German />
                    <Route path=path!("/gestisci-pin") view=lazy::help::Manage />
                    <Route path=path!("/pin-smarrito") view=lazy::help::Lost />
                    <Route path=path!("/assistente-virtuale") view=lazy::assistant::Assistant />
                    <Route path=path!("/operatori/registro") view=lazy::contact_center::Audit />
                    <Route path=path!("/formatore") view=lazy::trainer::Trainer />
                    <Route path=path!("/mondo/:code") view=lazy::trainer::JoinWorld />
                </FlatRoutes>
            </components::layout::Layout>
        </Router>
    }
}

/// Lazy-loaded pages. Each group is one procedure, named as its module in
/// `pages`, its API calls in `api`, its strings in `i18n` and its styles in
/// `style/pages/`. The code of each group below is split out of the main wasm
/// by the post-link step of scripts/build-app.sh (wasm-split) into its own
/// file (`split_<group>.wasm`), fetched on the first navigation to one of the
/// group's routes; code that several groups use goes to shared chunks. The
/// main wasm keeps the shell (layout, router, home, not-found).
///
/// A new page: add `Name => pages::module::Name,` to a group (or a new
/// `group { ... }`) and route it with `view=lazy::group::Name`.
/// Pages that are used together belong in one group: one group is one
/// download, while a page per group multiplies the small shared chunks.
mod lazy {
    use super::*;

    macro_rules! lazy_pages {
        ($($group:ident { $($route:ident => $page:path),* $(,)? })*) => {
            /// The lazy groups.
            #[allow(non_camel_case_types)]
            #[derive(Clone, Copy)]
            pub enum Group { $($group),* }

            /// A lazy page: its group, and its number in the group. Every
            /// lazy route has this one view type, so the router's code that
            /// chooses and preloads a view is compiled once, not once per
            /// route (with a `Lazy<T>` per page it was about 10 KB of the
            /// main module).
            #[derive(Clone, Copy)]
            pub struct Page(Group, u8);

            impl ChooseView for Page {
                async fn choose(self) -> AnyView {
                    match self.0 {
                        $(Group::$group => $group::view(self.1).await,)*
                    }
                }

                async fn preload(&self) {
                    match self.0 {
                        $(Group::$group => $group::__preload_view().await,)*
                    }
                }
            }

            $(
            pub mod $group {
                use super::*;

                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                #[repr(u8)]
                enum Pages { $($route),* }

                /// Everything reachable only from here lands in the group's chunk.
                #[leptos::lazy($group)]
                pub(super) fn view(page: u8) -> AnyView {
                    // The group's Italian strings: referenced only from
                    // here, so they are in the group's chunk too.
                    crate::i18n::register_it(crate::i18n::it::$group());
                    $(
                        if page == Pages::$route as u8 {
                            return $page().into_any();
                        }
                    )*
                    ().into_any()
                }

                $(
                    #[allow(non_upper_case_globals)]
                    pub const $route: Page = Page(Group::$group, Pages::$route as u8);
                )*
            }
            )*
        };
    }

    lazy_pages! {
        request {
            Request => pages::request::Request,
        }
        // The login page alone: `/accedi` is an entry route, and its
        // bundle then holds none of the pages behind the login.
        login {
            Login => pages::my_inps::login::Login,
        }
        my_inps {
            Home => pages::my_inps::home::MyInps,
            Activity => pages::my_inps::activity::Activity,
            Contacts => pages::my_inps::contacts::MyContacts,
        }
        lifecycle {
            FirstAccess => pages::lifecycle::onboarding::FirstAccess,
            VerifyContacts => pages::lifecycle::onboarding::VerifyContacts,
            PrivacyNotice => pages::lifecycle::onboarding::PrivacyNotice,
            ChangePin => pages::lifecycle::change_pin::ChangePin,
            ActivatePin => pages::lifecycle::code_procedure::ActivatePin,
            RestorePin => pages::lifecycle::code_procedure::RestorePin,
            RevokePin => pages::lifecycle::code_procedure::RevokePin,
        }
        services {
            Services => pages::services::Services,
        }
        // `/converti-pin` is an entry route of its own (see `login`).
        convert {
            Convert => pages::services::convert::Convert,
        }
        simulator {
            Simulator => pages::simulator::Simulator,
        }
        backoffice {
            BackOffice => pages::backoffice::BackOffice,
        }
        contact_center {
            Search => pages::contact_center::search::Search,
            PhoneRequest => pages::contact_center::request::PhoneRequest,
            Callbacks => pages::contact_center::callbacks::Callbacks,
            Resend => pages::contact_center::resend::Resend,
            SupportRequests => pages::contact_center::support::SupportRequests,
            Audit => pages::contact_center::audit::Audit,
        }
        sede {
            IssuePin => pages::sede::issue::IssuePin,
            DeskConversion => pages::sede::convert::DeskConversion,
        }
        trainer {
            Trainer => pages::trainer::Trainer,
            JoinWorld => pages::trainer::join::JoinWorld,
        }
        help {
            Instructions => pages::help::instructions::Instructions,
            PinOnline => pages::help::pin_online::PinOnline,
            Support => pages::help::support::Support,
            German => pages::help::german::German,
            Manage => pages::help::manage::Manage,
            Lost => pages::help::lost::Lost,
        }
        // The FAQ in three languages and its matcher: only this page needs
        // them, so the other help pages do not download them.
        assistant {
            Assistant => pages::help::assistant::Assistant,
        }
    }
}
