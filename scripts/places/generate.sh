#!/usr/bin/env bash
# Regenerates domain/data/places.tsv, provinces.tsv and known_codes.bin from
# ANPR's archive of comuni and foreign states as shipped in the PyPI package
# python-codicefiscale==0.12.1 (data: ANPR, CC BY 4.0).
# The package is installed into a throwaway virtualenv (default /tmp).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="${VENV:-/tmp/pin-inps-places-venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet "python-codicefiscale==0.12.1"
DATA_DIR="$("$VENV/bin/python" -c 'import codicefiscale, os; print(os.path.join(os.path.dirname(codicefiscale.__file__), "data"))')"
"$VENV/bin/python" "$HERE/generate.py" "$DATA_DIR" "$REPO/domain/data"
