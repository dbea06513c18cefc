#!/usr/bin/env bash
# CI stage "size": min+gzip of the element's own code (budget 8 KB) and of the
# standalone bundle (budget 18 KB). Writes .cache/test-results/size.json
# ({"passed":N,"failed":N}, one check per budget); exits 1 when over budget.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node scripts/size.mjs "$@"
