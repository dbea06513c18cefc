#!/usr/bin/env node
/**
 * The consumer test: what users get, not the source tree. Builds, packs the
 * package, installs the tarball into a scratch project outside the repository
 * (lit, @lit/task and @floating-ui/dom from npm's cache or registry) and then:
 *
 *   - resolves every `exports` entry and type-checks a TypeScript file that
 *     uses the package (no React), and a React 19 TSX file (@types/react);
 *   - bundles `import 'invoice-communications'` with rollup the way the README
 *     says and renders a served fixture in headless Chromium;
 *   - bundles `invoice-communications/element.js` (side-effect free: nothing
 *     registered) and registers it under another tag;
 *   - loads dist/invoice-communications.bundle.js with a plain
 *     <script type="module" src>, twice, and renders the same fixture.
 *
 * Writes .cache/test-results/consumer.json ({"passed":N,"failed":N}) and
 * prints `consumer: N passed, N failed`. KEEP=1 keeps the scratch project.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { launchChromium, openPage } from './browsers.mjs';
import { EXPECTED, FIXTURE, PAGES, TYPE_TESTS, checkPage } from './consumer/fixtures.mjs';
import { serve } from './lib/serve.mjs';
import { checklist } from './results.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const { check, done } = checklist('consumer');
const started = performance.now();

async function finish() {
  await browser.close();
  if (process.env.KEEP) console.log(`consumer: kept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
  console.log(`consumer: finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(done());
}

const npm = (args, cwd) => run('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024 });

const browser = await launchChromium();
const scratch = mkdtempSync(join(tmpdir(), 'ic-consumer-'));
const pkgDir = join(scratch, 'node_modules/invoice-communications');
let tarball;

console.log(`consumer: scratch project ${scratch}`);
const ready =
  (await check('npm run build', () => npm(['run', 'build'], root))) &&
  (await check('npm pack: the tarball holds what the exports map names, and no tests', async () => {
    const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root);
    const [info] = JSON.parse(stdout);
    tarball = join(scratch, info.filename);
    const files = new Set(info.files.map((f) => f.path));
    const needed = [
      'package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'schema/invoice-history.schema.json',
      'dist/index.js', 'dist/index.d.ts', 'dist/api.js', 'dist/api.d.ts', 'dist/define.js', 'dist/adapters/index.js',
      'dist/react.d.ts', 'dist/invoice-communications.bundle.js', 'dist/invoice-communications.js.map',
      'dist/i18n/locales/fr.js', 'dist/invoice-communications.fr.js',
    ];
    const missing = needed.filter((f) => !files.has(f));
    const extra = [...files].filter((f) => /^(test|stories|demo|scripts|\.storybook|node_modules)\//.test(f));
    console.log(`        ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} KB packed`);
    if (missing.length) return `missing from the tarball: ${missing.join(', ')}`;
    if (extra.length) return `should not be in the tarball: ${extra.slice(0, 5).join(', ')}`;
  })) &&
  (await check('npm install <tarball> into an empty project outside the repository', async () => {
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    await npm(['install', '--prefer-offline', '--no-audit', '--no-fund', tarball, '@types/react@19'], scratch);
    if (!existsSync(join(pkgDir, 'dist/index.js'))) return 'the package is not in node_modules';
  }));
if (!ready) await finish();

await check('every exports entry resolves to a file', async () => {
  const specifiers = ['', '/element.js', '/adapters', '/bundle', '/custom-elements.json', '/schema.json', '/package.json'];
  const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve('invoice-communications' + s));`;
  writeFileSync(join(scratch, 'resolve.mjs'), script);
  const { stdout } = await run(process.execPath, [join(scratch, 'resolve.mjs')], { cwd: scratch });
  const missing = stdout.trim().split('\n').filter((url) => !existsSync(fileURLToPath(url)));
  if (missing.length) return `not there: ${missing.join(', ')}`;
});

await check('adapters: `invoice-communications/adapters` runs in plain Node, with no DOM and no Lit', async () => {
  const script = `import { fromSendGrid } from 'invoice-communications/adapters';
const history = fromSendGrid([{ email: 'a@client.example', event: 'delivered', timestamp: 1700000000, sg_message_id: 'm1.f', sg_event_id: 'e1' }],
  [{ id: 's1', sentAt: 1700000000, messageId: 'm1', recipients: [{ email: 'A@client.example', type: 'to' }] }]);
console.log(JSON.stringify(history));`;
  writeFileSync(join(scratch, 'adapters.mjs'), script);
  const { stdout } = await run(process.execPath, [join(scratch, 'adapters.mjs')], { cwd: scratch });
  const [send] = JSON.parse(stdout).sends;
  if (send?.recipients[0]?.events[0]?.status !== 'delivered') return `unexpected history: ${stdout}`;
});

const tsc = join(root, 'node_modules/typescript/bin/tsc');
await Promise.all(
  Object.entries(TYPE_TESTS).map(([name, { files, compilerOptions }], i) =>
    check(`types: ${name}`, async () => {
      for (const [file, text] of Object.entries(files)) writeFileSync(join(scratch, file), text);
      const config = join(scratch, `tsconfig.types-${i}.json`);
      writeFileSync(config, JSON.stringify({ compilerOptions, files: Object.keys(files) }));
      try {
        await run(process.execPath, [tsc, '-p', config], { cwd: scratch });
      } catch (error) {
        return `tsc failed:\n${error.stdout}${error.stderr}`;
      }
    }),
  ),
);

/** Bundles an entry of the scratch project with rollup, as a host app's build would. */
async function bundle(entry, source) {
  writeFileSync(join(scratch, entry), source);
  const build = await rollup({
    input: join(scratch, entry),
    plugins: [nodeResolve({ browser: true, rootDir: scratch })],
    onwarn: () => {},
  });
  // A directory: the Floating UI fallback is a dynamic import, so hosts' bundles split.
  await build.write({ dir: join(scratch, 'out'), entryFileNames: entry, format: 'es' });
  await build.close();
}

