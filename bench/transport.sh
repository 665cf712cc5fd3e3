#!/usr/bin/env bash
# Transport figures (issue 10), every pair measured in the same run, on the
# same machine, with the same client (wrk, keep-alive):
#   - static CSS from our server vs nginx serving the same dist/ files
#     (plain, and with Accept-Encoding: br / gzip: each its precompressed file);
#     goal >= 0.5x nginx
#   - GET /api/v1/codice-fiscale/{cf} vs a bare axum handler returning the
#     same bytes (server/examples/bare_json.rs), without and with
#     Accept-Encoding: br; goal >= 0.9x
#   - GET /api/v1/me with a session vs GET /api/v1/sim/clock; goal >= 0.5x
# Each figure is the median of BENCH_ROUNDS runs of BENCH_SECONDS, the two
# sides of a pair alternating, BENCH_CONNECTIONS connections, one wrk thread;
# beside each pair, the CPU time each side's process(es) spent per request
# (less sensitive than req/s to other load on the machine).
# With BENCH_BASELINE=path/to/an/older/server binary, that server runs beside
# ours on a database of its own, and its CF JSON and /me figures are measured
# in the same run (so a change is read against what it replaced, not against
# a run at another load), and "GET /me: ours vs baseline" compares the two
# servers' /me directly. BENCH_ONLY=text runs only the pairs whose name
# holds that text (e.g. BENCH_ONLY=JSON).
#   BENCH_ROUNDS=3 BENCH_SECONDS=3 BENCH_CONNECTIONS=32 bash bench/transport.sh
set -euo pipefail
source "$(dirname "$0")/../scripts/lib/common.sh"
cd "$ROOT"
ROUNDS="${BENCH_ROUNDS:-3}"
SECONDS_EACH="${BENCH_SECONDS:-3}"
CONNS="${BENCH_CONNECTIONS:-32}"
BASELINE="${BENCH_BASELINE:-}"
ONLY="${BENCH_ONLY:-}"
[ -z "$BASELINE" ] || [ -x "$BASELINE" ] || { echo "BENCH_BASELINE=$BASELINE: not an executable" >&2; exit 1; }

apt_install wrk nginx curl python3
if [ ! -f dist/index.html ]; then
  ensure_rust_wasm
  ./scripts/build-app.sh
fi
log "cargo build --release (server, bare_json)"
cargo build --quiet --release -p server --bin server --example bare_json
bin="$CARGO_TARGET_DIR/release"

tmp="$(mktemp -d /tmp/pin-inps-transport.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # URL: until it answers (the server is up), at most 30 s
  for _ in $(seq 300); do curl -fso /dev/null "$1" && return 0; sleep 0.1; done
  echo "no answer from $1" >&2; exit 1
}

p_srv="$(free_port)"; p_nginx="$(free_port)"; p_bare="$(free_port)"
"$bin/server" serve --listen "127.0.0.1:$p_srv" --database "sqlite://$tmp/db" \
  --static-dir dist --uploads-dir "$tmp/uploads" >"$tmp/server.log" 2>&1 &
pids+=($!); pid_srv=$!
srv="http://127.0.0.1:$p_srv"
wait_http "$srv/api/v1/sim/clock"

mkdir -p "$tmp/nginx/logs" "$tmp/nginx/tmp"
cat >"$tmp/nginx/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $tmp/nginx/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    client_body_temp_path $tmp/nginx/tmp/body;
    proxy_temp_path $tmp/nginx/tmp/proxy;
    fastcgi_temp_path $tmp/nginx/tmp/fastcgi;
    uwsgi_temp_path $tmp/nginx/tmp/uwsgi;
    scgi_temp_path $tmp/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$p_nginx;
        root $ROOT/dist;
        gzip_static on;
    }
}
CONF
nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" 2>"$tmp/nginx.log" &
pids+=($!); pid_nginx=$!
css="$(cd dist && ls app-*.css | head -1)"
wait_http "http://127.0.0.1:$p_nginx/$css"

