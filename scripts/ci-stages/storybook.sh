#!/usr/bin/env bash
# CI stage "storybook": type-checks the stories, builds the static Storybook
# (storybook-static/) and smoke-tests every story and docs page in it with
# headless Chromium (scripts/storybook-smoke.mjs: expected state, no errors,
# axe). Writes .cache/test-results/storybook.json ({"passed":N,"failed":N});
# exits non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export STORYBOOK_DISABLE_TELEMETRY=1

mkdir -p .cache
echo "--- type check: .storybook/ and stories/"
npx tsc -p .storybook/tsconfig.json

echo "--- storybook build"
start=$SECONDS
npm run build-storybook --silent >.cache/storybook-build.log 2>&1 || {
  tail -n 40 .cache/storybook-build.log
  exit 1
}
echo "built storybook-static/ in $((SECONDS - start)) s (log: .cache/storybook-build.log)"

echo "--- smoke test: every story in headless Chromium"
node scripts/storybook-smoke.mjs
