use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    view! { <p>"Home"</p> }
}
