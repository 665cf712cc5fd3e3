use leptos::prelude::*;

#[component]
pub fn MyInps() -> impl IntoView {
    view! { <p>"MyInps"</p> }
}
