//! Pieces that several pages use: the shell, form fields and their errors,
//! alerts, the stepper, the consultation table panel. Route modules
//! (`pages::*`) never import each other; what two of them share lives here
//! (or in a crate-level module: `api`, `format`, `nav`, `sim`).
pub mod alert;
pub mod field;
pub mod form;
pub mod layout;
pub mod operator_console;
pub mod stepper;
pub mod table_panel;
pub mod world_banner;

/// Moves keyboard focus (and the screen reader) to the element with `id`.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The DOM id of the input bound to an API field path (`personal.surname` →
/// `f-personal-surname`).
pub fn field_dom_id(path: &str) -> String {
    format!("f-{}", path.replace(['.', '_'], "-"))
}