cf=RSSMRA80A01H501U
curl -fs "$srv/api/v1/codice-fiscale/$cf" -o "$tmp/cf.json"
"$bin/examples/bare_json" "127.0.0.1:$p_bare" "$tmp/cf.json" &
pids+=($!); pid_bare=$!
wait_http "http://127.0.0.1:$p_bare/api/v1/codice-fiscale/$cf"
cmp -s "$tmp/cf.json" <(curl -fs "http://127.0.0.1:$p_bare/api/v1/codice-fiscale/$cf") ||
  { echo "bare_json does not answer the same bytes" >&2; exit 1; }

# A citizen with a PIN and a session (the login with the 16 characters) on
# the server at $1: the cookie GET /me is measured with.
session_cookie() {
  python3 - "$1/api/v1" <<'PY'
import json, sys, urllib.error, urllib.request
base = sys.argv[1]
def call(method, path, body=None, query=""):
    req = urllib.request.Request(base + path + query, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            return r.headers, json.load(r)
    except urllib.error.HTTPError as e:
        sys.exit("%s %s: %s %s" % (method, path, e.code, e.read().decode()))
_, c = call("POST", "/sim/citizens", {})
cf = c["codice_fiscale"]
call("POST", "/pin-requests", {
    "codice_fiscale": cf, "residence_type": "italia",
    "personal": {k: c[k] for k in ("surname", "name", "birth_date", "sex", "birthplace_code")},
    "residence": c["residence"],
    "contacts": {"home_phone": None, "mobile": "+393331234567", "email": "bench@example.it", "pec": None,
                 "preferred_phone": "mobile", "preferred_time": "09-13"}})
half1 = next(m["secret"] for m in call("GET", "/sim/messages", query="?recipient=%2B393331234567")[1]
             if m["secret"])
call("POST", "/sim/clock", {"advance_seconds": 30 * 86400})
half2 = call("GET", "/sim/messages", query="?recipient=" + cf)[1][0]["secret"]
h, _ = call("POST", "/session", {"codice_fiscale": cf, "pin": half1 + half2})
print(h["Set-Cookie"].split(";")[0])
PY
}
cookie="$(session_cookie "$srv")"
curl -fs -H "Cookie: $cookie" "$srv/api/v1/me" >/dev/null ||
  { echo "GET /me with the session failed" >&2; exit 1; }

if [ -n "$BASELINE" ]; then
  p_base="$(free_port)"
  "$BASELINE" serve --listen "127.0.0.1:$p_base" --database "sqlite://$tmp/base.db" \
    --static-dir dist --uploads-dir "$tmp/base-uploads" >"$tmp/base.log" 2>&1 &
  pids+=($!); pid_base=$!
  base="http://127.0.0.1:$p_base"
  wait_http "$base/api/v1/sim/clock"
  cmp -s "$tmp/cf.json" <(curl -fs "$base/api/v1/codice-fiscale/$cf") ||
    { echo "the baseline server answers other CF bytes" >&2; exit 1; }
  base_cookie="$(session_cookie "$base")"
fi

# CPU time (clock ticks) of a process and its children (nginx's workers).
ticks() {
  local t=0 p
  for p in "$1" $(pgrep -P "$1" || true); do
    t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
  done
  echo "$t"
}
hz="$(getconf CLK_TCK)"
# "req/s cpu_us_per_request" of one wrk run: PID URL [header...]
rate() {
  local pid="$1" url="$2"; shift 2
  local args=() before after n
  for h in "$@"; do args+=(-H "$h"); done
  before="$(ticks "$pid")"
  n="$(wrk -t1 -c"$CONNS" -d"${SECONDS_EACH}s" "${args[@]}" "$url" |
    awk '/^Requests\/sec:/ { print $2 }')"
  after="$(ticks "$pid")"
  awk -v n="$n" -v t=$((after - before)) -v hz="$hz" -v s="$SECONDS_EACH" \
    'BEGIN { printf "%s %.1f\n", n, t * 1e6 / hz / (n * s) }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# pair NAME GOAL PID_A URL_A PID_B URL_B [header...]: median req/s of A and
# of B, A/B, and each side's CPU per request (median). A header written
# "A|header" is sent to side A only, "B|header" to side B only.
results=()
pair() {
  local name="$1" goal="$2" pa="$3" a="$4" pb="$5" b="$6"; shift 6
  [[ -z "$ONLY" || "$name" == *"$ONLY"* ]] || return 0
  local ra=() rb=() ca=() cb=() x ha=() hb=() h
  for h in "$@"; do
    case "$h" in
      A\|*) ha+=("${h#A|}") ;;
      B\|*) hb+=("${h#B|}") ;;
      *) ha+=("$h"); hb+=("$h") ;;
    esac
  done
  for _ in $(seq "$ROUNDS"); do
    x=($(rate "$pa" "$a" "${ha[@]}")); ra+=("${x[0]}"); ca+=("${x[1]}")
    x=($(rate "$pb" "$b" "${hb[@]}")); rb+=("${x[0]}"); cb+=("${x[1]}")
  done
  local ma mb mca mcb
  ma="$(printf '%s\n' "${ra[@]}" | median)"
  mb="$(printf '%s\n' "${rb[@]}" | median)"
  mca="$(printf '%s\n' "${ca[@]}" | median)"
  mcb="$(printf '%s\n' "${cb[@]}" | median)"
  results+=("$(awk -v n="$name" -v a="$ma" -v b="$mb" -v g="$goal" -v ca="$mca" -v cb="$mcb" 'BEGIN {
    r = a / b; printf "%-34s %9.0f %9.0f %6.2fx  >= %.1fx %-6s %6.1f %6.1f", n, a, b, r, g, (r >= g ? "ok" : "MISSED"), ca, cb }')")
  echo "${results[-1]}" >&2
}

