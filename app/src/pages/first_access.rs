use leptos::prelude::*;

#[component]
pub fn FirstAccess() -> impl IntoView {
    view! { <p>"FirstAccess"</p> }
}
