#!/usr/bin/env bash
# Install what the tests need and run all of them: Rust unit and integration
# tests (on SQLite, then the store suite and the two-process test on a
# throwaway PostgreSQL cluster), then Playwright in Chromium (desktop and
# mobile viewports).
# Ends with one line `ci: N passed, N failed` summed over Rust and Playwright.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/postgres.sh"
cd "$ROOT"
ensure_rust_wasm
ensure_chromium
# The static-hosting journey serves dist/ from a plain nginx (not our server).
apt_install nginx
# The SMTP relay tests (server/tests/api/relay.rs) send to a real SMTP server.
apt_install python3-aiosmtpd

logs="$(mktemp -d)"
status=0
# The PostgreSQL cluster goes whatever happens, Ctrl-C included.
trap stop_test_postgres EXIT
trap 'exit 130' INT TERM

log "cargo test (domain, server)"
cargo test --workspace --exclude app 2>&1 | tee "$logs/cargo.txt" || status=1
# The app's host tests (the catalog key check) on their own: in one command
# with the server, cargo would unify features and rebuild shared crates.
log "cargo test -p app (host)"
cargo test -p app 2>&1 | tee -a "$logs/cargo.txt" || status=1

log "cargo test on PostgreSQL (store suite, two processes on one database)"
pg_ran=0
if start_test_postgres; then
  cargo test -p server --features postgres-tests --lib --test postgres \
    -- store::postgres:: two_processes_ 2>&1 | tee "$logs/cargo-pg.txt" || status=1
  # The HTTP integration tests again, each app on a database of its own on
  # the cluster. Skipped here: the three that open the SQLite file itself
  # (restart on it, the operator CLI on it, reading its tables).
  PIN_INPS_TEST_DATABASE=postgres cargo test -p server --features postgres-tests --test api -- \
    --skip sim::clock_set_survives_a_restart \
    --skip backoffice::operators_are_created_and_changed_from_the_command_line \
    --skip security::no_secret_is_stored_in_clear_outside_the_messages \
    2>&1 | tee -a "$logs/cargo-pg.txt" || status=1
  pg_ran=1
else
  status=1
fi
stop_test_postgres

build_app || status=1
log "building the server for the browser tests"
cargo build -p server || status=1

log "Playwright (Chromium, desktop and mobile)"
(
  cd end2end
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
  PLAYWRIGHT_JSON_OUTPUT_NAME="$logs/playwright.json" npx playwright test --reporter=line,json
) || status=1

# Page budgets (issue 10): bytes, requests before first paint, CLS in
# Chromium for every entry route, Lighthouse 12 on three; one passed or
# failed per route (scripts/pages-budget.sh, about two minutes).
log "page budgets (Chromium, Lighthouse 12)"
bash scripts/pages-budget.sh 2>&1 | tee "$logs/pages.txt" || status=1

# Sum the counts: cargo's "test result:" lines, Playwright's JSON stats,
# the page budgets' "pages result:" line.
touch "$logs/cargo-pg.txt"
read -r rust_pass rust_fail < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$logs/cargo.txt" "$logs/cargo-pg.txt")
# Playwright's counts are per test, whatever the number of workers: each
# test's final outcome in the JSON report. A test that never ran (the run
# was interrupted, a worker died before reaching it) counts as failed; only
# a test the spec itself skips counts as neither.
read -r pw_pass pw_fail < <(node -e '
  const fs = require("fs");
  let report = {};
  try { report = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch (e) {}
  let pass = 0, fail = 0;
  const walk = (suite) => {
    for (const spec of suite.specs || []) {
      for (const t of spec.tests || []) {
        if (t.status === "expected" || t.status === "flaky") pass += 1;
        else if (!(t.status === "skipped" && t.expectedStatus === "skipped")) fail += 1;
      }
    }
    (suite.suites || []).forEach(walk);
  };
  (report.suites || []).forEach(walk);
  fail += (report.errors || []).length;
  console.log(pass, fail);
' "$logs/playwright.json")
read -r pages_pass pages_fail < <(awk '/^pages result:/ { p = $3; f = $5 } END { print p + 0, f + 0 }' "$logs/pages.txt")
# A suite that could not run at all counts as one failure, never as silence.
if ! grep -q '^pages result:' "$logs/pages.txt"; then pages_fail=$((pages_fail + 1)); fi
if [ ! -s "$logs/playwright.json" ]; then pw_fail=$((pw_fail + 1)); fi
if [ "$pg_ran" = 0 ] || ! grep -q '^test result:' "$logs/cargo-pg.txt"; then rust_fail=$((rust_fail + 1)); fi
passed=$((rust_pass + pw_pass + pages_pass))
failed=$((rust_fail + pw_fail + pages_fail))
if [ "$failed" -gt 0 ] && [ "$status" = 0 ]; then status=1; fi
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo "rust: $rust_pass passed, $rust_fail failed; playwright: $pw_pass passed, $pw_fail failed; pages: $pages_pass passed, $pages_fail failed"
echo "ci: $passed passed, $failed failed"
exit "$status"
