use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <p>"NotFound"</p> }
}
