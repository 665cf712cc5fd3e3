#!/usr/bin/env bash
# Worlds at scale (issue 12, "Load"): for each database, starts the release
# server, makes BENCH_WORLDS worlds of BENCH_CITIZENS citizens, each with a
# real PIN (request, both halves, first access, through the API), and
# measures login and GET /api/v1/sim/messages latency with the load spread
# over every world against the same load on one world, in the same run
# (server/examples/bench_worlds.rs). While it runs, samples the server's
# RSS and open files and, on PostgreSQL, the connections to its database
# (each world has a pool of its own). Ends with one table.
#
#   BENCH_WORLDS_DBS="sqlite postgres postgres-limit"
#                                        databases (PostgreSQL: a throwaway
#                                        cluster from scripts/lib/postgres.sh,
#                                        max_connections 400; postgres-limit:
#                                        the same, the server's role limited to
#                                        BENCH_PG_CONN_LIMIT=97 connections, as
#                                        a stock max_connections=100 leaves)
#   BENCH_WORLDS=200 BENCH_CITIZENS=20   worlds, citizens with a PIN in each
#                                        (postgres-limit: BENCH_LIMIT_CITIZENS=2)
#   BENCH_LOGINS=400 BENCH_READS=2000    one-at-a-time samples per way
#   BENCH_CLIENTS=16 BENCH_CONCURRENT_READS=8000 BENCH_CONCURRENT_LOGINS=320
#   BENCH_SPREAD_WORLDS=32                the spread way walks only the first
#                                        32 worlds (default: all of them)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
source "$ROOT/scripts/lib/postgres.sh"
cd "$ROOT"
apt_install curl

dbs=${BENCH_WORLDS_DBS:-"sqlite postgres postgres-limit"}
export BENCH_WORLDS="${BENCH_WORLDS:-200}" BENCH_CITIZENS="${BENCH_CITIZENS:-20}"
work=$(mktemp -d /tmp/pin-inps-worlds.XXXXXX)
server_pid=""
sampler_pid=""
cleanup() {
  if [ -n "$sampler_pid" ]; then kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; fi
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  stop_test_postgres
  rm -rf "$work"
}
trap cleanup EXIT

log "building the release server and the benchmark client"
cargo build --quiet --release -p server --bin server --example bench_worlds
# Copies, so that a rebuild during the run (it takes a while) does not
# change the server measured on the next database.
cp "$CARGO_TARGET_DIR/release/server" "$CARGO_TARGET_DIR/release/examples/bench_worlds" "$work/"
bin="$work/server"
client="$work/bench_worlds"

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    port_is_free "$p" && { echo "$p"; return; }
  done
}

