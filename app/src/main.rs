//! PIN INPS single-page app (Leptos 0.8, client-side rendered).
mod api;
mod components;
mod i18n;
mod pages;
mod sim;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <components::layout::Layout>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home />
                    // request procedure (helper: request)
                    <Route path=path!("/richiedi-pin") view=pages::request::Request />
                    // login / first access / MyINPS / simulator (helper: access)
                    <Route path=path!("/accedi") view=pages::login::Login />
                    <Route path=path!("/primo-accesso") view=pages::first_access::FirstAccess />
                    <Route path=path!("/myinps") view=pages::my_inps::MyInps />
                    <Route path=path!("/simulatore") view=pages::simulator::Simulator />
                    // credential lifecycle (issue 4)
                    <Route path=path!("/ripristina-pin") view=pages::lifecycle::RestorePin />
                    <Route path=path!("/revoca-pin") view=pages::lifecycle::RevokePin />
                    <Route path=path!("/attiva-pin") view=pages::lifecycle::ActivatePin />
                    <Route path=path!("/cambia-pin") view=pages::lifecycle::ChangePin />
                    <Route path=path!("/verifica-recapiti") view=pages::lifecycle::VerifyContacts />
                    <Route path=path!("/informativa-privacy") view=pages::lifecycle::PrivacyNotice />
                    <Route path=path!("/myinps/attivita") view=pages::lifecycle::Activity />
                    <Route path=path!("/myinps/recapiti") view=pages::lifecycle::MyContacts />
                    // PIN levels, applications, dispositivo, back office (issue 5)
                    <Route path=path!("/servizi") view=pages::services::Services />
                    <Route path=path!("/converti-pin") view=pages::dispositivo::Convert />
                    <Route path=path!("/backoffice") view=pages::backoffice::BackOffice />
                </Routes>
            </components::layout::Layout>
        </Router>
    }
}
