/**
 * What "rendered its expected state" means, checked inside the story page.
 * The states are the `state:*` tags of stories/shared.ts.
 */
import { customElement } from '../readme-api.mjs';

export const STATES = ['history', 'empty', 'error', 'loading', 'tooltip'];

const STORY_TIMEOUT = 30_000;
const STATE_TIMEOUT = 12_000;

/**
 * An init script (page.addInitScript): records the preview's story events in
 * `window.__smoke`, so the end of a story and a failed play function are seen.
 */
export function captureStorybookEvents() {
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      window.__smoke = { finished: null, exceptions: [] };
      value.on('storyFinished', (event) => (window.__smoke.finished = event));
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        value.on(name, (error) => window.__smoke.exceptions.push(`${name}: ${error?.message ?? error?.title ?? JSON.stringify(error)}`));
      }
    },
  });
}

/**
 * Runs in the page: what the element in #storybook-root shows, and whether
 * that is `expected` in every detail. Returns { ok, seen }.
 */
function inspect(expected) {
  const fail = (seen) => ({ ok: false, seen });
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const element = document.querySelector('#storybook-root invoice-communications');
  if (!element) return fail('no <invoice-communications> in #storybook-root');
  const Element = customElements.get('invoice-communications');
  if (!Element || !(element instanceof Element) || !element.shadowRoot) return fail('the element is not upgraded');
  const root = element.shadowRoot;
  const error = root.querySelector('[part~="error"]');
  const loading = root.querySelector('[part~="loading"]');
  const empty = root.querySelector('slot[name="empty"]');
  const sends = root.querySelectorAll('[part~="send"]');
  const open = [...root.querySelectorAll('[role="tooltip"]:popover-open')];
  const seen = error ? 'error' : loading ? 'loading' : empty ? 'empty' : sends.length ? (open.length ? 'tooltip' : 'history') : 'nothing';
  if (seen !== expected) return fail(`shows ${seen}${error ? `: "${text(error)}"` : ''}`);

  if (expected === 'error') {
    if (error.getAttribute('role') !== 'alert') return fail('the error is not role="alert"');
    if (!error.querySelector('button')) return fail('the error has no Retry button');
    if (text(error).length < 20) return fail(`the error message is too short: "${text(error)}"`);
  }
  if (expected === 'loading') {
    if (loading.getAttribute('aria-busy') !== 'true') return fail('the loading indicator is not aria-busy');
    if (Number(getComputedStyle(loading).opacity) < 0.99) return fail('the loading indicator is not visible (yet)');
  }
  if (expected === 'empty') {
    const shown = empty.assignedNodes({ flatten: true }).map(text).join(' ');
    if (!shown) return fail('the empty state shows no text');
  }
  if (expected === 'history' || expected === 'tooltip') {
    if (element.history?.sends.length !== sends.length) return fail('element.history does not match the sends shown');
    // Every badge is named, and described by its status's shared description; the element has one tooltip.
    for (const badge of root.querySelectorAll('button[data-tooltip]')) {
      const ids = (badge.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const description = ids.length ? root.getElementById(ids[0]) : null;
      if (!badge.getAttribute('aria-label') || !text(description)) {
        return fail(`badge "${text(badge)}" lacks a name or a description`);
      }
    }
    if (root.querySelectorAll('[role="tooltip"]').length !== 1) return fail('the element does not have exactly one tooltip');
  }
  if (expected === 'history' && loading) return fail('still loading');
  if (expected === 'tooltip') {
    if (open.length !== 1) return fail(`${open.length} tooltips are open`);
    const [tip] = open;
    const badge = root.querySelector('button[data-tooltip][data-open]');
    if (!badge) return fail('the open tooltip does not belong to an open badge');
    const label = badge.getAttribute('aria-label').split(',')[0];
    if (!text(tip).includes(label)) return fail(`the tooltip does not name its status "${label}"`);
    const box = tip.getBoundingClientRect();
    if (box.width < 40 || box.height < 20) return fail('the tooltip has no size');
    if (box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1) {
      return fail(`the tooltip is outside the viewport (${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)})`);
    }
  }
  return { ok: true, seen };
}

/** Waits for Storybook to finish the story (play function and a11y check included), then for the state. */
export async function checkStory(page, expected) {
  const problems = [];
  await page.waitForFunction(() => window.__smoke?.finished || window.__smoke?.exceptions.length, null, {
    timeout: STORY_TIMEOUT,
  });
  const { finished, exceptions } = await page.evaluate(() => window.__smoke);
  problems.push(...exceptions);
  for (const report of finished?.reporters ?? []) {
    if (report.status !== 'failed') continue;
    const violations = report.result?.violations?.map((v) => v.id).join(', ');
    problems.push(`storybook ${report.type} check failed${violations ? `: ${violations}` : ''}`);
  }
  if (finished?.status === 'error' && problems.length === 0) problems.push('storybook reports the story errored');
  const isOk = `(${inspect})(${JSON.stringify(expected)}).ok`;
  try {
    await page.waitForFunction(isOk, null, { timeout: STATE_TIMEOUT, polling: 100 });
  } catch {
    const { seen } = await page.evaluate(`(${inspect})(${JSON.stringify(expected)})`);
    problems.push(`expected state "${expected}", but ${seen}`);
  }
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
    problems.push(`storybook shows an error: ${await page.locator('#error-message').innerText()}`);
  }
  return problems;
}

/** Names of the element's API, which the docs tables list. */
const apiNames = (element) =>
  ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties'].flatMap((key) => element[key] ?? []).map((item) => item.name);

/** A docs page rendered; an autodocs page lists the whole API; its elements upgraded and settled. */
export async function checkDocs(page, entry, manifest) {
  const problems = [];
  await page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content')?.textContent.trim(), null, {
    timeout: STORY_TIMEOUT,
  });
  // Every custom element on the page is defined and rendered, and every story on it has loaded.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('#storybook-docs *')]
          .filter((node) => node.localName.includes('-'))
          .every((node) => node.shadowRoot?.childNodes.length && !node.shadowRoot.querySelector('[part~="loading"]')),
      null,
      { timeout: STATE_TIMEOUT, polling: 100 },
    )
    .catch(() => problems.push('a custom element on the page did not render or kept loading'));
  const emptyTables = await page.evaluate(() =>
    [...document.querySelectorAll('#storybook-docs *')]
      .flatMap((node) => [...(node.shadowRoot?.querySelectorAll('table') ?? [])])
      .filter((table) => !table.querySelector('tbody tr')).length,
  );
  if (emptyTables) problems.push(`${emptyTables} table(s) in a custom element have no rows`);
  if (entry.tags.includes('autodocs')) {
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: STATE_TIMEOUT });
    const table = await page.evaluate(() => [...document.querySelectorAll('.docblock-argstable')].map((t) => t.textContent).join(' '));
    const missing = apiNames(customElement(manifest)).filter((name) => !table.includes(name));
    if (missing.length) problems.push(`the docs tables do not list: ${missing.join(', ')}`);
  }
  return problems;
}
