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
step "integration (real SQLCipher, real keychain) and e2e (real Chromium)"
"${wrap[@]}" npx vitest run --project integration --project e2e
# Figures only (nothing is asserted; timing belongs in benchmarks): proves the UI bench still runs.
step "bench:ui --quick (300 participants; prints figures, asserts nothing)"
"${wrap[@]}" npx tsx test/bench/ui-bench.ts --quick
