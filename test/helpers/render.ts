/**
 * Putting an element on the page and reading what it shows. Everything is
 * read the way a user or assistive technology perceives it (text, roles,
 * accessible names, the documented `part` names), never private fields, so
 * tests survive changes to the element's internal markup.
 */
import { fixture, html } from '@open-wc/testing';
import type { InvoiceCommunications } from '../../src/index.js';
import '../../src/index.js';
import { until } from './wait.js';

export type IC = InvoiceCommunications;

/** Whitespace-normalised text (Intl's narrow and no-break spaces become plain spaces). */
export const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export const root = (el: IC) => el.shadowRoot as ShadowRoot;
export const $ = <T extends HTMLElement = HTMLElement>(el: IC, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: IC, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];

// ---- putting it on the page ------------------------------------------------------

/**
 * A fresh element in the page, given its attributes and then its properties
 * before it is connected. Returns at once; remove it with `cleanup()`.
 */
export function create(props: Partial<IC> & Record<string, unknown> = {}, attrs: Record<string, string> = {}) {
  const el = document.createElement('invoice-communications') as IC;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  document.body.append(el);
  return el;
}

/** Removes every element `create()` made and forgets any payload that ran, so each test starts clean. */
export function cleanup() {
  for (const el of document.querySelectorAll('invoice-communications')) el.remove();
  delete (window as unknown as { __pwned?: unknown }).__pwned;
}

/** Renders `data` (no fetching) as a fixture (removed after the test), then sets `attributes`, and waits until it is settled. */
export async function mount(data: unknown, attributes: Record<string, string> = {}) {
  const el = await fixture<IC>(html`<invoice-communications .data=${data}></invoice-communications>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await settled(el);
  return el;
}

// ---- what it shows ------------------------------------------------------------------

export type View = 'loading' | 'error' | 'empty' | 'history' | 'nothing';

/** What the element shows, read from roles and documented parts. */
export function view(el: IC): View {
  // The error state's part, not any role="alert": a failed page of older sends is an alert inside a history.
  if ($(el, '[part~="error"]')) return 'error';
  if ($(el, '[part~="sends"]')) return 'history';
  if ($(el, 'slot[name="empty"], [part~="empty"]')) return 'empty';
  if ($(el, '[aria-busy="true"], [part~="loading"]')) return 'loading';
  return 'nothing';
}

/** Whether anything in the element is marked busy (loading, refreshing, or still rendering a long history). */
export const busy = (el: IC) => Boolean($(el, '[aria-busy="true"]'));

/**
 * Waits until the element shows an error, an empty history or a history and
 * nothing in it is busy any more (every send rendered, no refresh pending).
 * Resolves with what it shows.
 */
export async function settled(el: IC, timeout = 5000): Promise<View> {
  await until(() => !['loading', 'nothing'].includes(view(el)) && !busy(el), 'element settled', timeout);
  await el.updateComplete;
  return view(el);
}

/** The error state: its role="alert" element, the message, and the Retry button. */
export function errorState(el: IC) {
  const alert = $(el, '[part~="error"]');
  const retry = alert ? [...alert.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Retry') : undefined;
  return { alert, message: norm(alert?.textContent), retry };
}

export const sends = (el: IC) => $$(el, '[part~="send"]');
/** The subject of each send on screen, in order: which answer is shown. */
export const subjectsOf = (el: IC) => sends(el).map((s) => norm(s.querySelector('.subject')?.textContent));
export const headingText = (send: HTMLElement) => norm(send.querySelector('h3')?.textContent);
export const recipients = (scope: HTMLElement) => [...scope.querySelectorAll<HTMLElement>('[part~="recipient"]')];
export const emailOf = (row: HTMLElement) => norm(row.querySelector('[part~="recipient-email"]')?.textContent);
export const typeOf = (row: HTMLElement) => norm(row.querySelector('[part~="recipient-type"]')?.textContent);

/** Every text node's data in the shadow root, exactly, joined by a separator no input contains. */
export function allText(el: IC): string {
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join('\u0000');
}

/** Records the shadow root's text after every change, to prove something was never shown. */
export function recordTexts(el: IC) {
  const seen: string[] = [norm(root(el).textContent)];
  const observer = new MutationObserver(() => seen.push(norm(root(el).textContent)));
  observer.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return {
    seen,
    /** Stops recording; `seen` then holds every text that was on screen. */
    stop: () => {
      seen.push(...observer.takeRecords().map(() => norm(root(el).textContent)));
      observer.disconnect();
    },
  };
}
