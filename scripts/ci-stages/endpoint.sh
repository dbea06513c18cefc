#!/usr/bin/env bash
# CI stage "endpoint": the reference SendGrid endpoint (examples/sendgrid-endpoint/)
# end to end: `npm run example:endpoint` on a fresh data directory,
# `npm run example:replay` (SendGrid's sample batch, signed), the demo page
# in headless Chromium showing the verified history, 304 polling, a new event,
# a restart that keeps the data, and the same SQL on a throwaway PostgreSQL
# cluster when PostgreSQL is installed. Only 127.0.0.1 is contacted.
# Writes .cache/test-results/endpoint.json ({"passed":N,"failed":N}); exits 1
# when a check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node --import tsx scripts/endpoint-check.mjs "$@"
