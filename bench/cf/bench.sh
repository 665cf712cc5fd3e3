#!/usr/bin/env bash
# Codice fiscale benchmark, side by side in one run:
#   ours, in process (validate+decode, then +JSON)   1 000 000 codes
#   ours, `server cf check` (stdin → JSON lines)      1 000 000 codes
#   codice-fiscale-js 2.4.0, new CodiceFiscale(code)  $JS_N codes (default all)
#   python-codicefiscale 0.12.1, decode(code)          $PY_N codes (default 20 000:
#                                                      ~1.3 ms/code, 1M would take ~20 min)
# Usage: bench/cf/bench.sh [N_CODES]
# Node and Python packages go to throwaway dirs ($JS_DIR, $VENV; default /tmp).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
N="${1:-1000000}"
JS_N="${JS_N:-$N}"
PY_N="${PY_N:-20000}"
VENV="${VENV:-/tmp/pin-inps-cf-venv}"
JS_DIR="${JS_DIR:-/tmp/pin-inps-cf-js}"
OUT="${OUT:-/tmp/pin-inps-cf-bench}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/root/.cache/pin-inps/target}"
mkdir -p "$OUT" "$JS_DIR"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "python-codicefiscale==0.12.1"
[ -d "$JS_DIR/node_modules/codice-fiscale-js" ] || (cd "$JS_DIR" && npm install --silent --no-save codice-fiscale-js@2.4.0)

cd "$REPO"
cargo bench -q -p domain --bench cf --no-run 2>/dev/null
cargo bench -q -p domain --bench cf -- gen "$N" 42 > "$OUT/codes.txt"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$OUT/codes.txt") codes (≈90 % valid, 20 % omocodes)"

cargo bench -q -p domain --bench cf -- bench "$OUT/codes.txt"

SERVER="${SERVER:-$CARGO_TARGET_DIR/release/server}"
if [ -x "$SERVER" ] && echo RSSMRA80A01H501U | "$SERVER" cf check 2>/dev/null | grep -q '"valid":true'; then
  CLI=("$SERVER" cf check); LABEL="server cf check"
else
  CLI=(cargo bench -q -p domain --bench cf -- check); LABEL="cf check (domain bench binary; server not built)"
fi
"${CLI[@]}" < /dev/null > /dev/null
start=$(date +%s.%N)
lines=$("${CLI[@]}" < "$OUT/codes.txt" | wc -l)
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$lines" -v l="$LABEL" 'BEGIN {
  t = e - s; printf "rust %-38s %8.1f ns/code %12.0f codes/s  total %.3f s (%d JSON lines)\n", l ":", t * 1e9 / n, n / t, t, n }'

NODE_PATH="$JS_DIR/node_modules" node "$HERE/bench_js.js" "$OUT/codes.txt" "$JS_N"
"$VENV/bin/python" "$HERE/bench_py.py" "$OUT/codes.txt" "$PY_N"
