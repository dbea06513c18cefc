#!/usr/bin/env node
/**
 * `npm test`: checks Node and the browsers, runs the DOM-free tests in
 * test/node/ with Node's own runner (recorded as `node: N passed, N failed`),
 * then web-test-runner with web-test-runner.config.mjs, and records and prints
 * `wtr: N passed, N failed`, each test counted once per browser. Extra
 * arguments go to web-test-runner alone (`npm test -- --files
 * test/data/parse.test.ts`); then the Node tests do not run.
 *
 * A session that failed without a failing test (a file that did not load, a
 * browser that crashed) counts as 1 failed, and so does a run that stopped
 * before any test (bad arguments, no test files): nothing broken reads green.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingBrowsers, selectedBrowsers } from './browsers.mjs';
import { record } from './results.mjs';

let counts = { passed: 0, failed: 0 };
process.on('exit', (code) => {
  process.exitCode = record('wtr', counts.passed, counts.failed || (code ? 1 : 0));
});

function fail(message) {
  console.error(message);
  process.exit(1);
}

let modules;
try {
  modules = await Promise.all([import('semver'), import('@web/test-runner')]);
} catch {
  fail('The development dependencies are not installed: run `npm ci`.');
}
const [{ default: semver }, { startTestRunner }] = modules;

// ESLint 10, Vite 8 and web-test-runner fail on an older Node with errors nobody can read.
const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
if (!semver.satisfies(process.version, engines.node)) {
  fail(`Node ${process.version} is too old for the tests: they need Node ${engines.node} (package.json "engines").`);
}

let browsers;
try {
  browsers = selectedBrowsers();
} catch (error) {
  fail(error.message);
}
const available = browsers.filter((browser) => !missingBrowsers([browser]));
const problem = missingBrowsers(
  browsers,
  available.length ? `, or run the tests in ${available[0].label} only: BROWSERS=${available[0].name} npm test` : '',
);
if (problem) fail(problem);

// The adapters and other DOM-free modules must run in Node, not only in browsers.
function runNodeTests() {
  const files = readdirSync('test/node', { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join('test/node', file));
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], {
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  const total = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(run.stdout)?.[1] ?? 0);
  const failed = total('fail') + total('cancelled');
  return record('node', total('pass'), failed || (run.status ? 1 : 0));
}
const nodeFailed = process.argv.length > 2 ? 0 : runNodeTests();

function count(suite, total) {
  for (const test of suite?.tests ?? []) {
    if (test.passed) total.passed++;
    else if (!test.skipped) total.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, total);
}

const runner = await startTestRunner({
  argv: ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  autoExitProcess: false,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => runner?.stop());
runner?.on('stopped', (passed) => {
  counts = { passed: 0, failed: 0 };
  for (const session of runner.sessions.all()) {
    const before = counts.failed;
    count(session.testResults, counts);
    if (!session.passed && counts.failed === before) counts.failed++;
  }
  process.exit(passed && !nodeFailed ? 0 : 1);
});
