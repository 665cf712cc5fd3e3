#!/usr/bin/env bash
# Kill -9 durability on both databases: for an SQLite file and for a
# throwaway PostgreSQL cluster, bench/durability/durability.py starts the
# release server, drives ~200 concurrent clients (synthetic citizens, PIN
# requests, logins), records every write acknowledged with a
# 2xx, SIGKILLs the server mid-load, checks the database as the kill left it
# (SQLite: PRAGMA integrity_check and foreign_key_check; PostgreSQL: amcheck
# on every index and heap), restarts on the same database and reads every
# acknowledged write back through the API, and checks that no codice fiscale
# has two live PINs. Prints one table; exits 1 on any loss, duplicate or
# integrity error.
#   DURABILITY_KILLS=3 DURABILITY_CLIENTS=200 DURABILITY_MIN_ACKS=40 \
#     DURABILITY_DATABASES="sqlite postgres" ./scripts/durability.sh
# (each kill comes once DURABILITY_MIN_ACKS PIN requests and as many logins
# were acknowledged in the round, plus a random 0-2 s)
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
cd "$ROOT"

kills="${DURABILITY_KILLS:-3}"
clients="${DURABILITY_CLIENTS:-200}"
min_acks="${DURABILITY_MIN_ACKS:-40}"
databases="${DURABILITY_DATABASES:-sqlite postgres}"

apt_install python3
work="$(mktemp -d /tmp/pin-inps-durability.XXXXXX)"
cleanup() {
  stop_test_postgres
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "building the release server"
cargo build --quiet --release -p server --bin server
server="$CARGO_TARGET_DIR/release/server"
ulimit -n 4096 2>/dev/null || true

status=0
run_one() { # label database-url [extra args]
  local label=$1 url=$2
  shift 2
  mkdir -p "$work/$label"
  log "$label: $kills kills, $clients clients"
  python3 "$ROOT/bench/durability/durability.py" --server "$server" \
    --database "$url" --label "$label" --kills "$kills" --clients "$clients" \
    --min-acks "$min_acks" --work "$work/$label" "$@" || {
    status=1
    echo "server log (tail):" >&2
    tail -n 20 "$work/$label/server.log" >&2 || true
  }
}

for db in $databases; do
  case "$db" in
    sqlite)
      run_one sqlite "sqlite://$work/sqlite/pin-inps.db"
      ;;
    postgres)
      start_test_postgres
      psql="$(pg_bin)/psql"
      "$psql" -X -q -d "$PIN_INPS_TEST_POSTGRES" -c "CREATE DATABASE pin_durability"
      run_one postgres "${PIN_INPS_TEST_POSTGRES%/*}/pin_durability" --psql "$psql"
      stop_test_postgres
      ;;
    *) echo "unknown database $db (sqlite, postgres)" >&2; exit 2 ;;
  esac
done

python3 - "$work" $databases <<'EOF'
import json, os, sys
work, dbs = sys.argv[1], sys.argv[2:]
head = ["database", "kill", "acked", "acked so far", "citizens/requests/logins",
        "in flight", "retried",
        "lost", "duplicated", "integrity", "load s", "restart s"]
rows = []
for db in dbs:
    path = os.path.join(work, db, "rows.json")
    if os.path.exists(path):
        rows += json.load(open(path))
rows = [[str(c) for c in r] for r in rows]
w = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)]
print("| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(head)) + " |")
print("|" + "|".join("-" * (x + 2) for x in w) + "|")
for r in rows:
    print("| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |")
lost = sum(int(r[7]) for r in rows)
dup = sum(int(r[8]) for r in rows)
print(f"durability: {len(rows)} kills, {lost} lost, {dup} duplicated")
EOF

if [ "$status" = 0 ]; then echo "durability: PASS"; else echo "durability: FAIL"; fi
exit "$status"
