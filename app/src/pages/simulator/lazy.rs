//! "Load it when the person gets near it": the inbox panels of `/simulatore`
//! are a lazy chunk of their own (issue 10: a cold load of the page fetches
//! only what the first screen shows), fetched when their placeholder comes
//! within a screen of the viewport or on the first interaction with the page,
//! whichever comes first. The interaction matters as much as the observer:
//! someone who starts with the clock is about to read an inbox, and loading
//! then hides the download behind the click.

use leptos::html::Section;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// Declared here rather than through web-sys features: the two methods and the
// one getter used are all the page needs.
#[wasm_bindgen]
extern "C" {
    type IntersectionObserver;

    #[wasm_bindgen(constructor, catch)]
    fn new(
        callback: &js_sys::Function,
        options: &js_sys::Object,
    ) -> Result<IntersectionObserver, JsValue>;

    #[wasm_bindgen(method)]
    fn observe(this: &IntersectionObserver, target: &web_sys::Element);

    #[wasm_bindgen(method)]
    fn disconnect(this: &IntersectionObserver);

    type IntersectionObserverEntry;

    #[wasm_bindgen(method, getter, js_name = isIntersecting)]
    fn is_intersecting(this: &IntersectionObserverEntry) -> bool;
}

/// What counts as a first interaction: pointer, keyboard, touch, wheel,
/// scroll, and focus moving into the page (a screen reader's browse mode
/// moves focus without any of the others).
const INTERACTIONS: [&str; 6] = [
    "pointerdown",
    "keydown",
    "touchstart",
    "wheel",
    "scroll",
    "focusin",
];

/// Runs `run` once, when `target` comes within about a screen of the
/// viewport or on the first interaction with the page, whichever first;
/// then stops watching. Leaving the page before either stops watching too
/// (and `run` never runs). Without IntersectionObserver `run` runs as soon as
/// `target` is mounted (the panels load as they did before they were lazy).
pub fn when_near_or_touched(target: NodeRef<Section>, run: impl FnOnce() + 'static) {
    // Local stored values: the cleanup below must reach them, and it has to
    // be `Send`, which an `Rc` or a JS object is not.
    let pending = StoredValue::new_local(Some(Box::new(run) as Box<dyn FnOnce()>));
    let listeners = StoredValue::new(Vec::<WindowListenerHandle>::new());
    let observer = StoredValue::new_local(None::<IntersectionObserver>);
    let stop = move || {
        listeners.update_value(|l| l.drain(..).for_each(WindowListenerHandle::remove));
        observer.update_value(|o| {
            if let Some(o) = o.take() {
                o.disconnect();
            }
        });
    };
    let fire = move || {
        if let Some(run) = pending.try_update_value(Option::take).flatten() {
            stop();
            run();
        }
    };

    listeners.set_value(
        INTERACTIONS
            .iter()
            .map(|name| window_event_listener_untyped(name, move |_| fire()))
            .collect(),
    );
    on_cleanup(move || {
        pending.set_value(None);
        stop();
    });

    target.on_load(move |el| {
        if pending.with_value(Option::is_none) {
            return;
        }
        let on_entries = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if entries.iter().any(|e| {
                e.unchecked_into::<IntersectionObserverEntry>()
                    .is_intersecting()
            }) {
                fire();
            }
        })
        .into_js_value();
        let options = js_sys::Object::new();
        // When the placeholder itself comes into view (no margin): a cold
        // load shows the clock and the citizens, and fetches no more (issue
        // 10's page budget); the chunk is one small download when it is
        // needed.
        let _ = js_sys::Reflect::set(&options, &"rootMargin".into(), &"0px".into());
        match IntersectionObserver::new(on_entries.unchecked_ref(), &options) {
            Ok(o) => {
                o.observe(&el);
                observer.set_value(Some(o));
            }
            Err(_) => fire(),
        }
    });
}
