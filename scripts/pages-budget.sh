#!/usr/bin/env bash
# Page budgets (issue 10, "Pages"): starts the release server on a free port
# with the built SPA and measures, in Chromium, every entry route on a cold
# load in a mobile viewport (bench/pages/measure.mjs): bytes over the wire
# until the page settles, requests before the first contentful paint, CLS;
# Lighthouse 12 mobile performance / accessibility / best practices for
# /, /richiedi-pin and /accedi. One table against the budgets; beside it, as
# the reference of the same run, a static page with the same stylesheet.
# Exits 1 when a figure is worse than the gate (bench/pages/measure.mjs GATE: the goals where met, a ceiling at today's figures where not yet).
#
#   bash scripts/pages-budget.sh
#   PAGES_DIST=/tmp/other-dist PAGES_PORT=4313 bash scripts/pages-budget.sh
#   PAGES_JSON=/tmp/pages.json  (also writes every figure as JSON)
#   PAGES_SERVER=path/to/server (a server binary already built)
#
# Builds dist/ (scripts/build-app.sh) only when it is missing; PAGES_DIST
# measures another build. Installs Chromium (Debian) and the npm packages of
# bench/pages/ (lighthouse 12, puppeteer-core, chrome-launcher) when missing.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$ROOT"
ensure_chromium
apt_install curl python3

DIST="${PAGES_DIST:-$ROOT/dist}"
if [ ! -f "$DIST/index.html" ]; then
  ensure_rust_wasm
  DIST_DIR="$DIST" bash "$ROOT/scripts/build-app.sh"
fi
server="${PAGES_SERVER:-}"
if [ -z "$server" ]; then
  log "cargo build --release -p server"
  cargo build --quiet --release -p server --bin server
  server="$CARGO_TARGET_DIR/release/server"
fi

if [ ! -d bench/pages/node_modules/lighthouse ] || [ bench/pages/package-lock.json -nt bench/pages/node_modules ]; then
  log "npm ci in bench/pages (lighthouse 12, puppeteer-core)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix bench/pages --no-audit --no-fund --ignore-scripts >&2
fi

tmp="$(mktemp -d /tmp/pin-inps-pages.XXXXXX)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# The SPA as built, plus the reference: a static page with the same
# stylesheet and font (what a page without the app costs).
cp -r "$DIST" "$tmp/static"
css="$(grep -o 'href="/app-[0-9a-f]*\.css"' "$DIST/index.html" | head -n1 | sed 's/href="\(.*\)"/\1/')"
cat > "$tmp/static/reference.html" <<HTML
<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Pagina statica di riferimento con lo stesso foglio di stile.">
<title>PIN INPS — riferimento statico</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="$css">
<link rel="preload" href="/fonts/titillium-web-latin-regular.woff2" as="font" type="font/woff2" crossorigin>
</head>
<body>
<header class="app-header"><div class="sim-notice" role="note"><strong>Simulazione</strong></div></header>
<main id="main" class="container app-main">
<h1>PIN INPS</h1>
<p>Pagina statica di riferimento: lo stesso foglio di stile e lo stesso carattere dell'applicazione, senza codice.</p>
</main>
<footer class="app-footer"><div class="container"><p>Simulazione didattica, non affiliata all'INPS.</p></div></footer>
</body>
</html>
HTML

port="${PAGES_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
RUST_LOG=warn "$server" serve --listen "127.0.0.1:$port" --database "sqlite://$tmp/db" \
  --static-dir "$tmp/static" --uploads-dir "$tmp/uploads" >"$tmp/server.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 300); do
  curl -fso /dev/null "$base/api/v1/health" && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -fs "$base/api/v1/health" | grep -q '"ok"' || { echo "pages-budget: no answer from $base" >&2; exit 1; }
# Still ours (not another process that already held the port)?
sleep 0.5
kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.log" >&2; echo "pages-budget: the server did not start" >&2; exit 1; }

log "measuring pages (Chromium, mobile, cold cache) and Lighthouse 12"
json_args=()
[ -n "${PAGES_JSON:-}" ] && json_args=(--json "$PAGES_JSON")
node bench/pages/measure.mjs --base "$base" --reference /reference.html "${json_args[@]}"
