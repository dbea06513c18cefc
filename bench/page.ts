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

/** Resolves once `el` shows a send, laid out. */
async function firstContent(el: InvoiceCommunications) {
  while (sendCount(el) === 0) await tick();
  forceLayout();
}

/** The element's CSS as text, for a floor that builds its own stylesheet. */
const cssText = () => InvoiceCommunications.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');

const PAGE_SIZE = 50;
const pageBodies = new Map<string, string>();
/**
 * A paged endpoint in the page (a host `fetcher`): page P of an n-send history,
 * newest first, PAGE_SIZE sends a page, as a Response the element reads like
 * fetch's. Bodies are serialised before the clock starts, as a server's would be.
 */
function pagedFetcher(sends: number) {
  const raw = history(sends, 5, 6);
  const newestFirst = [...raw.sends].reverse();
  const body = (page: number) => {
    const key = `${sends}:${page}`;
    if (!pageBodies.has(key)) {
      const slice = newestFirst.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      const next = (page + 1) * PAGE_SIZE < sends ? `/paged/${sends}?page=${page + 1}` : null;
      pageBodies.set(key, JSON.stringify({ sends: slice, next }));
    }
    return pageBodies.get(key)!;
  };
  body(0);
  return (url: string) =>
    Promise.resolve(
      new Response(body(Number(new URL(url, location.href).searchParams.get('page') ?? 0)), {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
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

/** The visible markup of a rendered history: no (empty) tooltip, no template markers. */
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
    // Every sheet of the element's, the generated one too (its content-visibility rule skips off-screen sends).
    root.adoptedStyleSheets = InvoiceCommunications.elementStyles.map((style) => ('styleSheet' in style ? style.styleSheet! : style));
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

  /** DOM nodes (elements, text, comments) and elements in the shadow root per badge, and JS heap, after the large history. */
  async footprint(shape: Shape = 'large') {
    const [s, r, e] = SHAPES[shape];
    const { el } = await render(history(s, r, e));
    const root = el.shadowRoot!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    const elements = root.querySelectorAll('*').length;
    const badges = root.querySelectorAll('[data-tooltip]').length;
    (globalThis as { gc?: () => void }).gc?.();
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      nodes,
      elements,
      badges,
      nodesPerBadge: nodes / badges,
      elementsPerBadge: elements / badges,
      heapBytes: memory?.usedJSHeapSize ?? null,
    };
  },

  /** The element's markup and CSS as text, for the cold floor (another page). */
  async floorSource(shape: Shape) {
    if (!floorMarkup.has(shape)) await bench.element(shape);
    return { markup: floorMarkup.get(shape)!, css: cssText() };
  },

  /**
   * On a page that has rendered no element yet: from creating the element to
   * its first send laid out (stylesheet construction, template preparation,
   * Intl formatters and all). The history itself is made before the clock.
   */
  async coldElement(shape: Shape) {
    const [s, r, e] = SHAPES[shape];
    const data = history(s, r, e);
    forceLayout();
    const start = performance.now();
    const el = document.createElement('invoice-communications');
    el.data = data;
    stage.replaceChildren(el);
    await el.updateComplete;
    await firstContent(el);
    return performance.now() - start;
  },

  /** The cold floor: on a fresh page, a stylesheet built from the same CSS, and the same markup by innerHTML. */
  coldFloor(markup: string, css: string) {
    forceLayout();
    const start = performance.now();
    const host = document.createElement('div');
    stage.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = markup;
    forceLayout();
    return performance.now() - start;
  },

  /**
   * Time to first content from a paged endpoint holding n sends (first page
   * of PAGE_SIZE fetched, read and normalised), through a host fetcher.
   */
  async paged(sends: number) {
    const fetcher = pagedFetcher(sends);
    const el = document.createElement('invoice-communications');
    stage.replaceChildren(el);
    await el.updateComplete;
    el.fetcher = fetcher;
    forceLayout();
    const start = performance.now();
    el.src = `/paged/${sends}`;
    await firstContent(el);
    return performance.now() - start;
  },

  clear() {
    stage.replaceChildren();
  },
};

(globalThis as { bench?: typeof bench }).bench = bench;
