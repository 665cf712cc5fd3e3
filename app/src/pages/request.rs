use leptos::prelude::*;

#[component]
pub fn Request() -> impl IntoView {
    view! { <p>"Request"</p> }
}
