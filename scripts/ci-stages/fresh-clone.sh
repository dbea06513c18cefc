#!/usr/bin/env bash
# CI stage "fresh-clone": the README's newcomer path, on a new clone of this
# commit in a temporary folder, with none of the checkout's node_modules and
# no variable a newcomer would not have (no *_SKIP_DOWNLOAD, no CI, no
# BROWSERS/CHROME_PATH/FIREFOX_PATH, no npm_* settings):
#   1. `npm ci` succeeds, prints no EBADENGINE warning and downloads no browser;
#   2. `npm test` passes;
#   3. `npm start` serves the demo page and its example endpoint.
# Writes .cache/test-results/fresh-clone.json, one check each.
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD work=$(mktemp -d) server_pid= passed=0 failed=0
# npm start runs in its own process group (setsid), so the server goes with it.
trap '[[ -n $server_pid ]] && kill -- "-$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

check() { # check NAME COMMAND...
  if "${@:2}"; then echo "ok   $1" && ((++passed)); else echo "FAIL $1" && ((++failed)); fi
}
# What a new user's shell has: this environment less everything set for CI or a test run.
scrub=()
for name in $(compgen -e); do
  [[ $name =~ ^(CI|TEST_RESULTS_DIR|BROWSERS|CHROME_PATH|FIREFOX_PATH|PORT|npm_.*|NPM_CONFIG_.*|PUPPETEER_.*|PLAYWRIGHT_.*)$ ]] && scrub+=(-u "$name")
done
as_newcomer() { env "${scrub[@]}" "$@"; }
# Prints the last lines of a log when the command writing it fails.
logged() { "${@:2}" >"$work/$1" 2>&1 || { tail -n 40 "$work/$1"; return 1; }; }
# Browser downloads land in these caches; a newcomer's install must leave them as they were.
browser_caches() { find "$HOME/.cache/puppeteer" "$HOME/.cache/ms-playwright" -type f 2>/dev/null | sort; }

git clone --quiet "$repo" "$work/clone" && cd "$work/clone" || exit 1
before=$(browser_caches)
check "npm ci" logged install.log as_newcomer npm ci --no-audit --no-fund
check "npm ci: no EBADENGINE warning" eval '! grep -m 5 EBADENGINE "$work/install.log"'
check "npm ci: no browser downloaded" eval '[[ "$(browser_caches)" == "$before" ]]'
check "npm test" logged test.log as_newcomer npm test && tail -n 1 "$work/test.log"

demo_serves() {
  setsid env "${scrub[@]}" npm start >"$work/start.log" 2>&1 &
  server_pid=$!
  local url=
  for _ in $(seq 1 60); do
    url=$(grep -oE 'http://[^ ]+/demo/' "$work/start.log" | head -n 1) && [[ -n $url ]] && break
    sleep 0.5
  done
  [[ -n $url ]] || { cat "$work/start.log"; return 1; }
  curl -fsS "$url" | grep -q '<invoice-communications' &&
    curl -fsS "${url%/demo/}/api/example/history?scenario=realistic" | grep -q '"sends"'
}
check "npm start: demo page and example endpoint" demo_serves

cd "$repo" && node scripts/results.mjs fresh-clone "$passed" "$failed"
