/**
 * Shared helpers for the element's browser tests. Queries go through what a
 * user or assistive technology perceives (roles, accessible names, visible
 * text) or the documented `part` names, never private fields.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { InvoiceCommunications } from '../../src/index.js';
import '../../src/index.js';

export type IC = InvoiceCommunications;

/** One delivery event in the endpoint's shape. */
export const ev = (status: string, at: string | number | null, extra: Record<string, unknown> = {}) => ({
  status,
  at,
  ...extra,
});

/** A one-send, one-recipient history holding `events`. */
export const oneRecipient = (events: unknown[], recipient: Record<string, unknown> = {}) => ({
  sends: [
    {
      id: 's1',
      sentAt: '2026-11-20T09:14:00+11:00',
      subject: 'Invoice INV-1042',
      recipients: [{ email: 'ap@client.example', name: 'Accounts Payable', type: 'to', events, ...recipient }],
    },
  ],
});

/** A one-recipient history whose send has `subject`, to tell answers apart on screen. */
export const withSubject = (subject: string) => {
  const data = oneRecipient([ev('delivered', '2026-11-20T09:14:02+11:00')]);
  data.sends[0]!.subject = subject;
  return data;
};

/** Whitespace-normalised text (U+202F and NBSP from Intl become plain spaces). */
export const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const root = (el: IC) => el.shadowRoot as ShadowRoot;
export const $ = <T extends HTMLElement = HTMLElement>(el: IC, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: IC, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

/** What is on screen: loading, error, empty, history, or nothing. */
export function view(el: IC): 'loading' | 'error' | 'empty' | 'history' | 'nothing' {
  if ($(el, '[role="alert"]')) return 'error';
  if ($(el, '[part~="sends"]')) return 'history';
  if ($(el, 'slot[name="empty"]')) return 'empty';
  if ($(el, '[part~="loading"]')) return 'loading';
  return 'nothing';
}

/** Waits until the element shows something other than its loading state. */
export async function settled(el: IC, message = 'element settled') {
  await waitUntil(() => !['loading', 'nothing'].includes(view(el)), message, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Renders `data` (no fetching) and waits for it to be shown. */
export async function mount(data: unknown, attributes: Record<string, string> = {}) {
  const el = await fixture<IC>(html`<invoice-communications .data=${data}></invoice-communications>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return settled(el);
}

// ---- sends, recipients, badges ----------------------------------------------

export const sends = (el: IC) => $$(el, 'section[part~="send"]');
export const subjectsOf = (el: IC) => sends(el).map((s) => norm(s.querySelector('.subject')?.textContent));
export const headingText = (send: HTMLElement) => norm(send.querySelector('h3')?.textContent);
export const recipients = (scope: HTMLElement) => [
  ...scope.querySelectorAll<HTMLElement>('[part~="recipient"]'),
];
export const emailOf = (row: HTMLElement) => norm(row.querySelector('[part~="recipient-email"]')?.textContent);
export const typeOf = (row: HTMLElement) => norm(row.querySelector('[part~="recipient-type"]')?.textContent);

export const badgesIn = (scope: ParentNode) => [...scope.querySelectorAll<HTMLButtonElement>('button[part~="badge"]')];
export const badges = (el: IC) => badgesIn(root(el));
/** Visible badge text, as read on screen. */
export const badgeTexts = (scope: ParentNode) => badgesIn(scope).map((b) => norm(b.textContent));

/** The accessible name of a button (aria-label wins over content; no aria-labelledby is used). */
export function accessibleName(button: HTMLElement): string {
  return norm(button.getAttribute('aria-label') ?? button.textContent);
}

/** The badge whose accessible name is `name` (first match, or within `scope`). */
export function badgeNamed(scope: IC | ParentNode, name: string): HTMLButtonElement {
  const within = scope instanceof HTMLElement && scope.shadowRoot ? scope.shadowRoot : scope;
  const badge = badgesIn(within).find((b) => accessibleName(b) === name);
  if (!badge) throw new Error(`no badge named "${name}" in ${badgesIn(within).map(accessibleName).join(' | ')}`);
  return badge;
}

/** The element that describes a badge (its aria-describedby target). */
export function tooltipOf(badge: HTMLElement): HTMLElement {
  const id = badge.getAttribute('aria-describedby');
  const tooltip = id ? (badge.getRootNode() as ShadowRoot).getElementById(id) : null;
  if (!tooltip) throw new Error(`badge "${accessibleName(badge)}" has no described-by element (${id})`);
  return tooltip;
}

/** The accessible description text of a badge (the whole tooltip text). */
export const descriptionOf = (badge: HTMLElement) => norm(tooltipOf(badge).textContent);

/** Whether a tooltip is open: rendered, with a box, and in the top layer. */
export function isOpen(tooltip: HTMLElement): boolean {
  const rect = tooltip.getBoundingClientRect();
  const rendered = tooltip.checkVisibility() && rect.width > 0 && rect.height > 0;
  return rendered && tooltip.matches(':popover-open');
}

export const openTooltips = (el: IC) => $$(el, '[role="tooltip"]').filter(isOpen);

/**
 * Waits until the open tooltip is laid out where it belongs: at once with CSS
 * anchor positioning, after Floating UI's first pass in the fallback.
 */
export async function positioned(tooltip: HTMLElement) {
  await waitUntil(() => isOpen(tooltip), 'tooltip positioned', { timeout: 3000 });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The centre of an element in viewport CSS pixels, rounded for sendMouse. */
export function centre(node: Element): [number, number] {
  const { left, top, width, height } = node.getBoundingClientRect();
  return [Math.round(left + width / 2), Math.round(top + height / 2)];
}

/** Whether a box lies inside the viewport. */
export function inViewport(rect: DOMRect) {
  return (
    rect.left >= 0 &&
    rect.top >= 0 &&
    rect.right <= window.innerWidth &&
    rect.bottom <= window.innerHeight
  );
}

// ---- test API (scripts/test-api.mjs) ---------------------------------------

/** A tag unique to this test and browser, so concurrent browsers never share counters. */
export const newTag = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

export function api(route: string, params: Record<string, string | number> = {}) {
  const url = new URL(`/test-api/${route}`, location.origin);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return url.href;
}

export interface Counters {
  count: number;
  aborted: number;
  open: number;
  last: { accept: string | null; cookie: boolean } | null;
}

export async function requestsTo(route: string, tag: string): Promise<Counters> {
  const response = await fetch(api('requests', { path: `/test-api/${route}`, tag }));
  return (await response.json()) as Counters;
}

// ---- controllable fetchers --------------------------------------------------

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T = unknown>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface FetcherCall {
  url: string;
  signal: AbortSignal;
  init: { signal: AbortSignal };
  answer: Deferred<unknown>;
}

/**
 * A fetcher whose every call waits for the test to answer it. Like fetch, it
 * rejects with the signal's reason when aborted, unless `ignoreAbort` (a host
 * client that ignores the signal and answers anyway).
 */
export function manualFetcher({ ignoreAbort = false } = {}) {
  const calls: FetcherCall[] = [];
  const fetcher = (url: string, init: { signal: AbortSignal }) => {
    const answer = deferred<unknown>();
    calls.push({ url, signal: init.signal, init, answer });
    if (!ignoreAbort) {
      init.signal.addEventListener('abort', () => answer.reject(init.signal.reason), { once: true });
    }
    return answer.promise;
  };
  return { fetcher, calls };
}

/** Records the text of the shadow root after every change, to prove something was never shown. */
export function recordTexts(el: IC) {
  const seen: string[] = [norm(root(el).textContent)];
  const observer = new MutationObserver(() => seen.push(norm(root(el).textContent)));
  observer.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    seen,
    stop: () => {
      seen.push(...observer.takeRecords().map(() => norm(root(el).textContent)));
      observer.disconnect();
    },
  };
}

// ---- comparing nodes ---------------------------------------------------------
// Never pass DOM nodes to expect(...).to.equal: a failing assertion on nodes
// hangs the test page while the runner serialises them. Compare labels.

/** A short readable label: a badge by its accessible name, other nodes by tag and id. */
export function label(node: globalThis.Element | null | undefined): string {
  if (!node) return 'nothing';
  if (node.matches('button[part~="badge"]')) return `badge "${accessibleName(node as HTMLElement)}"`;
  return `${node.localName}${node.id ? `#${node.id}` : ''}`;
}

/** The accessible names of the badges whose tooltips are open. */
export const openBadges = (el: IC) =>
  badges(el)
    .filter((badge) => isOpen(tooltipOf(badge)))
    .map(accessibleName);

/** What has focus inside the element's shadow root. */
export const focusedIn = (el: IC) => label(root(el).activeElement);
