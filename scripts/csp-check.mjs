#!/usr/bin/env node
/**
 * The CSP check: does <invoice-communications> work on a page whose host runs
 * a strict Content Security Policy with Trusted Types?
 *
 *   Content-Security-Policy: default-src 'self'; style-src 'self';
 *     require-trusted-types-for 'script'; trusted-types lit-html
 *
 * Bundles src/index.ts with esbuild (target es2022, tsconfig.json) twice,
 * with Lit's production build and with its development build, into a
 * temporary folder; serves each on 127.0.0.1 with that header
 * (a page, its script, the bundle and a JSON endpoint with a full history);
 * and in headless Chromium renders the history, opens a tooltip by hover and
 * by keyboard focus, and records every `securitypolicyviolation` event
 * (document and window, capture), console error and page error. Zero of each
 * is expected.
 *
 * Writes .cache/test-results/csp.json ({"passed":N,"failed":N})
 * and prints `csp: N passed, N failed`. KEEP=1 keeps the temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { realisticHistory } from '../fixtures/index.js';
import { launchChromium, openPage } from './browsers.mjs';
import { serve } from './lib/serve.mjs';
import { checklist } from './results.mjs';

export const CSP =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = JSON.stringify(realisticHistory());

const MODES = [
  { name: 'production', conditions: ['production'] },
  { name: 'development', conditions: ['development'] },
];
/** Pages per build: as is, and with the Floating UI fallback (browsers without anchor positioning). */
const PAGES = [
  { name: '', query: '' },
  { name: ', Floating UI fallback', query: '?no-anchor', positionedBy: 'floating-ui' },
];

// No inline script or style anywhere: the policy would block it (and that would be our fault).
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>invoice-communications under a strict CSP</title>
    <script type="module" src="/page.js"></script>
  </head>
  <body>
    <button id="before">Before</button>
    <invoice-communications src="/history.json" locale="en-AU" time-zone="Australia/Sydney"></invoice-communications>
  </body>