load="$(cut -d' ' -f1-3 /proc/loadavg)"
log "wrk: $ROUNDS x ${SECONDS_EACH}s per side, $CONNS connections"
nginx_css="http://127.0.0.1:$p_nginx/$css"
bare_cf="http://127.0.0.1:$p_bare/api/v1/codice-fiscale/$cf"
ours_cf="$srv/api/v1/codice-fiscale/$cf"
pair "static CSS vs nginx" 0.5 "$pid_srv" "$srv/$css" "$pid_nginx" "$nginx_css"
pair "static CSS (br) vs nginx (gzip)" 0.5 "$pid_srv" "$srv/$css" "$pid_nginx" "$nginx_css" \
  "Accept-Encoding: br, gzip"
pair "static CSS (gzip) vs nginx (gzip)" 0.5 "$pid_srv" "$srv/$css" "$pid_nginx" "$nginx_css" \
  "Accept-Encoding: gzip"
pair "CF JSON vs bare axum" 0.9 "$pid_srv" "$ours_cf" "$pid_bare" "$bare_cf"
pair "CF JSON vs bare axum (Accept: br)" 0.9 "$pid_srv" "$ours_cf" "$pid_bare" "$bare_cf" \
  "Accept-Encoding: br"
pair "GET /me vs GET /sim/clock" 0.5 "$pid_srv" "$srv/api/v1/me" "$pid_srv" "$srv/api/v1/sim/clock" \
  "Cookie: $cookie"
if [ -n "$BASELINE" ]; then
  pair "baseline: CF JSON vs bare axum" 0.9 "$pid_base" "$base/api/v1/codice-fiscale/$cf" \
    "$pid_bare" "$bare_cf"
  pair "baseline: GET /me vs /sim/clock" 0.5 "$pid_base" "$base/api/v1/me" \
    "$pid_base" "$base/api/v1/sim/clock" "Cookie: $base_cookie"
  pair "CF JSON: ours vs baseline" 1.0 "$pid_srv" "$ours_cf" "$pid_base" \
    "$base/api/v1/codice-fiscale/$cf"
  pair "GET /me: ours vs baseline" 1.0 "$pid_srv" "$srv/api/v1/me" "$pid_base" \
    "$base/api/v1/me" "A|Cookie: $cookie" "B|Cookie: $base_cookie"
fi

echo
printf '%-34s %9s %9s %7s  %-12s %13s\n' "transport (req/s)" "ours" "reference" "ratio" "goal" "CPU us/req"
printf '%s\n' "${results[@]}"
echo "cf.json: $(wc -c <"$tmp/cf.json") bytes; css: $(wc -c <"dist/$css") bytes plain," \
  "$(wc -c <"dist/$css.br") br, $(wc -c <"dist/$css.gz") gzip; cores: $(nproc);" \
  "load average before: $load"
