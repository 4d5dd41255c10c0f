#!/usr/bin/env bash
# Every test, in the order that fails fastest: static checks, unit, integration (Local API on temp SQLite),
# production build, then HTTP and browser tests against the production server on a fresh SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
results=.tmp/test-results
rm -rf "$results" && mkdir -p "$results"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
vitest_project() { npx vitest run --project "$1" --reporter=default --reporter=json --outputFile="$results/$1.json"; }

node scripts/setup-env.mjs   # the build loads the config, which needs a secret: a local one is generated once
step "Type check";                       npx tsc --noEmit
step "Lint (layers, import cycles)";     npx eslint . --max-warnings 0
step "Format";                           npx prettier --check . --log-level warn
step "Generated files and migrations";   bash scripts/check-generated.sh
step "Unit tests";                       vitest_project unit
step "Integration tests";                vitest_project int
step "Production build";                 npm run -s build  # the same build as production: next build, chunk compaction, server
step "HTTP and browser tests";           vitest_project http
step "Crash tests (SIGKILL mid-write)";  vitest_project faults

node -e '
  const fs = require("fs"); let passed = 0, failed = 0, skipped = 0
  for (const f of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(`${process.argv[1]}/${f}`, "utf8"))
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests
  }
  console.log(`\nAll test suites: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  console.log(`${passed} passed, ${failed} failed`)
' "$results"
