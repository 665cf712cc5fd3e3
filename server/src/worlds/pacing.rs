//! Compressed time: a world whose `pace` is above 1 has its clock moved on
//! by `pace - 1` extra simulated seconds for every real second (its clock
//! already ticks in real time), e.g. 1440 for one simulated day per real
//! minute, as PagoPA's SEND test environment does. Manual pacing (`pace`
//! 1) leaves the clock to the buttons.
//!
//! Every process runs the ticker; each stretch of real time is claimed in
//! the world list (`claim_pace`) before it is applied, so with several
//! processes on one PostgreSQL it is applied once.

use std::time::Duration;

use chrono::Utc;

use super::Worlds;
use crate::clock::Clock;

/// How often compressed clocks move: small enough that a learner sees the
/// date run, large enough to cost nothing.
pub const TICK: Duration = Duration::from_secs(1);

/// The fastest pace accepted: one simulated week per real minute.
pub const MAX_PACE: i64 = 7 * 24 * 60;

/// Starts the ticker (with the server's runtime).
pub fn start(hub: Worlds) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(TICK);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            if let Err(e) = tick(&hub).await {
                tracing::warn!(error = %e, "compressed time not applied");
            }
        }
    });
}

/// Applies the compressed time elapsed since the last tick to every paced
/// world.
pub async fn tick(hub: &Worlds) -> Result<(), crate::BoxError> {
    let now = Utc::now().timestamp_millis();
    let list = hub.default_state().store.paced_worlds().await?;
    for row in list {
        let from = row.paced_at_ms.unwrap_or(now);
        if now <= from {
            continue;
        }
        if !hub
            .default_state()
            .store
            .claim_pace(&row.id, from, now)
            .await?
        {
            continue;
        }
        let extra = (now - from).saturating_mul(row.pace - 1);
        let world = hub.world_of(row).await?;
        let (min, max) = Clock::offset_bounds();
        match world
            .state
            .store
            .shift_clock_offset(extra, min, max)
            .await?
        {
            Some(moved) => world.state.clock.observe(moved),
            // The end of the simulated range: back to manual.
            None => {
                hub.set_pace(&world, 1, None).await?;
            }
        }
    }
    Ok(())
}
