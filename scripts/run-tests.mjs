#!/usr/bin/env node
/**
 * `npm test`: checks that the selected browsers are installed, runs
 * web-test-runner with web-test-runner.config.mjs (extra arguments are passed
 * on: `npm test -- --files test/data/parse.test.ts`), then prints one line
 * `wtr: N passed, N failed` counting each test in each browser, and exits
 * with web-test-runner's code.
 *
 * BROWSERS=chromium|firefox|chromium,firefox selects browsers (default both);
 * CHROME_PATH / FIREFOX_PATH point at other executables.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { BrowserSelectionError, executableProblem, selectedBrowsers } from './browsers.mjs';
import { RESULTS_FILE, writeResults } from './count-reporter.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function fail(lines) {
  process.stderr.write(`${lines.join('\n')}\n`);
  writeResults({ passed: 0, failed: 1, skipped: 0, error: lines[0] });
  console.log('wtr: 0 passed, 1 failed');
  process.exit(1);
}

function checkBrowsers() {
  let browsers;
  try {
    browsers = selectedBrowsers();
  } catch (error) {
    if (error instanceof BrowserSelectionError) fail([error.message]);
    throw error;
  }
  const missing = browsers
    .map((browser) => ({ ...browser, problem: executableProblem(browser.path) }))
    .filter((browser) => browser.problem);
  if (!missing.length) return browsers;
  const packages = missing.map((b) => b.aptPackage).join(' ');
  const available = browsers.filter((b) => !missing.some((m) => m.name === b.name));
  fail([
    ...missing.map((b) => `Cannot run the tests in ${b.label}: ${b.problem}.`),
    '',
    'Fix it in one of these ways:',
    `  - install ${missing.length > 1 ? 'them' : 'it'}: sudo apt-get install -y --no-install-recommends ${packages}`,
    ...missing.map((b) => `  - or set ${b.envVar} to an installed ${b.label} executable`),
    available.length
      ? `  - or run only ${available.map((b) => b.label).join(' and ')}: BROWSERS=${available.map((b) => b.name).join(',')} npm test`
      : '  - or run one browser: BROWSERS=chromium npm test (or BROWSERS=firefox)',
    '(The tests never download a browser.)',
  ]);
}

function readCounts() {
  try {
    const counts = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
    if (Number.isInteger(counts.passed) && Number.isInteger(counts.failed)) return counts;
  } catch {
    // No results: web-test-runner stopped before its reporters did.
  }
  return null;
}

// The tool chain (ESLint 10, Vite 8, web-test-runner) needs what `engines` says; on an older
// Node it fails later with an unreadable error, so say it first, in one line.
function checkNode() {
  const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  if (semver.satisfies(process.version, engines.node)) return;
  fail([`Node ${process.version} is too old for the tests: they need Node ${engines.node} (package.json "engines").`]);
}

checkNode();
const browsers = checkBrowsers();
rmSync(RESULTS_FILE, { force: true });

const wtrBin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
if (!existsSync(wtrBin)) fail(['@web/test-runner is not installed: run npm ci.']);

const child = spawn(
  process.execPath,
  [wtrBin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BROWSERS: browsers.map((b) => b.name).join(',') },
  },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
  const exitCode = code ?? (signal ? 1 : 0);
  let counts = readCounts();
  if (!counts || (exitCode !== 0 && counts.failed === 0)) {
    // web-test-runner failed without a failing test (bad arguments, a crash,
    // no test files): record it as one failure so no summary reads green.
    counts = { passed: counts?.passed ?? 0, failed: 1, skipped: counts?.skipped ?? 0 };
    writeResults({ ...counts, error: `web-test-runner exited with ${signal ?? exitCode}` });
  }
  console.log(`wtr: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(exitCode || (counts.failed ? 1 : 0));
});