writeFileSync(join(scratch, 'fixture.json'), JSON.stringify(FIXTURE));
for (const [file, html] of Object.entries(PAGES)) writeFileSync(join(scratch, file), html);

const server = await serve(scratch);

/** Opens a page and runs its checks; `expect` says what to look for. */
async function inPage(name, file, expect) {
  await check(name, async () => {
    // A production build: Lit's dev-mode notice fails the page too.
    const { page, errors } = await openPage(browser, `${server.url}${file}`, /dev mode/i);
    try {
      const tag = expect.tag ?? 'invoice-communications';
      await page.locator(`${tag} article.send`).first().waitFor({ state: 'attached', timeout: 15_000 });
      if (expect.french) await page.locator(`${tag} .root[lang="fr"]`).waitFor({ state: 'attached', timeout: 15_000 });
      errors.push(...(await page.evaluate(checkPage, { ...expect, expected: EXPECTED })));
    } finally {
      await page.close();
    }
    return errors.join('\n');
  });
}

await check('bundler: rollup bundles `import "invoice-communications"` from the scratch project', () =>
  Promise.all([
    bundle('main.js', "import 'invoice-communications';\nimport { InvoiceCommunications } from 'invoice-communications';\nwindow.IC = InvoiceCommunications;\n"),
    bundle('element-only.js', "import { InvoiceCommunications } from 'invoice-communications/element.js';\nwindow.IC = InvoiceCommunications;\n"),
  ]),
);
await inPage('bundler: the element renders the fixture; define() twice does not throw', 'bundled.html', {
  defineAgain: true,
});
await inPage(
  'element.js: nothing registered on import; define("my-history") renders; twice does not throw',
  'element-only.html',
  { tag: 'my-history', notRegistered: 'invoice-communications' },
);
await inPage(
  'bundle: a plain <script type="module" src> renders the fixture under a strict CSP with Trusted Types; define() twice does not throw',
  'standalone.html',
  { defineAgain: true },
);
await inPage(
  "bundle: two copies of the bundle on one page (Trusted Types with 'allow-duplicates') do not throw",
  'standalone-twice.html',
  { copies: 2 },
);

await inPage('bundler: <html lang="fr"> alone turns the element French (its chunk loaded on demand)', 'bundled-fr.html', {
  french: true,
});
await inPage(
  'bundle: <html lang="fr"> alone turns the standalone bundle French, its chunk loaded under the strict CSP',
  'standalone-fr.html',
  { french: true },
);

await server.close();
await finish();
