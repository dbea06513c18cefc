#!/usr/bin/env bash
# Keeps `npm run bench` working: a reduced run (100 sends, one sample), no
# timing asserted. Counts 1 passed when it runs to the end.
if node scripts/bench.mjs --ci; then node scripts/results.mjs bench 1 0; else node scripts/results.mjs bench 0 1; fi
