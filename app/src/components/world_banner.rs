//! The header's world banner: shown while the browser is in a simulation
//! world (it joined at `/mondo/{join_code}`): the world's name, its
//! simulated date and "Esci dal mondo". Refreshed with the simulated clock
//! (`sim::SimContext`), so a join or a clock move shows at once.
//!
//! data-testid: world-banner, world-name, world-date, world-leave,
//! world-ended.

use std::time::Duration;

use domain::api::{ErrorCode, WorldInfo};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::format::rome_datetime;
use crate::i18n::t;

/// What the banner knows of the browser's world.
#[derive(Clone, PartialEq)]
enum InWorld {
    None,
    World(WorldInfo),
    /// The cookie names a world that has ended.
    Ended,
}

#[component]
pub fn WorldBanner() -> impl IntoView {
    let sim = crate::sim::use_sim();
    let state = RwSignal::new(InWorld::None);
    // The first look-up waits for the page's first contentful paint (or
    // 3 s, should the browser never report one): the banner concerns only
    // a browser in a world, so it adds no request before every page's
    // first paint (issue 10, "Pages"). The cookie is HttpOnly, so the page
    // cannot tell beforehand whether it is in a world.
    let painted = RwSignal::new(false);
    after_first_paint(painted);
    set_timeout(move || painted.set(true), Duration::from_secs(3));
    Effect::new(move |_| {
        sim.refresh.track();
        if !painted.get() {
            return;
        }
        leptos::task::spawn_local(async move {
            let next = match crate::api::worlds::current().await {
                Ok(c) => c.world.map_or(InWorld::None, InWorld::World),
                Err(e) if e.code == ErrorCode::WorldNotFound => InWorld::Ended,
                // No simulation (or no server): no banner.
                Err(_) => InWorld::None,
            };
            if state.get_untracked() != next {
                state.set(next);
            }
        });
    });
    let leave = move |_| {
        leptos::task::spawn_local(async move {
            if crate::api::worlds::leave().await.is_ok() {
                // Everything on screen belonged to the world: start afresh.
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_href("/");
                }
            }
        });
    };
    view! {
        {move || match state.get() {
            InWorld::None => None,
            InWorld::World(w) => Some(view! {
                <div class="world-banner" role="region" aria-label=t("common.world.label") data-testid="world-banner">
                    <div class="container world-banner-content">
                        <span>{t("common.world.in")} " " <strong data-testid="world-name">{w.name.clone()}</strong></span>
                        <span>{t("common.world.date")} ": "
                            <time datetime=domain::datetime::instant(w.now) data-testid="world-date">{rome_datetime(w.now)}</time>
                        </span>
                        <button type="button" class="btn btn-sm btn-outline-light" data-testid="world-leave" on:click=leave>
                            {t("common.world.leave")}
                        </button>
                    </div>
                </div>
            }.into_any()),
            InWorld::Ended => Some(view! {
                <div class="world-banner" role="region" aria-label=t("common.world.label") data-testid="world-banner">
                    <div class="container world-banner-content">
                        <span data-testid="world-ended">{t("common.world.ended")}</span>
                        <button type="button" class="btn btn-sm btn-outline-light" data-testid="world-leave" on:click=leave>
                            {t("common.world.leave")}
                        </button>
                    </div>
                </div>
            }.into_any()),
        }}
    }
}

/// Sets `painted` once the browser has reported the first contentful paint
/// (checked at each animation frame).
fn after_first_paint(painted: RwSignal<bool>) {
    if painted.get_untracked() {
        return;
    }
    // performance.getEntriesByName("first-contentful-paint").length > 0
    // (through js_sys: no further web-sys bindings for one call).
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let seen = get(&js_sys::global(), "performance")
        .filter(|p| p.is_object())
        .and_then(|p| {
            let f: js_sys::Function = get(&p, "getEntriesByName")?.dyn_into().ok()?;
            let list = f
                .call1(&p, &JsValue::from_str("first-contentful-paint"))
                .ok()?;
            Some(js_sys::Array::from(&list).length() > 0)
        })
        // No Paint Timing API: nothing to wait for.
        .unwrap_or(true);
    if seen {
        painted.set(true);
    } else {
        request_animation_frame(move || after_first_paint(painted));
    }
}