# Every 0.5 s until killed: "rss_kib open_files pg_connections" of the
# server (PID) into FILE, one line per sample.
sample() {
  local pid="$1" file="$2" pg_url="$3" pg_db="$4" rss fds conns
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    fds=$(ls "/proc/$pid/fd" 2>/dev/null | wc -l)
    conns=0
    if [ -n "$pg_url" ]; then
      conns=$(psql -XAtq "$pg_url" -c \
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '$pg_db'" 2>/dev/null || echo 0)
    fi
    echo "${rss:-0} $fds $conns" >>"$file"
    sleep 0.5
  done
}
peak() { awk -v c="$2" 'BEGIN { m = 0 } $c > m { m = $c } END { print m }' "$1"; }

results="$work/results.txt"
peaks="$work/peaks.txt"
touch "$results" "$peaks"
failed=0
for db in $dbs; do
  pg_url=""; pg_db=""
  case "$db" in
    sqlite) url="sqlite://$work/worlds.db" ;;
    postgres | postgres-limit)
      [ -n "${PIN_INPS_TEST_POSTGRES:-}" ] || start_test_postgres
      pg_db=pin_inps_worlds_bench
      pg_url="$PIN_INPS_TEST_POSTGRES"
      psql -q "$pg_url" -c "DROP DATABASE IF EXISTS $pg_db"
      if [ "$db" = postgres ]; then
        psql -q "$pg_url" -c "CREATE DATABASE $pg_db"
        url="${pg_url%/*}/$pg_db"
        max_conn=$(psql -XAtq "$pg_url" -c "SHOW max_connections")
      else
        # A role that is not a superuser, so the limit applies to it.
        max_conn="${BENCH_PG_CONN_LIMIT:-97}"
        psql -q "$pg_url" -c "DROP ROLE IF EXISTS pin_bench" \
          -c "CREATE ROLE pin_bench LOGIN CONNECTION LIMIT $max_conn" \
          -c "CREATE DATABASE $pg_db OWNER pin_bench"
        url="postgres://pin_bench@${pg_url#*@}"; url="${url%/*}/$pg_db"
      fi
      ;;
    *) echo "unknown database $db" >&2; exit 2 ;;
  esac
  port=$(free_port)
  RUST_LOG=warn "$bin" serve --listen "127.0.0.1:$port" --database "$url" \
    --uploads-dir "$work/uploads-$db" >"$work/server-$db.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-$db.log" >&2; exit 1; }
    sleep 0.1
  done
  # Idle: once the RSS has settled (the seeded citizens' PINs are hashed at
  # the first start; the hasher returns its buffers after 1 s idle).
  idle_rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"); steady=0
  for _ in $(seq 1 150); do
    sleep 0.2
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status")
    if [ $((rss > idle_rss ? rss - idle_rss : idle_rss - rss)) -le 256 ]; then steady=$((steady + 1)); else steady=0; fi
    idle_rss=$rss
    [ "$steady" -ge 10 ] && break
  done
  sample "$server_pid" "$work/samples-$db" "$pg_url" "$pg_db" &
  sampler_pid=$!
  status=0
  citizens="$BENCH_CITIZENS"
  # The limit is on connections, which grow with the worlds in use, not
  # with their citizens: a smaller set-up shows it as well.
  [ "$db" = postgres-limit ] && citizens="${BENCH_LIMIT_CITIZENS:-2}"
  log "$db: $BENCH_WORLDS worlds × $citizens citizens, then measuring"
  BENCH_CITIZENS="$citizens" "$client" "http://127.0.0.1:$port" "$db" | tee -a "$results" || status=$?
  kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""
  if [ "$status" != 0 ]; then
    echo "$db: bench_worlds FAILED (exit $status); the server's first errors:" | tee -a "$peaks"
    grep -i 'error' "$work/server-$db.log" | sed 's/\x1b\[[0-9;]*m//g' | head -n 3 | cut -c1-300 | tee -a "$peaks"
    failed=1
  fi
  line="$db: idle RSS $((idle_rss / 1024)) MB, peak RSS $(( $(peak "$work/samples-$db" 1) / 1024 )) MB, peak open files $(peak "$work/samples-$db" 2)"
  if [ -n "$pg_url" ]; then
    line="$line, peak connections to the database $(peak "$work/samples-$db" 3) (max_connections $max_conn)"
  fi
  errors=$(grep -ci 'error' "$work/server-$db.log" || true)
  echo "$line, server log lines with 'error': $errors" | tee -a "$peaks"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
done

log "worlds at scale: $BENCH_WORLDS worlds × $BENCH_CITIZENS citizens (Argon2id m=19456 KiB, t=2, p=1; cores: $(nproc))"
printf '%-9s | %-34s | %-17s | %-17s | %-5s | %s\n' database measure \
  "$BENCH_WORLDS worlds p50/p99 ms" "one world p50/p99" "p50 ×" "throughput (spread / one)"
grep -v '|set-up|' "$results" |
  awk -F'|' '{ printf "%-9s | %-34s | %-17s | %-17s | %-5s | %s\n", $1, $2, $3, $4, $5, $6 }'
grep '|set-up|' "$results" | awk -F'|' '{ print $1 ": " $3 }'
cat "$peaks"
exit "$failed"
