#!/usr/bin/env bash
# One command to run Masthead locally on an embedded SQLite file: secrets, build, migrations, demo content, server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 MASTHEAD_DEMO=1
export DATABASE_URI="${DATABASE_URI:-file:./data/masthead.db}"
PORT="${PORT:-3000}"
export SERVER_URL="${SERVER_URL:-http://localhost:$PORT}"

node scripts/setup-env.mjs
if [ ! -f .next/BUILD_ID ] || [ ! -f dist/src/server/http/server.js ] || [ -n "$(find src payload.config.ts next.config.mjs -newer .next/BUILD_ID -print -quit)" ]; then
  npm run -s build
fi
# Production mode: the adapter applies the committed migrations (prodMigrations) before seeding.
NODE_ENV=production npx tsx --env-file=.env scripts/seed.ts
export PORT
exec npm start
