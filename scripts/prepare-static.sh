#!/usr/bin/env bash
# Prepares the built SPA (dist/, from scripts/build-app.sh) for a static host
# that is not our server — a web server or a CDN — with the API elsewhere:
#
#   scripts/prepare-static.sh https://api.example.it [OUT_DIR]   # default dist-static/
#   DIST_DIR=other/dist scripts/prepare-static.sh …                # another build than dist/
#
# Writes the API's base URL into index.html (<meta name="pin-inps-api">, read
# once by the app at start; the app itself is not rebuilt), adds 404.html (a
# copy of index.html, the deep-link fallback of hosts that serve 404.html for
# unknown paths) and recompresses both. Asset names keep their content
# hashes, so a CDN may cache everything but index.html for good. Start the
# API with `server serve --cors-origin <the static host's origin>`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
die() { printf 'prepare-static: %s\n' "$*" >&2; exit 1; }

api="${1:-}"
out="${2:-$ROOT/dist-static}"
[[ "$api" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]] \
    || die "usage: $0 http(s)://api-host[:port][/path] [OUT_DIR]"
api="${api%/}"
dist="${DIST_DIR:-$ROOT/dist}"
[ -f "$dist/index.html" ] || die "$dist is not built: run scripts/build-app.sh first"
grep -q '<meta name="pin-inps-api" content="[^"]*">' "$dist/index.html" \
    || die "dist/index.html has no <meta name=\"pin-inps-api\">: rebuild with scripts/build-app.sh"

rm -rf "$out"
mkdir -p "$out"
cp -R "$dist/." "$out/"
sed -i "s|<meta name=\"pin-inps-api\" content=\"[^\"]*\">|<meta name=\"pin-inps-api\" content=\"$api/api/v1\">|" \
    "$out/index.html"
cp "$out/index.html" "$out/404.html"
for f in index.html 404.html; do
    brotli -f -q 11 -o "$out/$f.br" "$out/$f"
    gzip -9 -n -c "$out/$f" > "$out/$f.gz"
done
echo "prepare-static: $out ready for a static host, API at $api/api/v1"
