#!/usr/bin/env bash
# Builds the browser app into dist/ (served by `server serve --static-dir dist`).
#
#   scripts/build-app.sh            # release build (wasm-release profile)
#   DIST_DIR=/tmp/x scripts/build-app.sh   # the same, written to /tmp/x instead of dist/
#
# Steps: cargo (wasm32, profile wasm-release, linked with --emit-relocs) ->
# wasm-split (crates.io wasm_split_cli_support: the `#[lazy_route]` pages of
# app/src/main.rs become chunks loaded on first navigation, shared code goes
# to shared chunks, the shell stays in the main module) -> wasm-bindgen
# --target web --keep-lld-exports on the main module -> wasm-opt -Oz (npm
# binaryen@132) on the main module and on every chunk -> terser (npm) on
# app.js and the chunk loader -> CSS (Bootstrap
# Italia purged to the classes used in app/src + style/, then style/app.css
# and every style/pages/*.css, in one file) -> the wasm
# bundle in a content-hashed directory pkg/<hash>/ (app.js, app_bg.wasm,
# __wasm_split.js, split_*.wasm, chunk_*.wasm import each other by fixed
# relative names) -> index.html without inline script (CSP) -> .br and .gz
# beside each text/wasm asset. Prints the first-load size (html + js + wasm + css, brotli) against
# the 250 KB budget; STRICT_BUDGET=1 makes exceeding it an error. Each lazy
# group is also one merged wasm module (scripts/lib/wasm-bundles.mjs) that the
# start-up code at the end of app.js fetches when the entry route is one of
# the group's. The budgets of
# whole pages in a browser: scripts/pages-budget.sh.
#
# Needs: rustup target wasm32-unknown-unknown; wasm-bindgen CLI of the same
# version as the wasm-bindgen crate in Cargo.lock (cargo install
# wasm-bindgen-cli --version X); wasm-split-cli (installed on first run into
# build-tools/cargo/ from crates.io); node + npm (build-tools/ is installed on
# first run); brotli and gzip.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
TOOLS="$ROOT/build-tools"
BUDGET=$((250 * 1024))

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build-app: %s\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------------ tools
WASM_BINDGEN="${WASM_BINDGEN:-$(command -v wasm-bindgen || echo "$HOME/.cargo/bin/wasm-bindgen")}"
[ -x "$WASM_BINDGEN" ] || die "wasm-bindgen CLI not found (cargo install wasm-bindgen-cli --version <Cargo.lock version>)"
want_wb="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)"
have_wb="$("$WASM_BINDGEN" --version | awk '{print $2}')"
[ "$want_wb" = "$have_wb" ] || die "wasm-bindgen CLI $have_wb does not match the crate $want_wb in Cargo.lock"

if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ] || [ ! -d "$TOOLS/node_modules/bootstrap-italia" ] \
    || [ ! -x "$TOOLS/node_modules/.bin/purgecss" ] || [ ! -x "$TOOLS/node_modules/.bin/terser" ]; then
    log "installing build tools (npm ci in build-tools/)"
    npm ci --prefix "$TOOLS" --no-audit --no-fund --ignore-scripts >&2
fi
WASM_OPT="$TOOLS/node_modules/.bin/wasm-opt"

