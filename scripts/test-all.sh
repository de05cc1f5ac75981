#!/usr/bin/env bash
# npm test: lint, typecheck, unit, build, then integration and e2e against the real keychain and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint (eslint + prettier)"
npm run -s lint
step "typecheck (main, electron shell, renderer)"
npm run -s typecheck
step "unit"
npx vitest run --project unit
step "build (main bundles + renderer)"
npm run -s build

# On Linux the keychain tests get a private, unlocked gnome-keyring on a private D-Bus,
# so they never touch the developer's own keyring and CI always has a real Secret Service.
wrap=()
if [ "$(uname -s)" = "Linux" ]; then wrap=(bash scripts/with-keyring.sh); fi
# The key-lifecycle crash matrix (about 2,200 s, one child process at a time) runs beside the
# rest, each under its own private keyring, so npm test fits well inside CI's hour on 2 cores.
# Its output is kept and printed after the rest, and either failing fails the step.
step "integration (real SQLCipher, real keychain) and e2e (real Chromium); the crash matrix beside them"
matrix_log=$(mktemp "${TMPDIR:-/tmp}/fortrolig-crash-matrix.XXXXXX")
# A test process that dies is named at the end of each run (test/support/unfinished-files-reporter.ts).
reporters=(--reporter=default --reporter=./test/support/unfinished-files-reporter.ts)
"${wrap[@]}" npx vitest run "${reporters[@]}" --project integration test/integration/key-lifecycle-crash-points.test.ts >"$matrix_log" 2>&1 &
matrix=$!
rest=0
"${wrap[@]}" npx vitest run "${reporters[@]}" --project integration --project e2e --exclude '**/key-lifecycle-crash-points.test.ts' || rest=$?
crash=0
wait "$matrix" || crash=$?
step "key-lifecycle crash matrix (ran beside the rest)"
cat "$matrix_log"
rm -f "$matrix_log"
if [ "$rest" -ne 0 ] || [ "$crash" -ne 0 ]; then
  echo "integration/e2e exit $rest, crash matrix exit $crash" >&2
  exit 1
fi
# Figures only (nothing is asserted; timing belongs in benchmarks): proves the UI bench still runs.
step "bench:ui --quick (300 participants; prints figures, asserts nothing)"
"${wrap[@]}" npx tsx test/bench/ui-bench.ts --quick
