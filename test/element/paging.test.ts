/**
 * Paged histories: the endpoint answers with the newest page and `next`; the
 * element shows that page and "Show older sends", which appends the next
 * page with its own loading and error states.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvoiceCommunicationsLoadEvent } from '../../src/index.js';
import { $, $$, mount, norm, root, sends, settled, view, type IC } from '../helpers/render.js';
import { api, newTag } from '../helpers/test-api.js';
import { label } from '../helpers/tooltips.js';

const olderButton = (el: IC) => $<HTMLButtonElement>(el, '[part~="older-button"]');
const feed = (el: IC) => $(el, '[role="feed"]')!;
const announced = (el: IC) => norm($(el, '.announce[role="status"]')?.textContent);

/** A host fetcher over real fetch that records every URL the element asks for. */
function recordingFetcher() {
  const urls: string[] = [];
  const fetcher = (url: string, init: { signal: AbortSignal }) => {
    urls.push(url);
    return fetch(url, init);
  };
  return { urls, fetcher };
}

async function paged(params: Record<string, string | number>, fetcher?: unknown) {
  const src = api('paged', { tag: newTag(), ...params });
  const el = await fixture<IC>(html`<invoice-communications src=${src} .fetcher=${fetcher}></invoice-communications>`);
  await settled(el);
  return el;
}

/** Presses "Show older sends" with the keyboard and waits for the page to be on screen. */
async function showOlder(el: IC) {
  const before = sends(el).length;
  const loaded = new Promise<InvoiceCommunicationsLoadEvent>((resolve) => el.addEventListener('ic-load', resolve, { once: true }));
  olderButton(el)!.focus();
  await sendKeys({ press: 'Enter' });
  const event = await loaded;
  await settled(el);
  return { event, added: sends(el).length - before };
}

