#!/usr/bin/env bash
# CI stage "csp": the element under a host's strict Content Security Policy
# with Trusted Types (default-src 'self'; style-src 'self';
# require-trusted-types-for 'script'; trusted-types lit-html), in Lit's
# production and development builds, in headless Chromium: renders a full
# history, opens a tooltip, and expects zero securitypolicyviolation events and
# zero console errors. Writes .cache/test-results/csp.json
# ({"passed":N,"failed":N}); exits 1 when a check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node scripts/csp-check.mjs "$@"