# Post-link splitter for the `#[lazy_route]` pages (the tool cargo-leptos
# embeds); it must understand the split-point format of the wasm_split_helpers
# crate that leptos pulls in (Cargo.lock).
WASM_SPLIT_VERSION=0.2.4
WASM_SPLIT="$TOOLS/cargo/bin/wasm-split-cli"
if [ ! -x "$WASM_SPLIT" ] || [ "$(cat "$TOOLS/cargo/.version" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ]; then
    log "installing wasm-split-cli $WASM_SPLIT_VERSION (cargo install wasm_split_cli_support)"
    cargo install --locked --force --root "$TOOLS/cargo" wasm_split_cli_support \
        --version "$WASM_SPLIT_VERSION" --features build-binary >&2
    echo "$WASM_SPLIT_VERSION" > "$TOOLS/cargo/.version"
fi
PURGECSS="$TOOLS/node_modules/.bin/purgecss"
TERSER="$TOOLS/node_modules/.bin/terser"
BI="$TOOLS/node_modules/bootstrap-italia/dist"

# (woff2 output needs the brotli module of pyftsubset's own Python.)
if ! command -v pyftsubset >/dev/null \
    || ! "$(sed -n '1s/^#! *//p' "$(command -v pyftsubset)")" -c 'import brotli' 2>/dev/null; then
    log "installing fonttools (font subsetting)"
    apt-get install -y fonttools python3-brotli >&2 || die "pyftsubset is missing (apt-get install fonttools python3-brotli)"
fi
if ! command -v brotli >/dev/null; then
    log "installing brotli"
    apt-get install -y brotli >&2 || die "brotli is missing (apt-get install brotli)"
fi

# ------------------------------------------------------------------ wasm
log "cargo build -p app (wasm32, wasm-release, --emit-relocs)"
# The relocations let wasm-split move functions and data into chunks. Passed
# to the final link of the app binary only, so the dependencies' build cache
# is the one of `cargo build`/`cargo clippy --target wasm32-unknown-unknown`.
cargo rustc -p app --bin app --target wasm32-unknown-unknown --profile wasm-release \
    -- -C link-arg=--emit-relocs
RAW_WASM="$TARGET_DIR/wasm32-unknown-unknown/wasm-release/app.wasm"
[ -f "$RAW_WASM" ] || die "missing $RAW_WASM"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

log "wasm-split $WASM_SPLIT_VERSION"
# -> $WORK/split/app.wasm (main module, imports ./__wasm_split.js),
#    __wasm_split.js (chunk loader, imports initSync from ./app.js),
#    split_<page>.wasm and chunk_<n>.wasm.
"$WASM_SPLIT" --target web --out-name app "$RAW_WASM" "$WORK/split" >&2
mkdir -p "$WORK/pkg"
mv "$WORK/split/__wasm_split.js" "$WORK/pkg/"

log "wasm-bindgen $have_wb"
# --keep-lld-exports: the chunks link against the main module's exports.
"$WASM_BINDGEN" --target web --no-typescript --keep-lld-exports \
    --out-dir "$WORK/pkg" "$WORK/split/app.wasm"

log "wasm-opt -Oz (binaryen $("$WASM_OPT" --version | awk '{print $3}'))"
# (wasm-split writes extended name subsections that binaryen skips with a
# warning per file; the names are dropped by -Oz anyway.) The `producers` and
# `target_features` sections (about 200 bytes in each of the ~250 chunks) are
# for tools only. Measured on this build: `--converge` saves under 0.1 KB
# brotli for twice the time, so it is not used.
WASM_FEATURES="--enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int \
--enable-sign-ext --enable-reference-types --enable-multivalue"
wasm_opt() {
    local log="$2.wasm-opt.log"
    # shellcheck disable=SC2086 # one flag per word
    "$WASM_OPT" -Oz --strip-producers --strip-target-features $WASM_FEATURES \
        "$1" -o "$2" 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    grep -v '^warning: unknown name subsection' "$log" >&2 || true
    rm -f "$log"
}
wasm_opt "$WORK/pkg/app_bg.wasm" "$WORK/pkg/app_bg.wasm.opt"
mv "$WORK/pkg/app_bg.wasm.opt" "$WORK/pkg/app_bg.wasm"
# The chunks two at a time (each run of binaryen's wasm build is mostly start-up).
export -f wasm_opt
export WASM_OPT WASM_FEATURES WORK
find "$WORK/split" -name '*.wasm' ! -name app.wasm -print0 |
    xargs -0 -n 1 -P 2 bash -c 'wasm_opt "$1" "$WORK/pkg/$(basename "$1")" || exit 255' _

# One download and one module per lazy group on the first load:
# bundle_<group>.wasm is the group's module and all its shared chunks merged
# into one module (binaryen's wasm-merge), used when none of them is loaded
# yet; otherwise the loader fetches the modules one by one
# (scripts/lib/wasm-bundles.mjs).
log "bundles: one merged module per lazy group"
BUNDLE_MAP="$(node scripts/lib/wasm-bundles.mjs "$WORK/pkg" app/src/main.rs)"

# Start-up, appended to app.js (no inline script anywhere: CSP script-src
# 'self'; and no separate boot module, one request less before the first
# paint): first start fetching the entry route's bundle and, for German or
# English, the language's one, so that they download beside app_bg.wasm
# instead of after it; then instantiate the app.
cat >> "$WORK/pkg/app.js" <<JS

// Start-up (scripts/build-app.sh).
{
    const b = $BUNDLE_MAP;
    const path = location.pathname.replace(/\/+\$/, "") || "/";
    let lang = null;
    try { lang = localStorage.getItem("pin-inps.lang"); } catch (e) {}
    const get = (f) => fetch(new URL("./" + f, import.meta.url));
    const route = b.routes[path];
    const file = route && (route[lang] || route[""]);
    globalThis.__pinInpsBoot = {
        merged: file ? { [file]: get(file) } : {},
        containers: b.langs[lang] ? [get(b.langs[lang])] : [],
    };
    __wbg_init({ module_or_path: new URL("./app_bg.wasm", import.meta.url) });
}
JS
grep -q '__wbg_init as default' "$WORK/pkg/app.js" || die "app.js: wasm-bindgen's __wbg_init not found"

# The two scripts every page loads, minified (terser; ES modules, so their
# exports keep their names): wasm-bindgen's glue and the chunk loader, whose
# comments list every group of each of its ~440 chunks. About 4.7 KB brotli
# less on every first load (measured 2026-12-02: 8.4 -> 6.5 KB and 6.4 ->
# 3.5 KB).
log "terser (app.js, __wasm_split.js)"
for js in app.js __wasm_split.js; do
    "$TERSER" "$WORK/pkg/$js" --module --compress --mangle --output "$WORK/pkg/$js.min"
    mv "$WORK/pkg/$js.min" "$WORK/pkg/$js"
done

# ------------------------------------------------------------------ css
# One stylesheet for the whole app: fonts, Bootstrap Italia purged to the
# classes used in app/src and style/, the shell's rules (style/app.css), then
# each procedure's rules (style/pages/<group>.css, scoped by the page's
# `page-<name>` class). The page rules cost about 2 KB brotli in the first
# load; in exchange a page never renders unstyled while its CSS arrives with
# its lazy chunk, and no stylesheet is built at run time (CSP style-src 'self').
log "css: Bootstrap Italia purged to the classes used in app/src and style/"
CONTENT=()
while IFS= read -r f; do CONTENT+=("$f"); done < <(find app/src -name '*.rs' | sort)
PAGE_CSS=()
while IFS= read -r f; do PAGE_CSS+=("$f"); done < <(find style/pages -name '*.css' | LC_ALL=C sort)
"$PURGECSS" --css "$BI/css/bootstrap-italia.min.css" \
    --content "${CONTENT[@]}" style/app.css "${PAGE_CSS[@]}" \
    --font-face --keyframes --variables \
    --safelist html body ':root' \
    --output "$WORK/purged" >/dev/null
BI_CSS="$WORK/purged/bootstrap-italia.min.css"
[ -s "$BI_CSS" ] || die "purgecss produced no CSS"
{
    cat style/fonts.css
    # drop the source-map reference of the original file
    sed -e 's#/\*\# sourceMappingURL=[^*]*\*/##' "$BI_CSS"
    echo
    cat style/app.css "${PAGE_CSS[@]}"
} > "$WORK/app.css"

# ------------------------------------------------------------------ dist
hash() { sha256sum "$1" | cut -c1-12; }

DIST="${DIST_DIR:-$ROOT/dist}"
OUT="$DIST.tmp"
rm -rf "$OUT"
mkdir -p "$OUT/pkg" "$OUT/fonts"

# The wasm bundle's files name each other (app.js -> ./__wasm_split.js ->
# ./app.js, ./split_*.wasm, ./chunk_*.wasm, ./snippets/...), so they keep
# their names inside one directory named by the hash of all of them.
PKG_HASH="$(cd "$WORK/pkg" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12)"
PKG="pkg/$PKG_HASH"
JS="$PKG/app.js"
SPLIT_JS="$PKG/__wasm_split.js"
WASM="$PKG/app_bg.wasm"
CSS_HASH="$(hash "$WORK/app.css")"
CSS="app-$CSS_HASH.css"
cp -r "$WORK/pkg" "$OUT/$PKG"
cp "$WORK/app.css" "$OUT/$CSS"


# Fonts: Titillium Web (SIL OFL) from the bootstrap-italia package, woff2,
# subset (fonttools) to the Latin range Google Fonts calls "latin" (Basic
# Latin, Latin-1 with every Italian and German letter, punctuation, euro):
# about 12 KB a weight instead of 18. A character outside it falls back to
# the next font of the stack.
for w in regular 600; do
    pyftsubset "$BI/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-$w.woff2" \
        --unicodes="U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD" \
        --layout-features='*' --flavor=woff2 --output-file="$OUT/fonts/titillium-web-latin-$w.woff2"
done
cp "$BI/fonts/Titillium_Web/OFL.txt" "$OUT/fonts/Titillium_Web-OFL.txt"

# Static files (icons, robots.txt, ...).
cp -r public/. "$OUT/"

# The icon inline (CSP img-src allows data:): one request less before the first paint.
FAVICON="data:image/svg+xml,$(tr -d '\n' < public/favicon.svg | sed -e 's/%/%25/g' -e 's/#/%23/g' -e 's/"/%22/g' -e 's/</%3C/g' -e 's/>/%3E/g')"
cat > "$OUT/index.html" <<HTML
<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="PIN INPS — simulazione didattica della richiesta e gestione del PIN INPS. Non affiliato all'INPS.">
<meta name="theme-color" content="#0066cc">
<meta name="pin-inps-api" content="">
<title>PIN INPS — Simulazione</title>
<link rel="icon" href="$FAVICON" type="image/svg+xml">
<link rel="stylesheet" href="/$CSS">
<link rel="preload" href="/fonts/titillium-web-latin-regular.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/fonts/titillium-web-latin-600.woff2" as="font" type="font/woff2" crossorigin>
<link rel="modulepreload" href="/$SPLIT_JS">
<link rel="preload" href="/$WASM" as="fetch" type="application/wasm" crossorigin>
<script type="module" src="/$JS"></script>
</head>
<body>
<noscript><p class="noscript">Per usare questa simulazione del PIN INPS è necessario abilitare JavaScript.</p></noscript>
</body>
</html>
HTML

log "precompressing (.br, .gz)"
find "$OUT" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
    -o -name '*.svg' -o -name '*.json' -o -name '*.txt' -o -name '*.webmanifest' \) -print0 |
    while IFS= read -r -d '' f; do
        brotli -q 11 -f -k -o "$f.br" "$f"
        gzip -9 -n -k -f -c "$f" > "$f.gz"
    done

