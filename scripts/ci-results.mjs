#!/usr/bin/env node
/**
 * Test counts for .ci/run. Every test stage writes <stage>.json to
 * $TEST_RESULTS_DIR (scripts/lib/test-results.mjs).
 *
 *   node scripts/ci-results.mjs write <stage> <passed> <failed>
 *       writes <stage>.json (for stage scripts that count by themselves).
 *   node scripts/ci-results.mjs has-failures <stage>
 *       exits 0 when <stage>.json exists and records at least one failure.
 *   node scripts/ci-results.mjs sum
 *       prints one line per file to stderr, then `N passed, N failed` to stdout,
 *       summed over every file. An unreadable file counts as 1 failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { RESULTS_DIR, resultsFile, writeStageResults } from './lib/test-results.mjs';

const isCount = (value) => Number.isInteger(value) && value >= 0;

/** {passed, failed} of one file, or null when it cannot be read. */
function read(file) {
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    return isCount(counts.passed) && isCount(counts.failed) ? counts : null;
  } catch {
    return null;
  }
}

const [command, ...args] = process.argv.slice(2);

if (command === 'write') {
  const [stage, passed, failed] = args;
  const counts = { passed: Number(passed), failed: Number(failed) };
  if (!stage || !isCount(counts.passed) || !isCount(counts.failed)) {
    console.error('usage: ci-results.mjs write <stage> <passed> <failed>');
    process.exit(2);
  }
  writeStageResults(stage, counts);
} else if (command === 'has-failures') {
  const counts = read(resultsFile(args[0]));
  process.exit(counts && counts.failed > 0 ? 0 : 1);
} else if (command === 'sum') {
  let files = [];
  try {
    files = readdirSync(RESULTS_DIR).filter((file) => file.endsWith('.json')).sort();
  } catch {
    // No test stage wrote anything.
  }
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const counts = read(`${RESULTS_DIR}/${file}`) ?? { passed: 0, failed: 1, unreadable: true };
    passed += counts.passed;
    failed += counts.failed;
    const note = counts.unreadable ? ' (unreadable: counted as 1 failed)' : '';
    console.error(`  ${file.replace(/\.json$/, '').padEnd(24)} ${counts.passed} passed, ${counts.failed} failed${note}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
} else {
  console.error('usage: ci-results.mjs write|has-failures|sum');
  process.exit(2);
}
