/**
 * Runs in the browser. Each function measures one thing and returns
 * milliseconds (or counts); scripts/bench.mjs calls them many times and
 * takes medians.
 */
import '../src/index.js';
import { InvoiceCommunications } from '../src/api.js';
import { generateHistory, withOneMoreEvent } from '../fixtures/index.js';
import type { RawInvoiceHistory } from '../src/data/contract.js';

const SHAPES = {
  typical: [5, 4, 5],
  medium: [100, 5, 6], // CI's reduced run
  large: [1000, 5, 6],
} as const;
type Shape = keyof typeof SHAPES;

const histories = new Map<string, RawInvoiceHistory>();
function history(sends: number, recipients: number, events: number) {
  const key = `${sends}x${recipients}x${events}`;
  if (!histories.has(key)) histories.set(key, generateHistory(sends, recipients, events));
  return histories.get(key)!;
}

const stage = document.getElementById('stage')!;
const forceLayout = () => document.documentElement.getBoundingClientRect().height;
const tick = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

function sendCount(el: InvoiceCommunications) {
  return el.shadowRoot?.querySelectorAll('.send').length ?? 0;
}

/** Sets `data` on a fresh element; resolves with ms to first send laid out and to all sends laid out. */
async function render(
  data: RawInvoiceHistory,
  { waitForAll = true } = {},
  el = document.createElement('invoice-communications'),
) {
  if (!el.isConnected) {
    stage.replaceChildren(el);
    await el.updateComplete;
  }
  const loaded = new Promise((resolve) => el.addEventListener('ic-load', resolve, { once: true }));
  const start = performance.now();
  el.data = data;
  await loaded;
  await el.updateComplete;
  while (sendCount(el) === 0) await tick();
  forceLayout();
  const first = performance.now() - start;
  if (!waitForAll) return { first, all: NaN, el };
  while (sendCount(el) < data.sends.length) await tick();
  forceLayout();
  return { first, all: performance.now() - start, el };
}

/** The visible markup of a rendered history: no tooltips, no template markers. */
function visibleMarkup(el: InvoiceCommunications): string {
  const copy = document.createDocumentFragment();
  copy.append(...[...el.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  copy.querySelectorAll('[role="tooltip"]').forEach((node) => node.remove());
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((node) => node.parentNode!.removeChild(node));
  const holder = document.createElement('div');
  holder.append(copy);
  return holder.innerHTML;
}

const floorMarkup = new Map<Shape, string>();

export const bench = {
  async element(shape: Shape) {
    const [s, r, e] = SHAPES[shape];
    const { first, all, el } = await render(history(s, r, e));
    if (!floorMarkup.has(shape)) floorMarkup.set(shape, visibleMarkup(el));
    return { first, all };
  },

  /** The same visible markup by one innerHTML assignment into a styled shadow root. */
  async floor(shape: Shape) {
    if (!floorMarkup.has(shape)) await bench.element(shape);
    const markup = floorMarkup.get(shape)!;
    const host = document.createElement('div');
    stage.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [InvoiceCommunications.elementStyles[0]!.styleSheet!];
    forceLayout();
    const start = performance.now();
    root.innerHTML = markup;
    forceLayout();
    return performance.now() - start;
  },

  /** One new event on a large history already on screen, against its first render. */
  async refresh(shape: Shape = 'large') {
    const [s, r, e] = SHAPES[shape];
    const base = history(s, r, e);
    const { all: firstRender, el } = await render(base);
    const next = withOneMoreEvent(base);
    const loaded = new Promise((resolve) => el.addEventListener('ic-load', resolve, { once: true }));
    const start = performance.now();
    el.data = next;
    await loaded;
    await el.updateComplete;
    forceLayout();
    return { update: performance.now() - start, firstRender };
  },

  /** Time to first content (first send laid out) for n sends of 5 recipients × 6 events. */
  async scale(sends: number, waitForAll = true) {
    const { first, all } = await render(history(sends, 5, 6), { waitForAll });
    return { first, all };
  },

  /** DOM nodes (elements, text, comments) in the shadow root per badge, and JS heap, after the large history. */
  async footprint(shape: Shape = 'large') {
    const [s, r, e] = SHAPES[shape];
    const { el } = await render(history(s, r, e));
    const root = el.shadowRoot!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    const badges = root.querySelectorAll('[data-tooltip]').length;
    (globalThis as { gc?: () => void }).gc?.();
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
    return { nodes, badges, nodesPerBadge: nodes / badges, heapBytes: memory?.usedJSHeapSize ?? null };
  },

  clear() {
    stage.replaceChildren();
  },
};

(globalThis as { bench?: typeof bench }).bench = bench;
