#!/usr/bin/env bash
# CI stage "consumer": build, npm pack, install the tarball into a scratch
# project outside the repository and use it as a host app would (types, a
# rollup bundle, a plain <script type="module">) in headless Chromium.
# Writes .cache/test-results/consumer.json ({"passed":N,"failed":N}).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node scripts/consumer-test.mjs "$@"