describe('paged histories', () => {
  it('shows the first page only, then appends older pages, moving focus and announcing each', async () => {
    const { urls, fetcher } = recordingFetcher();
    const el = await paged({ sends: 25, size: 10 }, fetcher);
    expect(urls, 'only the first page fetched').to.have.length(1);
    expect(sends(el)).to.have.length(10);
    expect(el.hasOlderSends).to.equal(true);
    expect(el.history!.next).to.match(/\/test-api\/paged\?.*page=1/);
    expect(norm(olderButton(el)!.textContent)).to.equal('Show older sends');
    // The feed's size is unknown while older pages are not loaded.
    expect($$(el, 'article').map((a) => a.getAttribute('aria-setsize'))).to.deep.equal(Array(10).fill('-1'));

    const starts: { url: string; older: boolean }[] = [];
    el.addEventListener('ic-loadstart', (e) => starts.push(e.detail));
    const first = await showOlder(el);
    expect(first.added).to.equal(10);
    expect(first.event.detail.older).to.equal(true);
    expect(starts).to.deep.equal([{ url: urls[1], older: true }]);
    // The endpoint's `next` is relative ("paged?…"): resolved against the page it came in.
    expect(urls[1]).to.match(new RegExp(`^${location.origin}/test-api/paged\\?.*page=1`));
    expect(announced(el)).to.equal('10 older sends added.');
    expect(label(root(el).activeElement), 'focus on the first added send').to.equal('article');
    expect(root(el).activeElement!.getAttribute('aria-posinset')).to.equal('11');

    const last = await showOlder(el);
    expect(last.added).to.equal(5);
    expect(announced(el)).to.equal('5 older sends added.');
    expect(sends(el)).to.have.length(25);
    expect(olderButton(el), 'no button once every page is loaded').to.equal(null);
    expect(el.hasOlderSends).to.equal(false);
    expect(el.history!.next).to.equal(undefined);
    expect($$(el, 'article').map((a) => a.getAttribute('aria-setsize'))).to.deep.equal(Array(25).fill('25'));
    // Latest first across pages.
    const times = $$(el, 'article time').map((t) => Date.parse(t.getAttribute('datetime')!));
    expect([...times].sort((a, b) => b - a)).to.deep.equal(times);
  });

  it('keeps the history when a page fails, says why, and retries', async () => {
    const el = await paged({ sends: 15, size: 10, fail: 1 });
    const errors: { older: boolean }[] = [];
    el.addEventListener('ic-error', (e) => errors.push({ older: e.detail.older }));
    olderButton(el)!.click();
    await waitUntil(() => $(el, '.older [role="alert"]'), 'the page error');
    expect(view(el), 'the history stays').to.equal('history');
    expect(sends(el)).to.have.length(10);
    expect(norm($(el, '.older [role="alert"]')!.textContent)).to.match(/Older sends could not be loaded\. The server answered 503/);
    expect(errors).to.deep.equal([{ older: true }]);
    expect(norm(olderButton(el)!.textContent)).to.equal('Retry loading older sends');
    olderButton(el)!.click();
    await waitUntil(() => sends(el).length === 15, 'the page after Retry');
    expect($(el, '.older [role="alert"]')).to.equal(null);
  });

  it('marks the feed busy and the button as loading while a page loads, and ignores more presses', async () => {
    const calls: { url: string; resolve: (body: unknown) => void }[] = [];
    const fetcher = (url: string) => new Promise((resolve) => calls.push({ url, resolve }));
    const el = await fixture<IC>(html`<invoice-communications src="/h" .fetcher=${fetcher}></invoice-communications>`);
    await waitUntil(() => calls.length === 1);
    calls[0]!.resolve(page(['a', 'b'], '/h?page=2'));
    await settled(el);
    olderButton(el)!.click();
    olderButton(el)!.click();
    await el.updateComplete;
    expect(calls, 'one request').to.have.length(2);
    expect(calls[1]!.url).to.equal(new URL('/h?page=2', location.href).href);
    expect(feed(el).getAttribute('aria-busy')).to.equal('true');
    expect(olderButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(norm(olderButton(el)!.textContent)).to.equal('Loading older sends…');
    // Pages may overlap (new sends pushed the pages along): a send already shown is not repeated.
    calls[1]!.resolve(page(['b', 'c'], null));
    await waitUntil(() => sends(el).length === 3, 'the page appended');
    expect(feed(el).getAttribute('aria-busy')).to.equal('false');
    expect(announced(el)).to.equal('1 older send added.');
  });

  it('refetches only the first page on refresh and keeps the older pages loaded', async () => {
    const { urls, fetcher } = recordingFetcher();
    const el = await paged({ sends: 30, size: 10 }, fetcher);
    await showOlder(el);
    expect(sends(el)).to.have.length(20);
    await el.refresh();
    expect(urls.slice(2), 'the first page again').to.deep.equal([urls[0]]);
    expect(sends(el)).to.have.length(20);
    expect(el.history!.next, 'paging carries on after the loaded pages').to.match(/page=2/);
    await showOlder(el);
    expect(sends(el)).to.have.length(30);
  });

  it('keeps a send that newer sends pushed off the first page, when it refreshes after paging', async () => {
    // The endpoint as the host's fetcher: the first page moves on when a new send arrives.
    let first = page(['b', 'c', 'd'], 'https://history.example/older');
    const fetcher = async (url: string) => (url.endsWith('/older') ? page(['e', 'f'], null) : first);
    const el = await fixture<IC>(html`<invoice-communications src="https://history.example/first" .fetcher=${fetcher}></invoice-communications>`);
    await settled(el);
    await showOlder(el);
    first = page(['a', 'b', 'c'], 'https://history.example/older');
    await el.refresh();
    await settled(el);
    expect(el.history!.sends.map((send) => send.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(sends(el)).to.have.length(6);
    expect(el.hasOlderSends, 'every page was loaded').to.equal(false);
  });

  it('says in its CSV export that older sends are not loaded, until they are', async () => {
    const el = await paged({ sends: 15, size: 10 });
    const incomplete = 'Older sends were not loaded: this export does not include them.';
    expect(el.toCSV()).to.include(incomplete);
    await showOlder(el);
    expect(el.hasOlderSends).to.equal(false);
    expect(el.toCSV()).not.to.include(incomplete);
  });

  it('forgets older pages for another invoice', async () => {
    const el = await paged({ sends: 30, size: 10 });
    await showOlder(el);
    el.src = api('paged', { tag: newTag(), sends: 12, size: 10 });
    await waitUntil(() => sends(el).length === 10 && el.history?.next?.includes('sends=12'), 'the other invoice');
    expect(el.hasOlderSends).to.equal(true);
  });

  for (const [name, next] of [
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:application/json,{"sends":[]}'],
    ['a number', 42],
    ['an object', { href: 'https://x.example' }],
  ] as const) {
    it(`rejects ${name} as next, naming it, and never follows it`, async () => {
      const { urls, fetcher } = recordingFetcher();
      const el = await paged({ sends: 20, size: 10, next: JSON.stringify(next) }, fetcher);
      expect(view(el)).to.equal('error');
      expect(norm($(el, '[part~="error"]')!.textContent)).to.match(/not an email history: next is not/);
      expect(urls).to.have.length(1);
    });
  }

  it('pages `data` too, through the fetcher', async () => {
    const { urls, fetcher } = recordingFetcher();
    const el = await mount(
      { ...page(['x'], api('paged', { tag: newTag(), sends: 5, size: 5 })) },
    );
    el.fetcher = fetcher as never;
    await showOlder(el);
    expect(urls).to.have.length(1);
    expect(sends(el)).to.have.length(6);
  });
});

/** A page of one-recipient sends with these ids, newest first a minute apart. */
function page(ids: string[], next: string | null) {
  return {
    next,
    sends: ids.map((id, i) => ({
      id,
      sentAt: 1795126800 - i * 60 - (id.charCodeAt(0) - 97) * 3600,
      recipients: [{ email: `${id}@x.example`, type: 'to', events: [{ status: 'delivered', at: 1795126800 }] }],
    })),
  };
}
