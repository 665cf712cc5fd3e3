use leptos::prelude::*;

#[component]
pub fn Restore() -> impl IntoView {
    view! { <p>"Restore"</p> }
}
