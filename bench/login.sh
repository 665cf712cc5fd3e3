#!/usr/bin/env bash
# Login throughput with the production Argon2id parameters (OWASP 19 MiB, t=2,
# p=1): prints logins/s in total and per core. Goal: >= 30 logins/s per core.
#   BENCH_LOGINS=300 BENCH_CONCURRENCY=4 BENCH_CORES=2 bash bench/login.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/root/.cache/pin-inps/target}"
cargo run --quiet --release -p server --example bench_login
