#!/usr/bin/env node
/**
 * Test counts of the CI stages: <stage>.json as {"passed":N,"failed":N} in
 * $TEST_RESULTS_DIR (default .cache/test-results/).
 *
 *   node scripts/results.mjs <stage> <passed> <failed>
 *       records a stage's counts (for shell stages).
 *   node scripts/results.mjs sum [<failed stage>…]
 *       prints each stage's counts, then `N passed, N failed` over all of them.
 *       A failed stage that recorded no failure counts as 1 failed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = process.env.TEST_RESULTS_DIR || fileURLToPath(new URL('../.cache/test-results/', import.meta.url));

/** Records and prints a stage's counts; returns the exit code they call for. */
export function record(stage, passed, failed) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${stage}.json`), `${JSON.stringify({ passed, failed })}\n`);
  console.log(`${stage}: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

/**
 * Named checks of a stage. `check(name, fn)` runs fn and prints ok or FAIL
 * with the time; a throw, or a non-empty string returned, fails it.
 * `done()` records the counts and returns the exit code.
 */
export function checklist(stage) {
  const counts = { passed: 0, failed: 0 };
  async function check(name, fn) {
    const start = performance.now();
    let problem;
    try {
      const result = await fn();
      problem = typeof result === 'string' ? result : '';
    } catch (error) {
      problem = String(error?.stack ?? error);
    }
    counts[problem ? 'failed' : 'passed']++;
    const took = `${((performance.now() - start) / 1000).toFixed(1)} s`;
    console.log(`  ${problem ? 'FAIL' : 'ok  '}  ${name} (${took})${problem && `\n${problem.replace(/^/gm, '        ')}`}`);
    return !problem;
  }
  return { check, done: () => record(stage, counts.passed, counts.failed) };
}

/** A stage's counts; unreadable ones, and none from a stage that failed, count as 1 failed. */
function read(stage, stageFailed) {
  let counts = {};
  try {
    counts = JSON.parse(readFileSync(join(DIR, `${stage}.json`), 'utf8'));
  } catch {
    // missing or unreadable: the stage stopped before it counted
  }
  const { passed, failed } = counts;
  if (!Number.isInteger(passed) || !Number.isInteger(failed)) return { passed: 0, failed: 1, note: ' (no counts: 1 failed)' };
  if (stageFailed && !failed) return { passed, failed: 1, note: ' (the stage failed: 1 failed)' };
  return { passed, failed, note: '' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'sum') {
    mkdirSync(DIR, { recursive: true });
    const stages = new Set([...readdirSync(DIR).map((file) => file.replace(/\.json$/, '')), ...args]);
    const total = { passed: 0, failed: 0 };
    for (const stage of [...stages].sort()) {
      const { passed, failed, note } = read(stage, args.includes(stage));
      total.passed += passed;
      total.failed += failed;
      console.error(`  ${stage.padEnd(24)} ${passed} passed, ${failed} failed${note}`);
    }
    console.log(`${total.passed} passed, ${total.failed} failed`);
  } else {
    const [passed, failed] = args.map(Number);
    if (!command || !Number.isInteger(passed) || !Number.isInteger(failed)) {
      console.error('usage: node scripts/results.mjs <stage> <passed> <failed> | sum [<failed stage>…]');
      process.exit(2);
    }
    process.exit(record(command, passed, failed));
  }
}
