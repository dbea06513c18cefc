#!/usr/bin/env bash
# CI stage "size": min+gzip of the element's own code and of the standalone
# bundle against the budgets in scripts/size.mjs. Writes
# .cache/test-results/size.json (one check per budget); exits 1 when over.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node scripts/size.mjs "$@"
