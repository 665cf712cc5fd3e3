#!/usr/bin/env bash
# What the codice fiscale engine and its place data add to the wasm app.
# Builds a throwaway cdylib (in $WORK, default /tmp) three ways, with the app's
# size settings (opt-level z, LTO, panic=abort) and the app's pipeline
# (wasm-bindgen --target web, then wasm-opt -Oz if build-tools/ has binaryen):
#   baseline    serde_json + chrono + js-sys, which the app has anyway
#   engine      + domain::codice_fiscale::check and its JSON, domain without
#               default features (embedded 3 250-byte code index)
#   place-data  + the full ANPR table (names, provinces, validity periods)
# Prints raw, gzip -9 and brotli -q 11 bytes of each .wasm and the differences.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="${WORK:-/tmp/pin-inps-cf-wasm-size}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/root/.cache/pin-inps/target}"
WASM_OPT="$REPO/build-tools/node_modules/.bin/wasm-opt"
mkdir -p "$WORK/src"
cat > "$WORK/Cargo.toml" <<TOML
[package]
name = "cf-wasm-size"
version = "0.1.0"
edition = "2021"

[lib]
crate-type = ["cdylib"]

[features]
engine = ["dep:domain"]
place-data = ["engine", "domain/place-data"]

[dependencies]
domain = { path = "$REPO/domain", default-features = false, optional = true }
serde_json = "1"
chrono = { version = "0.4", default-features = false, features = ["serde", "std", "alloc"] }
wasm-bindgen = "0.2"
js-sys = "0.3"

[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"

[workspace]
TOML
cat > "$WORK/src/lib.rs" <<'RS'
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub fn run(input: &str) -> String {
    #[cfg(feature = "engine")]
    return serde_json::to_string(&domain::codice_fiscale::check(input, None)).unwrap();
    #[cfg(not(feature = "engine"))]
    serde_json::to_string(&(input, chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64))).unwrap()
}
RS
cp "$REPO/Cargo.lock" "$WORK/Cargo.lock"
cd "$WORK"
declare -A BR
for variant in baseline engine place-data; do
  features=""; [ "$variant" = baseline ] || features="$variant"
  cargo build -q --release --target wasm32-unknown-unknown --features "$features"
  rm -rf "pkg-$variant"
  wasm-bindgen --target web --out-dir "pkg-$variant" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/cf_wasm_size.wasm"
  w="pkg-$variant/cf_wasm_size_bg.wasm"
  [ -x "$WASM_OPT" ] && "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext "$w" -o "$w"
  raw=$(stat -c %s "$w"); gz=$(gzip -9c "$w" | wc -c); br=$(brotli -q 11 -c "$w" | wc -c)
  BR[$variant]=$br
  printf '%-11s raw %8d  gzip %8d  brotli %8d\n' "$variant" "$raw" "$gz" "$br"
done
echo "engine adds (brotli): $(( BR[engine] - BR[baseline] )) bytes; full place data would add $(( BR[place-data] - BR[engine] )) more"
