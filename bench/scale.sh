#!/usr/bin/env bash
# Scale benchmark (issues 10 and 11): for each database and registry size,
# seeds a fresh database with `server seed` (N citizens, every one with a
# PIN and one e-mail in the simulator; prints the rate), starts the release
# server on it and measures, one request at a time, login latency p50/p99
# (known codice fiscale with the right PIN, with a wrong PIN, unknown codice
# fiscale, and the unknown − known difference) and GET /api/v1/sim/messages
# latency p50/p99 (server/examples/bench_scale.rs). Ends with one table.
# Fails when an unknown codice fiscale answers distinguishably slower or
# faster than a known one (see bench_scale.rs for the bound).
#
#   BENCH_SCALE_N="1000 1000000"       registry sizes
#   BENCH_SCALE_DBS="sqlite postgres"  databases (PostgreSQL: a throwaway
#                                      cluster from scripts/lib/postgres.sh)
#   BENCH_LOGINS=200 BENCH_READS=2000  samples per kind
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
source "$ROOT/scripts/lib/postgres.sh"
cd "$ROOT"
apt_install curl

sizes=${BENCH_SCALE_N:-"1000 1000000"}
dbs=${BENCH_SCALE_DBS:-"sqlite postgres"}
work=$(mktemp -d /tmp/pin-inps-scale.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  stop_test_postgres
  rm -rf "$work"
}
trap cleanup EXIT

log "building the release server and the benchmark client"
cargo build --quiet --release -p server --bin server --example bench_scale
bin="$CARGO_TARGET_DIR/release/server"
client="$CARGO_TARGET_DIR/release/examples/bench_scale"

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    port_is_free "$p" && { echo "$p"; return; }
  done
}

results="$work/results.txt"
seeds="$work/seeds.txt"
status=0
for db in $dbs; do
  if [ "$db" = postgres ] && [ -z "${PIN_INPS_TEST_POSTGRES:-}" ]; then
    start_test_postgres
  fi
  for n in $sizes; do
    case "$db" in
      sqlite) url="sqlite://$work/scale-$n.db" ;;
      postgres)
        name="pin_inps_scale_$n"
        psql -q "$PIN_INPS_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
        url="${PIN_INPS_TEST_POSTGRES%/*}/$name"
        ;;
      *) echo "unknown database $db" >&2; exit 2 ;;
    esac
    label="$db, $n"
    log "$label: seeding"
    line=$("$bin" seed --citizens "$n" --with-pins "$n" --database "$url" --uploads-dir "$work/uploads" 2>/dev/null)
    echo "$line"
    printf '%-22s %s\n' "$label" "$line" >>"$seeds"

    port=$(free_port)
    RUST_LOG=warn "$bin" serve --listen "127.0.0.1:$port" --database "$url" \
      --uploads-dir "$work/uploads" --seed-citizens 1 >"$work/server-$db-$n.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 600); do
      curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
      kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-$db-$n.log" >&2; exit 1; }
      sleep 0.1
    done
    log "$label: measuring"
    "$client" "http://127.0.0.1:$port" "$n" "$n" "$label" | tee -a "$results" || status=1
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    rm -f "$work"/scale-"$n".db*
  done
done

log "seeding"
cat "$seeds"
log "latency (one request at a time; Argon2id m=19456 KiB, t=2, p=1)"
head -n 1 "$results"
grep -v '^database, citizens' "$results" | grep -v 'unknown −\|FAIL' || true
log "unknown − known codice fiscale"
grep 'unknown −\|FAIL' "$results" || true
exit "$status"