# A page loaded before this deploy fetches its lazy chunks later, from the
# pkg/<hash>/ its index.html named: keep the previous build's bundle beside
# the new one (one generation), so that navigating there still works.
if [ -f "$DIST/index.html" ]; then
    prev="$(grep -o 'pkg/[0-9a-f]\{12\}/' "$DIST/index.html" | head -n1 || true)"
    if [ -n "$prev" ] && [ -d "$DIST/$prev" ] && [ ! -e "$OUT/$prev" ]; then
        cp -r "$DIST/$prev" "$OUT/$prev"
    fi
fi
rm -rf "$DIST.old"
[ -d "$DIST" ] && mv "$DIST" "$DIST.old"
mv "$OUT" "$DIST"
rm -rf "$DIST.old"

# ------------------------------------------------------------------ report
size() { stat -c %s "$1"; }
D="$DIST"
total=0
printf '\n%-40s %10s %10s\n' "first load" "raw" "brotli"
for f in index.html "$JS" "$SPLIT_JS" "$WASM" "$CSS"; do
    raw=$(size "$D/$f"); br=$(size "$D/$f.br")
    total=$((total + br))
    printf '%-40s %10d %10d\n' "$f" "$raw" "$br"
done
printf '%-40s %10s %10d  (%d KB of %d KB budget)\n' "total" "" "$total" $((total / 1024)) $((BUDGET / 1024))
fonts=0
for f in "$D"/fonts/*.woff2; do fonts=$((fonts + $(size "$f"))); done
printf '%-40s %10d  (woff2, preloaded: regular, and semibold for 600-700)\n' "fonts" "$fonts"
printf '\n%-40s %10s %10s %12s\n' "lazy groups (one bundle each)" "raw" "brotli" "+ first load"
for f in "$D/$PKG"/bundle_*.wasm; do
    [ -f "$f" ] || continue
    br=$(size "$f.br")
    printf '%-40s %10d %10d %12d\n' "$(basename "$f")" "$(size "$f")" "$br" $((total + br))
done
n=0 raw=0 br=0
for f in "$D/$PKG"/chunk_*.wasm; do
    [ -f "$f" ] || continue
    n=$((n + 1)) raw=$((raw + $(size "$f"))) br=$((br + $(size "$f.br")))
done
printf '%-40s %10d %10d\n' "shared chunks ($n files)" "$raw" "$br"
if [ "$total" -gt "$BUDGET" ]; then
    [ "${STRICT_BUDGET:-0}" = 1 ] && die "first load $total B exceeds the budget of $BUDGET B"
    printf 'WARNING: first load %d B exceeds the budget of %d B\n' "$total" "$BUDGET" >&2
fi
