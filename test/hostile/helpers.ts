/**
 * Helpers for the hostile-data tests. Everything is read the way a user or
 * assistive technology perceives it (text, roles, accessible names and
 * descriptions, documented `part` names), so the tests survive changes to the
 * element's internal markup.
 */
import fc from 'fast-check';
import type { InvoiceCommunications } from '../../src/index.js';
import '../../src/index.js';
import { deferred, type Deferred } from '../element/helpers.js';

export { deferred, type Deferred };

export type IC = InvoiceCommunications;

/** Property runs: enough to find trouble, few enough to keep `npm test` fast. */
export const RUNS = 60;
/** fast-check parameters: failures print the seed and path to replay them. */
export const fcParams = (numRuns = RUNS) => ({
  numRuns,
  interruptAfterTimeLimit: 40_000,
  markInterruptAsFailure: true,
  includeErrorInReport: true,
});
export { fc };
export { PAYLOADS, anyString } from './payloads.js';

/**
 * Wraps a property's body so its failure message survives: Firefox's
 * `error.stack` leaves out the message, and fast-check reports the stack.
 */
export function readable<A extends unknown[]>(body: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (error) {
      if (error instanceof Error && !(error.stack ?? '').includes(error.message)) {
        error.stack = `${error.name}: ${error.message}\n${error.stack ?? ''}`;
      }
      throw error;
    }
  };
}

