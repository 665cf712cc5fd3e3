use leptos::prelude::*;

#[component]
pub fn Revoke() -> impl IntoView {
    view! { <p>"Revoke"</p> }
}