</html>
`;

// Listens before the element loads, then imports it and waits for its load or error event.
const PAGE_SCRIPT = `
const report = (window.__csp = { violations: [], loaded: false, error: null, sends: 0, badges: 0 });
const seen = new WeakSet();
const onViolation = (event) => {
  if (seen.has(event)) return;
  seen.add(event);
  report.violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber,
  });
};
window.addEventListener('securitypolicyviolation', onViolation, true);
document.addEventListener('securitypolicyviolation', onViolation, true);
const params = new URLSearchParams(location.search);
if (params.has('no-anchor')) {
  // Pretend CSS anchor positioning is missing, so the Floating UI fallback runs.
  const supports = CSS.supports.bind(CSS);
  CSS.supports = (...args) => (String(args[0]).includes('position-area') ? false : supports(...args));
}
const el = document.querySelector('invoice-communications');
el.addEventListener('ic-error', (event) => { report.error = String(event.detail?.error?.message); });
el.addEventListener('ic-load', () => { report.loaded = true; });
// What is on screen, read when asked (the history renders just after ic-load).
report.count = () => {
  report.sends = el.shadowRoot?.querySelectorAll('[part~="send"]').length ?? 0;
  report.badges = el.shadowRoot?.querySelectorAll('button[part~="badge"]').length ?? 0;
  return report.sends;
};
await import('/element.js');
if (params.has('control')) {
  // The control run: two deliberate violations, to prove the listener sees them.
  try { document.createElement('div').innerHTML = '<b>not trusted</b>'; } catch {}
  document.body.appendChild(document.createElement('p')).setAttribute('style', 'color: red');
}
`;

async function bundle(mode, dir) {
  const outfile = join(dir, 'element.js');
  await build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    conditions: mode.conditions,
    sourcemap: 'linked',
    // package.json's "sideEffects" names dist/ files only; from src/, esbuild would drop
    // the `import './define.js'` that registers the element.
    ignoreAnnotations: true,
    outfile,
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'page.js'), PAGE_SCRIPT);
}

/** The page, its script and the bundle under the policy, the history beside them. */
const serveMode = (dir) =>
  serve(dir, {
    headers: { ...(process.env.NO_CSP ? {} : { 'Content-Security-Policy': CSP }), 'Cache-Control': 'no-store' },
    routes: {
      '/history.json': (request, response) =>
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(FIXTURE),
    },
    missing: 204, // favicon and the like: no 404 in the console
  });

const { check, done } = checklist('csp');

async function violations(page) {
  await page.waitForTimeout(300); // violation events are queued tasks
  return page.evaluate(() => window.__csp.violations);
}

/** Renders the history, opens tooltips and expects no violation and no error. */
async function checkPage(browser, url, positionedBy = '') {
  const { page, errors } = await openPage(browser, url);
  const expectedSends = JSON.parse(FIXTURE).sends.length;
  await check('renders the full history', async () => {
    await page.waitForFunction(() => (window.__csp?.loaded && window.__csp.count()) || window.__csp?.error, null, {
      timeout: 15_000,
    });
    const r = await page.evaluate(() => (window.__csp.count(), window.__csp));
    if (r.error) return `error state: ${r.error}`;
    if (r.sends !== expectedSends) return `${r.sends} sends shown, expected ${expectedSends}`;
    return r.badges > 0 ? '' : 'no badges';
  });
  const tooltipOpen = () =>
    page.evaluate(() => {
      const root = document.querySelector('invoice-communications')?.shadowRoot;
      if (!root) return [];
      // Open, visible and inside the viewport (anchor positioning or Floating UI placed it).
      const placed = (t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      };
      const open = [...root.querySelectorAll('[role="tooltip"]')].filter(
        (t) => t.matches(':popover-open') && t.checkVisibility() && placed(t),
      );
      // Floating UI writes left/top (through CSSOM, which a CSP allows); CSS anchoring writes nothing.
      return open.map((t) => (t.style.left ? 'floating-ui' : 'css'));
    });
  await check('opens a tooltip on hover', async () => {
    await page.locator('button[part~="badge"]').nth(1).hover({ timeout: 5000 });
    await page.waitForTimeout(300);
    const open = await tooltipOpen();
    if (open.length !== 1) return 'no positioned tooltip after hover';
    return positionedBy && open[0] !== positionedBy ? `positioned by ${open[0]}, expected ${positionedBy}` : '';
  });
  await check('opens a tooltip on keyboard focus', async () => {
    await page.mouse.move(0, 0);
    await page.focus('#before');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    return (await tooltipOpen()).length === 1 ? '' : 'no positioned tooltip after Tab';
  });
  const seen = await violations(page);
  await check('no securitypolicyviolation events', () => seen.map((v) => JSON.stringify(v)).join('\n'));
  await check('no console errors', () => errors.join('\n'));
  await page.close();
}

const work = mkdtempSync(join(tmpdir(), 'csp-check-'));
const browser = await launchChromium();
const started = performance.now();
try {
  for (const mode of MODES) {
    const dir = join(work, mode.name);
    await bundle(mode, dir);
    const server = await serveMode(dir);
    for (const variant of PAGES) {
      console.log(`${mode.name}${variant.name} (Lit ${mode.name === 'development' ? 'dev mode' : 'production build'}):`);
      await checkPage(browser, server.url + variant.query, variant.positionedBy);
    }
    if (mode.name === 'production') {
      console.log('control (deliberate violations, to prove they are seen):');
      await check('two deliberate violations are recorded', async () => {
        const { page } = await openPage(browser, `${server.url}?control`);
        await page.waitForFunction(() => window.__csp?.loaded || window.__csp?.error, null, { timeout: 15_000 });
        const seen = await violations(page);
        await page.close();
        return seen.length >= 2 ? '' : `${seen.length} recorded`;
      });
    }
    await server.close();
  }
} catch (error) {
  await check('the check runs to the end', () => {
    throw error;
  });
} finally {
  await browser.close();
  if (process.env.KEEP) console.log(`csp: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(done());
