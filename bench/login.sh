#!/usr/bin/env bash
# Login cost against raw Argon2id (OWASP 19 MiB, t=2, p=1), in one run: raw
# verifications/s on all cores (same crate and parameters), logins/s through
# the real server (a separate release process) with `cores` and 16 clients,
# the ratio, p50/p99 at 16 clients against mean service time x queue depth,
# RSS idle, peak during the burst and after it.
# Goals: ratio >= 0.85; RSS <= 150 MB during the burst; idle <= 30 MB.
#   BENCH_ROUNDS=3 BENCH_SECONDS=3 BENCH_BURST=16 bash bench/login.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/pin-inps/target}"
cargo build --quiet --release -p server --bin server --example bench_login
BENCH_SERVER="$CARGO_TARGET_DIR/release/server" "$CARGO_TARGET_DIR/release/examples/bench_login"
