use leptos::prelude::*;

#[component]
pub fn Login() -> impl IntoView {
    view! { <p>"Login"</p> }
}
