# Shared by scripts/run.sh and scripts/test.sh: install what is missing.
# Everything the project needs is installed from here, by package name, so a
# fresh machine gets the same tools as the developers' ones.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# A target dir outside the clone survives fresh clones on the same machine
# (CI clones anew for every run; Rust compiles dominate its time).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/pin-inps/target}"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\n==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_rust_wasm() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  # The CLI must match the wasm-bindgen library version pinned in Cargo.lock.
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    log "cargo install wasm-bindgen-cli $want"
    cargo install wasm-bindgen-cli --version "$want"
  fi
  apt_install brotli gzip
}

ensure_chromium() {
  apt_install chromium chromium-driver
}

build_app() {
  log "building the SPA into dist/"
  bash "$ROOT/scripts/build-app.sh"
}
