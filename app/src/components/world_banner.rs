//! The header's world banner: shown while the browser is in a simulation
//! world (it joined at `/mondo/{join_code}`): the world's name, its
//! simulated date and "Esci dal mondo". Refreshed with the simulated clock
//! (`sim::SimContext`), so a join or a clock move shows at once.
//!
//! data-testid: world-banner, world-name, world-date, world-leave,
//! world-ended.

use domain::api::{ErrorCode, WorldInfo};
use leptos::prelude::*;

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
    Effect::new(move |_| {
        sim.refresh.track();
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
                            <time datetime=w.now.to_rfc3339() data-testid="world-date">{rome_datetime(w.now)}</time>
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
