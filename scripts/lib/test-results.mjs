/**
 * Where test stages record their counts for .ci/run: <stage>.json in
 * $TEST_RESULTS_DIR (default .cache/test-results/) as {"passed":N,"failed":N},
 * more keys allowed. scripts/ci-results.mjs sums them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR =
  process.env.TEST_RESULTS_DIR || fileURLToPath(new URL('../../.cache/test-results/', import.meta.url));

/** The file a stage's counts go to. */
export const resultsFile = (stage) => join(RESULTS_DIR, `${stage}.json`);

/** Writes a stage's counts, creating the folder if needed. */
export function writeStageResults(stage, counts) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(resultsFile(stage), `${JSON.stringify(counts, null, 2)}\n`);
}
