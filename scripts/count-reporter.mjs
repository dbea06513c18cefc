/**
 * A web-test-runner reporter that counts tests over every browser (a test run
 * in two browsers counts twice) and writes
 * `wtr.json` in $TEST_RESULTS_DIR (default .cache/test-results/):
 * {"passed":N,"failed":N,"skipped":N,"browsers":{…}}.
 *
 * A session that failed without a failing test (a file that did not load, an
 * error outside a test, a browser that crashed or timed out) counts as one
 * failed test, so a broken file can never look green.
 */
import { resultsFile, writeStageResults } from './lib/test-results.mjs';

export const RESULTS_FILE = resultsFile('wtr');

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** Counts passed, failed and skipped tests over the given sessions. */
export function countSessions(sessions) {
  const total = { passed: 0, failed: 0, skipped: 0, browsers: {} };
  for (const session of sessions) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    countSuite(session.testResults, counts);
    if (session.passed === false && counts.failed === 0) counts.failed = 1;
    const browser = session.browser?.name ?? 'unknown';
    const perBrowser = (total.browsers[browser] ??= { passed: 0, failed: 0, skipped: 0 });
    for (const key of ['passed', 'failed', 'skipped']) {
      total[key] += counts[key];
      perBrowser[key] += counts[key];
    }
  }
  return total;
}

export const writeResults = (counts) => writeStageResults('wtr', counts);

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  let latest;
  return {
    onTestRunFinished({ sessions }) {
      latest = countSessions(sessions);
      writeResults(latest);
    },
    stop({ sessions }) {
      // stop() sees the final sessions, also when a run was cut short.
      latest = countSessions(sessions);
      writeResults(latest);
    },
  };
}
