#!/usr/bin/env bash
# CI stage "readme": the README's API tables must match custom-elements.json
# (generated from the JSDoc). Writes .cache/test-results/readme.json
# ({"passed":N,"failed":N}, one check); fix with `npm run readme:api`.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node scripts/readme-api.mjs --check
