#!/usr/bin/env bash
# Install what is missing, build, and run PIN INPS at http://127.0.0.1:3000
# on an SQLite file (./data/pin-inps.db, created on first start).
# Extra arguments go to `server serve` (e.g. --listen 0.0.0.0:8080).
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$ROOT"
ensure_rust_wasm
build_app
log "building the server"
cargo build --release -p server
exec "$CARGO_TARGET_DIR/release/server" serve --static-dir "$ROOT/dist" "$@"
