#!/usr/bin/env bash
# Fails when a generated file (payload-types.ts, the admin import map) or the SQLite migrations lag behind
# the Payload config. Regenerates into the tree, so the fix is to commit what it leaves.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DATABASE_URI="file:$tmp/generate.db" MEDIA_DIR="$tmp/media"
export PAYLOAD_SECRET="${PAYLOAD_SECRET:-generated-files-check-0123456789}"
export NODE_ENV=development LOG_LEVEL=warn

generated=("src/payload-types.ts" "src/app/(payload)/admin/importMap.js" "docs/workflow.md")
for f in "${generated[@]}"; do cp "$f" "$tmp/$(basename "$f").before"; done
npx payload generate:types >/dev/null
npx payload generate:importmap >/dev/null
npx tsx scripts/workflow-docs.ts
stale=0
for f in "${generated[@]}"; do
  if ! cmp -s "$f" "$tmp/$(basename "$f").before"; then
    echo "STALE: $f does not match the Payload config. Run \`npm run generate\` (and \`npm run docs:workflow\`) and commit the result." >&2
    stale=1
  fi
done

before=$(ls src/migrations)
npx payload migrate:create schema_check --skip-empty >/dev/null
after=$(ls src/migrations)
if [ "$before" != "$after" ]; then
  new=$(comm -13 <(echo "$before") <(echo "$after"))
  echo "MISSING MIGRATION: the schema changed without a migration. Run \`npm run migrate:create -- <name>\` and commit it." >&2
  for f in $new; do rm -f "src/migrations/$f"; done
  git checkout -- src/migrations/index.ts 2>/dev/null || true
  stale=1
fi
[ "$stale" = 0 ] && echo "Generated files and migrations are in sync with the config."
exit "$stale"
