#!/usr/bin/env node
/**
 * `npm run manifest:check`: regenerates the custom elements manifest into
 * .cache/manifest/ and fails unless it equals the committed custom-elements.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
// cem joins --outdir onto the working directory, so it must be relative.
const cem = ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--quiet'];
if (spawnSync(process.execPath, [...cem, '--outdir', '.cache/manifest'], { stdio: 'inherit' }).status !== 0) {
  console.error('manifest:check: the analyzer failed (see above).');
  process.exit(1);
}
if (!readFileSync('.cache/manifest/custom-elements.json').equals(readFileSync('custom-elements.json'))) {
  console.error('custom-elements.json is stale: it does not match the source. Run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
