use leptos::prelude::*;

#[component]
pub fn Simulator() -> impl IntoView {
    view! { <p>"Simulator"</p> }
}
