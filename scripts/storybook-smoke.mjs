#!/usr/bin/env node
/**
 * Smoke test of the built Storybook (storybook-static/), in headless Chromium.
 *
 * For EVERY entry of storybook-static/index.json:
 * - a story must carry exactly one `state:*` tag (history, empty, error,
 *   loading, tooltip; see stories/shared.ts) and reach that state; its play
 *   function and Storybook's own a11y check (parameters.a11y.test = 'error')
 *   must pass;
 * - a docs page must render; an autodocs page must list every attribute,
 *   property, event, slot, part and custom property of the element;
 * - no page errors and no console errors or warnings (network errors are
 *   allowed in `state:error` stories, which cause them on purpose);
 * - axe-core (node_modules/axe-core) finds no violations in the document,
 *   shadow DOM included.
 *
 * Writes storybook.json ({ passed, failed }) to $TEST_RESULTS_DIR (default
 * .cache/test-results/).
 * Options: --dir <built storybook> (default storybook-static), --url <a
 * running Storybook, e.g. http://localhost:6006/, instead of --dir>, --only
 * <text> (entries whose id contains it), --jobs <n> (pages in parallel, default 3).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browsers.mjs';
import { serve } from './lib/serve.mjs';
import { captureStorybookEvents, checkDocs, checkStory, STATES } from './lib/storybook-checks.mjs';
import { checklist } from './results.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    url: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string', default: '3' },
  },
});

const started = performance.now();
const require = createRequire(import.meta.url);
// Served next to the site (not injected as text) so Chromium caches and compiles it once.
const AXE_PATH = '/__smoke/axe.min.js';
const axeFile = require.resolve('axe-core/axe.min.js');
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const index = options.url
  ? await (await fetch(new URL('index.json', options.url))).json()
  : JSON.parse(await readFile(path.join(options.dir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !options.only || entry.id.includes(options.only));

// Page-level best practices that do not apply to a component shown on its own.
const AXE_OPTIONS = {
  resultTypes: ['violations'],
  rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
};

const ALLOWED_WARNINGS = [/^Lit is in dev mode/];
// Chromium logs failed requests itself. Requests to the mocked endpoint fail
// on purpose in error stories, and the state check covers what the element did.
const NETWORK_ERROR = /^Failed to load resource: /;
const isMockedEndpoint = (url) => URL.canParse(url) && new URL(url).pathname.startsWith('/api/');
// Docs pages render several stories together: the same history twice gives
// landmarks with the same name, and the sends' fixed <h3> follows the page's
// <h1>. Neither happens in a story on its own (where both rules do run).
const DOCS_ONLY_OFF = { 'landmark-unique': { enabled: false }, 'heading-order': { enabled: false } };

async function runEntry(page, baseUrl, entry) {
  const problems = [];
  const log = [];
  const onConsole = (message) => {
    const { url } = message.location();
    // Chromium asks for /favicon.ico by itself; Storybook's iframe has none.
    if (url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning') log.push({ type: message.type(), text: message.text(), url });
  };
  const onPageError = (error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const states = entry.tags.filter((tag) => tag.startsWith('state:')).map((tag) => tag.slice(6));
    if (entry.type === 'story' && (states.length !== 1 || !STATES.includes(states[0]))) {
      problems.push(`needs exactly one tag of ${STATES.map((s) => `state:${s}`).join(', ')}; has [${entry.tags.join(', ')}]`);
      return problems;
    }
    // a11y.manual: Storybook's own axe run would repeat the one below and double the time.
    const url = `${baseUrl}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    if (entry.type === 'story') problems.push(...(await checkStory(page, states[0])));
    else problems.push(...(await checkDocs(page, entry, manifest)));

    if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
      await (server ? page.addScriptTag({ url: AXE_PATH }) : page.addScriptTag({ path: axeFile }));
    }
    const isDocs = entry.type === 'docs';
    const context = isDocs ? '#storybook-docs' : 'body';
    const axeOptions = isDocs ? { ...AXE_OPTIONS, rules: { ...AXE_OPTIONS.rules, ...DOCS_ONLY_OFF } } : AXE_OPTIONS;
    const violations = await page.evaluate(
      ([selector, axeOptions]) =>
        window.axe.run(document.querySelector(selector), axeOptions).then((result) =>
          result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target.join(' >>> ')}`),
        ),
      [context, axeOptions],
    );
    problems.push(...violations.map((v) => `axe: ${v}`));
  } catch (error) {
    problems.push(String(error?.message ?? error).split('\n')[0]);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  for (const { type, text, url } of log) {
    if (type === 'warning' && ALLOWED_WARNINGS.some((pattern) => pattern.test(text))) continue;
    if (type === 'error' && NETWORK_ERROR.test(text) && isMockedEndpoint(url)) continue;
    problems.push(`console ${type}: ${text.split('\n')[0]}`);
  }
  return problems;
}

const axe = (request, response) =>
  response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=600' }).end(readFileSync(axeFile));
// The server lives for one run: Chromium may cache (and keep compiled) the bundles.
const server = options.url
  ? null
  : await serve(options.dir, { headers: { 'Cache-Control': 'max-age=600' }, routes: { [AXE_PATH]: axe } });
const baseUrl = options.url ?? server.url;
const browser = await launchChromium();
const { check, done } = checklist('storybook');
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' });
  await context.addInitScript(captureStorybookEvents);
  const queue = [...entries];
  const worker = async () => {
    const page = await context.newPage();
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      await check(`${entry.type.padEnd(5)} ${entry.id}`, async () => (await runEntry(page, baseUrl, entry)).join('\n'));
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(options.jobs)) }, worker));
} finally {
  await browser.close();
  await server?.close();
}

if (entries.length === 0) await check('index.json has entries that match', () => 'none did');
console.log(`storybook smoke: ${entries.length} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = done();
