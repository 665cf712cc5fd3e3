use leptos::prelude::*;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! { <main>{children()}</main> }
}
