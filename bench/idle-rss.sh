#!/usr/bin/env bash
# Idle memory of the release server (issue 10: idle RSS <= 30 MB). Starts
# `server serve` on a fresh SQLite file with the built SPA (dist/, built if
# missing), waits for /api/v1/health, then for the RSS to settle (the first
# start hashes the seeded citizens' PINs; the hasher returns its Argon2
# buffers once idle for 1 s), and prints the RSS with its breakdown. Then the
# same for a restart on the same file (nothing to seed) and for a start
# without the SPA (its share).
#   IDLE_STATIC_DIR=dist   the SPA to serve
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/common.sh"
source "$ROOT/scripts/lib/postgres.sh" # port_is_free
cd "$ROOT"
apt_install curl

static_dir="${IDLE_STATIC_DIR:-$ROOT/dist}"
if [ ! -f "$static_dir/index.html" ]; then
  ensure_rust_wasm
  build_app
fi
log "building the release server"
cargo build --quiet --release -p server --bin server
work=$(mktemp -d /tmp/pin-inps-idle.XXXXXX)
cp "$CARGO_TARGET_DIR/release/server" "$work/server"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

kib() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# Rss of the mappings of PID, in KiB: "text rodata libs heap other_anon".
breakdown() {
  local pid="$1" exe
  exe=$(readlink "/proc/$pid/exe")
  awk -v exe="$exe" '
    /^[0-9a-f]+-[0-9a-f]+ / { perms = $2; name = $6; next }
    /^Rss:/ {
      if (name == exe && perms ~ /x/) text += $2
      else if (name == exe) rodata += $2
      else if (name ~ /^\//) libs += $2
      else if (name == "[heap]") heap += $2
      else anon += $2
    }
    END { print text + 0, rodata + 0, libs + 0, heap + 0, anon + 0 }' "/proc/$pid/smaps"
}

# The bytes of the SPA the server holds (static_files.rs): every .br and .gz,
# and each file's own bytes unless it is over 64 KiB with a .br copy.
spa_held() {
  find "$1" -type f -printf '%s %P\n' | awk '
    { size[$2] = $1 }
    END {
      for (f in size) {
        if (f ~ /\.(br|gz)$/) { base = f; sub(/\.(br|gz)$/, "", base); if (base in size) held += size[f]; continue }
        if (size[f] > 65536 && ((f ".br") in size)) continue
        held += size[f]
      }
      print held + 0
    }'
}

# Starts the server (extra arguments after DB), waits for health, then for
# 10 samples in a row (0.2 s apart) within 256 KiB of each other, at most
# 30 s; prints one line and the breakdown; stops the server.
measure() {
  local label="$1" db="$2"; shift 2
  local port rss_health rss prev stable=0 i
  while :; do port=$((20000 + RANDOM % 30000)); port_is_free "$port" && break; done
  RUST_LOG=warn "$work/server" serve --listen "127.0.0.1:$port" --database "sqlite://$work/$db" \
    --uploads-dir "$work/uploads" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done
  rss_health=$(kib "$server_pid" VmRSS)
  prev=$rss_health
  for i in $(seq 1 150); do
    sleep 0.2
    rss=$(kib "$server_pid" VmRSS)
    if [ $((rss > prev ? rss - prev : prev - rss)) -le 256 ]; then stable=$((stable + 1)); else stable=0; fi
    prev=$rss
    [ "$stable" -ge 10 ] && break
  done
  local anon file threads text rodata libs heap other
  anon=$(kib "$server_pid" RssAnon); file=$(kib "$server_pid" RssFile)
  threads=$(kib "$server_pid" Threads)
  read -r text rodata libs heap other < <(breakdown "$server_pid")
  printf '%-28s | %6s MB | %8s MB | %5s MB | %5s MB | %7s\n' "$label" "$(mb "$rss_health")" \
    "$(mb "$rss")" "$(mb "$anon")" "$(mb "$file")" "$threads"
  printf '%-28s   binary code %s MB, binary data %s MB, libraries %s MB, heap %s MB, other anonymous (stacks, arenas) %s MB; settled after %.1f s\n' \
    "" "$(mb "$text")" "$(mb "$rodata")" "$(mb "$libs")" "$(mb "$heap")" "$(mb "$other")" "$(awk -v i="$i" 'BEGIN { print i * 0.2 }')"
  echo "$rss" >"$work/last"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

log "idle RSS of the release server ($(nproc) cores; SPA: $static_dir, $(mb $(( $(spa_held "$static_dir") / 1024 ))) MB held in memory)"
printf '%-28s | %9s | %11s | %8s | %8s | %s\n' start "at health" "settled RSS" anon file threads
measure "first start, with the SPA" pin.db --static-dir "$static_dir"
first=$(cat "$work/last")
measure "restart, with the SPA" pin.db --static-dir "$static_dir"
restart=$(cat "$work/last")
measure "restart, no SPA" pin.db
worst=$((first > restart ? first : restart))
if [ "$worst" -le $((30 * 1024)) ]; then verdict="met"; else verdict="NOT met"; fi
echo "idle RSS with the SPA: $(mb "$worst") MB (goal <= 30 MB: $verdict)"