/** Whitespace-normalised text (Intl's narrow spaces become plain spaces). */
export const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const root = (el: IC) => el.shadowRoot as ShadowRoot;
export const $$ = <T extends Element = HTMLElement>(el: IC, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

export type View = 'loading' | 'error' | 'empty' | 'history' | 'nothing';

/** What the element shows, read from roles and documented parts. */
export function view(el: IC): View {
  const r = root(el);
  if (r.querySelector('[role="alert"]')) return 'error';
  if (r.querySelector('[part~="sends"]')) return 'history';
  if (r.querySelector('slot[name="empty"]') || r.querySelector('[part~="empty"]')) return 'empty';
  if (r.querySelector('[aria-busy="true"], [part~="loading"]')) return 'loading';
  return 'nothing';
}

const realSetTimeout = window.setTimeout.bind(window);
/** A pause that never goes through a wrapped setTimeout. */
export const sleep = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** Waits (polling every frame-ish) until `check` holds, or fails with `message`. */
export async function until(check: () => boolean, message: string, timeout = 5000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out after ${timeout} ms: ${message}`);
    await sleep(5);
  }
}

/** Whether anything in the element is still marked busy (loading, or rendering a long history). */
export const busy = (el: IC) => Boolean(root(el).querySelector('[aria-busy="true"]'));

/** Waits for the element to leave loading/nothing (error, empty or history) and to stop being busy. */
export async function settled(el: IC, timeout = 5000): Promise<View> {
  await until(() => !['loading', 'nothing'].includes(view(el)) && !busy(el), 'element settled', timeout);
  await el.updateComplete;
  return view(el);
}

/** The error state is readable: role=alert, a message, and a Retry button. */
export function errorState(el: IC) {
  const alert = root(el).querySelector<HTMLElement>('[role="alert"]');
  const retry = alert
    ? [...alert.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Retry')
    : undefined;
  return { alert, message: norm(alert?.textContent), retry };
}

/** A fresh element, given properties before it is connected, in its own container. */
export function create(props: Partial<IC> & Record<string, unknown> = {}, attrs: Record<string, string> = {}) {
  const el = document.createElement('invoice-communications') as IC;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  document.body.append(el);
  return el;
}

/** Removes every element these helpers created and forgets any payload that ran, so each test starts clean. */
export function cleanup() {
  for (const el of document.querySelectorAll('invoice-communications')) el.remove();
  delete (window as unknown as { __pwned?: unknown }).__pwned;
}

// ---- sends, recipients, badges --------------------------------------------------

export const sendSections = (el: IC) => $$(el, '[part~="send"]');
export const badgesIn = (scope: ParentNode) => [
  ...scope.querySelectorAll<HTMLButtonElement>('button[part~="badge"]'),
];
export const accessibleName = (node: Element) => norm(node.getAttribute('aria-label') ?? node.textContent);

/** The text of a badge's accessible description (its aria-describedby targets). */
export function descriptionOf(badge: Element): string {
  const ids = (badge.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const rootNode = badge.getRootNode() as ShadowRoot;
  return ids.map((id) => rootNode.getElementById(id)?.textContent ?? '').join(' ');
}

/** Every text node's data in the shadow root, concatenated with a separator no input contains. */
export function allText(el: IC): string {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join('\u0000');
}

// ---- injection --------------------------------------------------------------------

/** Tags a history view may contain. Anything else came from data. */
const ALLOWED_TAGS = new Set([
  'div', 'span', 'p', 'ol', 'ul', 'li', 'section', 'h2', 'h3', 'h4', 'time', 'button',
  'strong', 'em', 'br', 'slot', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  'dl', 'dt', 'dd', 'header', 'footer', 'small', 'a',
]);
/** The page's own scripts (the test runner's), counted before any test ran. */
const SCRIPTS_AT_START = document.querySelectorAll('script').length;
const FORBIDDEN_SCHEMES = /^\s*(javascript|vbscript|data|file|blob):/i;

/**
 * What in the shadow root (and document) could only have come from data as
 * markup: unexpected elements (img, script, style, iframe, svg, …), `on*`
 * attributes, links that are not http(s) or lack rel="noopener noreferrer",
 * and the flag the payloads' handlers set.
 */
export function injectionProblems(el: IC): string[] {
  const problems: string[] = [];
  const r = root(el);
  for (const node of r.querySelectorAll('*')) {
    const tag = node.localName;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`unexpected <${tag}>`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`attribute ${attr.name} on <${tag}>`);
      if (/^(src|srcdoc|action|formaction|xlink:href|background|poster)$/i.test(attr.name)) {
        problems.push(`attribute ${attr.name} on <${tag}>`);
      }
    }
    if (tag === 'a') problems.push(...linkProblems(node as HTMLAnchorElement));
  }
  for (const node of document.querySelectorAll('img, iframe, object, embed, svg')) {
    if (!node.closest('#mocha')) problems.push(`<${node.localName}> in the document`);
  }
  const scripts = document.querySelectorAll('script').length;
  if (scripts > SCRIPTS_AT_START) problems.push(`${scripts - SCRIPTS_AT_START} new <script> in the document`);
  if ((window as unknown as { __pwned?: unknown }).__pwned) problems.push('a payload ran (window.__pwned is set)');
  return problems;
}

export function linkProblems(a: HTMLAnchorElement): string[] {
  const href = a.getAttribute('href');
  if (href === null) return [];
  const problems: string[] = [];
  let protocol = '';
  try {
    protocol = new URL(href).protocol;
  } catch {
    problems.push(`link with an unparseable href ${JSON.stringify(href)}`);
  }
  if (FORBIDDEN_SCHEMES.test(href) || (protocol && protocol !== 'http:' && protocol !== 'https:')) {
    problems.push(`link to ${JSON.stringify(href)}`);
  }
  const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
  if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
    problems.push(`link ${JSON.stringify(href)} without rel="noopener noreferrer"`);
  }
  return problems;
}

// ---- errors outside tests -----------------------------------------------------------

/** Records window errors and unhandled rejections until stopped. */
export function watchGlobalErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

// ---- fetchers ---------------------------------------------------------------------

export interface Call {
  url: string;
  signal: AbortSignal;
  answer: Deferred<unknown>;
}

/** A fetcher whose every call waits for the test to answer it and records its signal. */
export function manualFetcher() {
  const calls: Call[] = [];
  const fetcher = (url: string, init: { signal: AbortSignal }) => {
    const answer = deferred<unknown>();
    calls.push({ url, signal: init.signal, answer });
    return answer.promise;
  };
  return { fetcher, calls };
}

/** A one-send history whose subject names it, so what is shown says which answer it is. */
export const historyNamed = (name: string) => ({
  sends: [
    {
      id: name,
      sentAt: '2026-11-20T09:14:00+11:00',
      subject: name,
      recipients: [{ email: 'ap@client.example', type: 'to', events: [{ status: 'delivered', at: 1795126800 }] }],
    },
  ],
});

/** The subject line(s) shown: which answer is on screen. */
export const shownSubjects = (el: IC) => sendSections(el).map((s) => s.querySelector('[part~="send-meta"]')?.textContent ?? '');

// ---- test API (scripts/test-api.mjs) ---------------------------------------------

export const newTag = () => `h${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

export function api(route: string, params: Record<string, string | number> = {}, origin = location.origin) {
  const url = new URL(`/test-api/${route}`, origin);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.href;
}

export async function requestsTo(route: string, tag: string) {
  const response = await fetch(api('requests', { path: `/test-api/${route}`, tag }));
  return (await response.json()) as { count: number; aborted: number; open: number };
}
