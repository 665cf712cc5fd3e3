#!/usr/bin/env bash
# Differential test of the codice fiscale engine against python-codicefiscale
# 0.12.1 on random persons (default 12 000 persons → 36 000 codes).
#   bench/cf/differential.sh [PERSONS] [SEED]
# python-codicefiscale goes into a throwaway virtualenv ($VENV, default /tmp).
# Our side: `server cf check` if an already built server binary ($SERVER,
# default target/release/server) offers it, else the same engine and JSON
# through `cargo bench -p domain --bench cf -- check`.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PERSONS="${1:-12000}"
SEED="${2:-1}"
VENV="${VENV:-/tmp/pin-inps-cf-venv}"
OUT="${OUT:-/tmp/pin-inps-cf-diff}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/root/.cache/pin-inps/target}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "python-codicefiscale==0.12.1"
mkdir -p "$OUT"
"$VENV/bin/python" "$HERE/gen_corpus.py" "$PERSONS" "$SEED" "$OUT"
cd "$REPO"
SERVER="${SERVER:-$CARGO_TARGET_DIR/release/server}"
if [ -x "$SERVER" ] && echo RSSMRA80A01H501U | "$SERVER" cf check 2>/dev/null | grep -q '"valid":true'; then
  echo "ours: server cf check"
  "$SERVER" cf check < "$OUT/codes.txt" > "$OUT/rust.jsonl"
else
  echo "ours: cargo bench -p domain --bench cf -- check (server cf check not available)"
  cargo bench -q -p domain --bench cf -- check < "$OUT/codes.txt" > "$OUT/rust.jsonl"
fi
"$VENV/bin/python" "$HERE/compare.py" "$OUT"
