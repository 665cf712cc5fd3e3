//! PIN INPS single-page app (Leptos 0.8, client-side rendered).
mod api;
mod components;
mod format;
mod i18n;
mod nav;
mod pages;
mod sim;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute};

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
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home />
                    <Route path=path!("/richiedi-pin") view={Lazy::<lazy::request::Request>::new()} />
                    <Route path=path!("/accedi") view={Lazy::<lazy::login::Login>::new()} />
                    <Route path=path!("/myinps") view={Lazy::<lazy::my_inps::Home>::new()} />
                    <Route path=path!("/myinps/attivita") view={Lazy::<lazy::my_inps::Activity>::new()} />
                    <Route path=path!("/myinps/recapiti") view={Lazy::<lazy::my_inps::Contacts>::new()} />
                    <Route path=path!("/primo-accesso") view={Lazy::<lazy::lifecycle::FirstAccess>::new()} />
                    <Route path=path!("/verifica-recapiti") view={Lazy::<lazy::lifecycle::VerifyContacts>::new()} />
                    <Route path=path!("/informativa-privacy") view={Lazy::<lazy::lifecycle::PrivacyNotice>::new()} />
                    <Route path=path!("/cambia-pin") view={Lazy::<lazy::lifecycle::ChangePin>::new()} />
                    <Route path=path!("/attiva-pin") view={Lazy::<lazy::lifecycle::ActivatePin>::new()} />
                    <Route path=path!("/ripristina-pin") view={Lazy::<lazy::lifecycle::RestorePin>::new()} />
                    <Route path=path!("/revoca-pin") view={Lazy::<lazy::lifecycle::RevokePin>::new()} />
                    <Route path=path!("/servizi") view={Lazy::<lazy::services::Services>::new()} />
                    <Route path=path!("/converti-pin") view={Lazy::<lazy::convert::Convert>::new()} />
                    <Route path=path!("/simulatore") view={Lazy::<lazy::simulator::Simulator>::new()} />
                    <Route path=path!("/backoffice") view={Lazy::<lazy::backoffice::BackOffice>::new()} />
                    <Route path=path!("/contact-center") view={Lazy::<lazy::contact_center::Search>::new()} />
                    <Route path=path!("/contact-center/richiesta") view={Lazy::<lazy::contact_center::PhoneRequest>::new()} />
                    <Route path=path!("/contact-center/richiamate") view={Lazy::<lazy::contact_center::Callbacks>::new()} />
                    <Route path=path!("/contact-center/prima-parte") view={Lazy::<lazy::contact_center::Resend>::new()} />
                    <Route path=path!("/contact-center/assistenza") view={Lazy::<lazy::contact_center::SupportRequests>::new()} />
                    <Route path=path!("/sede") view={Lazy::<lazy::sede::IssuePin>::new()} />
                    <Route path=path!("/sede/conversione") view={Lazy::<lazy::sede::DeskConversion>::new()} />
                    <Route path=path!("/istruzioni-accesso") view={Lazy::<lazy::help::Instructions>::new()} />
                    <Route path=path!("/il-pin-online") view={Lazy::<lazy::help::PinOnline>::new()} />
                    <Route path=path!("/supporto-tecnico") view={Lazy::<lazy::help::Support>::new()} />
                    <Route path=path!("/in-deutscher-sprache") view={Lazy::<lazy::help::German>::new()} />
                    <Route path=path!("/gestisci-pin") view={Lazy::<lazy::help::Manage>::new()} />
                    <Route path=path!("/pin-smarrito") view={Lazy::<lazy::help::Lost>::new()} />
                    <Route path=path!("/assistente-virtuale") view={Lazy::<lazy::assistant::Assistant>::new()} />
                    <Route path=path!("/operatori/registro") view={Lazy::<lazy::contact_center::Audit>::new()} />
                    <Route path=path!("/formatore") view={Lazy::<lazy::trainer::Trainer>::new()} />
                    <Route path=path!("/mondo/:code") view={Lazy::<lazy::trainer::JoinWorld>::new()} />
                </Routes>
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
/// `group { ... }`) and route it with `view={Lazy::<lazy::group::Name>::new()}`.
/// Pages that are used together belong in one group: one group is one
/// download, while a page per group multiplies the small shared chunks.
mod lazy {
    use super::*;

    macro_rules! lazy_pages {
        ($($group:ident { $($route:ident => $page:path),* $(,)? })*) => {$(
            pub mod $group {
                use super::*;

                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                #[repr(u8)]
                enum Page { $($route),* }

                /// Everything reachable only from here lands in the group's chunk.
                #[leptos::lazy($group)]
                fn view(page: u8) -> AnyView {
                    // The group's Italian strings: referenced only from
                    // here, so they are in the group's chunk too.
                    crate::i18n::register_it(crate::i18n::it::$group());
                    $(
                        if page == Page::$route as u8 {
                            return $page().into_any();
                        }
                    )*
                    ().into_any()
                }

                $(
                    pub struct $route;

                    impl LazyRoute for $route {
                        fn data() -> Self {
                            $route
                        }

                        async fn view(_this: Self) -> AnyView {
                            view(Page::$route as u8).await
                        }

                        async fn preload() {
                            __preload_view().await
                        }
                    }
                )*
            }
        )*};
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
