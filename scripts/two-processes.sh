#!/usr/bin/env bash
# Two server processes on one PostgreSQL behind nginx, with the sample
# configuration docs/nginx-two-processes.conf (ports and paths replaced):
# installs nginx and PostgreSQL from Debian if missing, starts a throwaway
# cluster, both servers at the same instant on its empty database, and nginx
# (its own prefix in a temporary directory, free ports, no root needed), then
# checks through nginx and on each backend directly: both came up and the
# registry was seeded once, the SPA and the API answer through nginx, a
# session opened on one process works on the other and through nginx, the
# simulated clock is one, a logout ends the session everywhere. Prints one
# PASS/FAIL line per check and removes everything, whatever the outcome.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
cd "$ROOT"

apt_install nginx curl python3
work="$(mktemp -d /tmp/pin-inps-two.XXXXXX)"
pids=()
cleanup() {
  if [ -f "$work/nginx/nginx.pid" ]; then kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true; fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  stop_test_postgres
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [ ! -f dist/index.html ]; then ensure_rust_wasm; build_app; fi
log "building the release server"
cargo build --quiet --release -p server --bin server
server="$CARGO_TARGET_DIR/release/server"

start_test_postgres
"$(pg_bin)/psql" -X -q -d "$PIN_INPS_TEST_POSTGRES" -c "CREATE DATABASE pin_two"
database="${PIN_INPS_TEST_POSTGRES%/*}/pin_two"

port_a=$(free_port)
port_b=$(free_port)
port_n=$(free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(free_port); done
while [ "$port_n" = "$port_a" ] || [ "$port_n" = "$port_b" ]; do port_n=$(free_port); done

log "two servers on one empty database, started together (127.0.0.1:$port_a, :$port_b)"
mkdir -p "$work/uploads"
for port in "$port_a" "$port_b"; do
  RUST_LOG=warn "$server" serve --listen "127.0.0.1:$port" --database "$database" \
    --static-dir "$ROOT/dist" --uploads-dir "$work/uploads" >"$work/server-$port.log" 2>&1 &
  pids+=("$!")
done

log "nginx on 127.0.0.1:$port_n with docs/nginx-two-processes.conf"
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
sed -e "s/127\.0\.0\.1:3001/127.0.0.1:$port_a/" -e "s/127\.0\.0\.1:3002/127.0.0.1:$port_b/" \
  -e "s/listen 8080;/listen 127.0.0.1:$port_n;/" \
  docs/nginx-two-processes.conf >"$work/nginx/pin-inps.conf"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
    log_format upstream '\$upstream_addr \$request';
    access_log $work/nginx/logs/access.log upstream;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    include $work/nginx/pin-inps.conf;
}
EOF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -t -q
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"

A="http://127.0.0.1:$port_a/api/v1"
B="http://127.0.0.1:$port_b/api/v1"
N="http://127.0.0.1:$port_n/api/v1"

passed=0
failed=0
check() { # description command...
  local what=$1
  shift
  if "$@"; then
    echo "PASS $what"
    passed=$((passed + 1))
  else
    echo "FAIL $what"
    failed=$((failed + 1))
  fi
}

# GET/POST helpers: print the body; the status goes to $work/status.
req() { # method url [json] [cookie]
  local args=(-s -o "$work/body" -w '%{http_code}' -X "$1" "$2")
  [ -n "${3:-}" ] && args+=(-H 'Content-Type: application/json' --data "$3")
  [ -n "${4:-}" ] && args+=(-H "Cookie: $4")
  curl "${args[@]}" >"$work/status" || echo 000 >"$work/status"
  cat "$work/body"
}
status() { cat "$work/status"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

healthy() { # url
  local i
  for i in $(seq 1 600); do
    [ "$(curl -s "$1/health")" = '{"status":"ok"}' ] && return 0
    sleep 0.1
  done
  return 1
}
check "process A came up on the empty database" healthy "$A"
check "process B came up on the same database at the same time" healthy "$B"
check "nginx answers /api/v1/health" healthy "$N"
seeded() { [ "$(req GET "$N/sim/citizens?limit=10000" | json 'len(d)')" = 20 ]; }
check "registry seeded once (20 citizens, not 40)" seeded
spa() {
  curl -s "http://127.0.0.1:$port_n/" | grep -q '<html' \
    && curl -s "http://127.0.0.1:$port_n/accedi" | grep -q '<html'
}
check "the SPA is served through nginx (/ and a client route)" spa

clock_on() { req GET "$1/sim/clock" | json 'd["now"]'; }
same_clock() {
  local target="2020-06-15T10:00:00Z" a b n
  req POST "$A/sim/clock" "{\"set\":\"$target\"}" >/dev/null
  b=$(clock_on "$B")
  n=$(clock_on "$N")
  req POST "$B/sim/clock" '{"advance_seconds":86400}' >/dev/null
  a=$(clock_on "$A")
  python3 - "$target" "$b" "$n" "$a" <<'EOF'
import sys
from datetime import datetime, timedelta
t, b, n, a = (datetime.fromisoformat(x.replace("Z", "+00:00")) for x in sys.argv[1:])
ok = abs(b - t) < timedelta(seconds=5) and abs(n - t) < timedelta(seconds=5) \
    and abs(a - t - timedelta(days=1)) < timedelta(seconds=5)
if not ok:
    print(f"  set {t}: B {b}, nginx {n}; after +1 day on B, A {a}", file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
}
check "one clock: set on A is read on B and through nginx; +1 day on B is read on A" same_clock

# A citizen with a PIN, requested through nginx.
citizen=$(req POST "$N/sim/citizens" '{}')
cf=$(echo "$citizen" | json 'd["codice_fiscale"]' || true)
mobile="+39333$((1000000 + RANDOM))"
body=$(echo "$citizen" | python3 -c '
import json, sys
c = json.load(sys.stdin)
print(json.dumps({"codice_fiscale": c["codice_fiscale"], "residence_type": "italia",
  "personal": {k: c[k] for k in ("surname", "name", "birth_date", "sex", "birthplace_code")},
  "residence": c["residence"],
  "contacts": {"home_phone": None, "mobile": sys.argv[1], "email": "due@example.it", "pec": None,
               "preferred_phone": "mobile", "preferred_time": "09-13"}}))' "$mobile" || true)
req POST "$N/pin-requests" "$body" >/dev/null
requested() { [ "$(status)" = 201 ]; }
check "PIN requested through nginx" requested
half1=$(req GET "$B/sim/messages?recipient=%2B${mobile#+}" \
  | json '[m["secret"] for m in d if m["secret"] and "prima parte" in m["subject"] + m["body"]][0]' || true)

# Log in on A directly; the cookie then works on B and through nginx.
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  --data "{\"codice_fiscale\":\"$cf\",\"pin\":\"$half1\"}" "$A/session" \
  | tr -d '\r' | awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /^pin_inps_session=/ { print $2; exit }' || true)
me_is() { # url expected-status
  local got
  req GET "$1/me" "" "$cookie" >/dev/null
  got=$(status)
  [ "$got" = "$2" ] || { echo "  $1/me answered $got, expected $2" >&2; return 1; }
}
on_all() { # expected-status: B, A, and 4 times through nginx (both backends)
  me_is "$B" "$1" && me_is "$A" "$1" && me_is "$N" "$1" && me_is "$N" "$1" \
    && me_is "$N" "$1" && me_is "$N" "$1"
}
check "a session opened on A works on B and through nginx" on_all 200

logout() {
  req DELETE "$N/session" "" "$cookie" >/dev/null
  [ "$(status)" = 204 ]
}
check "logout through nginx" logout
check "after the logout the session is refused on A, B and through nginx" on_all 401

both_used() {
  grep -q "127.0.0.1:$port_a " "$work/nginx/logs/access.log" \
    && grep -q "127.0.0.1:$port_b " "$work/nginx/logs/access.log"
}
check "nginx spread the requests over both processes" both_used

echo "two-processes: $passed passed, $failed failed"
if [ "$failed" != 0 ]; then
  for f in "$work"/server-*.log "$work/nginx/logs/error.log"; do
    echo "--- $f" >&2
    tail -n 20 "$f" >&2 || true
  done
  exit 1
fi
