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
repo=$PWD
work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
check() { # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}

# What a new user's shell has: this environment less everything set for CI or a test run.
scrub=()
while IFS='=' read -r name _; do
  case $name in
    CI | TEST_RESULTS_DIR | BROWSERS | CHROME_PATH | FIREFOX_PATH | PORT | npm_* | NPM_CONFIG_* | PUPPETEER_* | PLAYWRIGHT_*)
      scrub+=(-u "$name") ;;
  esac
done < <(env)
as_newcomer() { env "${scrub[@]}" "$@"; }

# Browser downloads land in these caches; a newcomer's install must leave them as they were.
browser_caches() { find "$HOME/.cache/puppeteer" "$HOME/.cache/ms-playwright" -type f 2>/dev/null | sort; }

git clone --quiet "$repo" "$work/clone"
cd "$work/clone"

before=$(browser_caches)
install_ok() { as_newcomer npm ci --no-audit --no-fund >"$work/install.log" 2>&1 || { tail -n 30 "$work/install.log"; return 1; }; }
no_engine_warning() { ! grep -m 5 EBADENGINE "$work/install.log"; }
no_browser_download() { [[ "$(browser_caches)" == "$before" ]] || { echo "npm ci wrote browser files under ~/.cache"; return 1; }; }
check "npm ci" install_ok
check "npm ci: no EBADENGINE warning" no_engine_warning
check "npm ci: no browser downloaded" no_browser_download

tests_pass() { as_newcomer npm test >"$work/test.log" 2>&1 || { tail -n 40 "$work/test.log"; return 1; }; tail -n 1 "$work/test.log"; }
check "npm test" tests_pass

demo_serves() {
  as_newcomer npm start >"$work/start.log" 2>&1 &
  server_pid=$!
  local url=
  for _ in $(seq 1 60); do
    url=$(grep -oE 'http://[^ ]+/demo/' "$work/start.log" | head -n 1)
    [[ -n $url ]] && break
    sleep 0.5
  done
  [[ -n $url ]] || { cat "$work/start.log"; return 1; }
  curl -fsS "$url" | grep -q '<invoice-communications' &&
    curl -fsS "${url%/demo/}/api/example/history?scenario=realistic" | grep -q '"sends"'
}
check "npm start: demo page and example endpoint" demo_serves

cd "$repo"
node scripts/ci-results.mjs write fresh-clone "$passed" "$failed"
((failed == 0))
