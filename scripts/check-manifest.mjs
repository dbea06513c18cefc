#!/usr/bin/env node
/**
 * `npm run manifest:check`: regenerates the custom elements manifest in a
 * temporary folder and byte-compares it with the committed
 * custom-elements.json. Exits 1 when it is missing or stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'custom-elements.json');
const cem = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
const temp = mkdtempSync(join(tmpdir(), 'cem-check-'));

try {
  // cem joins --outdir onto the working directory, so it must be relative.
  const outdir = relative(root, temp);
  const result = spawnSync(process.execPath, [cem, 'analyze', '--litelement', '--quiet', '--outdir', outdir], {
    cwd: root,
    encoding: 'utf8',
  });
  const generated = join(temp, 'custom-elements.json');
  if (result.status !== 0 || !existsSync(generated)) {
    process.stderr.write(result.stdout + result.stderr);
    console.error('manifest:check: the analyzer failed (see above).');
    process.exit(1);
  }
  if (!existsSync(committed)) {
    console.error('custom-elements.json is missing: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  if (!readFileSync(generated).equals(readFileSync(committed))) {
    console.error('custom-elements.json is stale: it does not match the source. Run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
