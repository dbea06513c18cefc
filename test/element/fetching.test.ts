import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InvoiceCommunicationsLoadEvent, InvoiceCommunicationsLoadStartEvent } from '../../src/index.js';
import { manualFetcher } from '../helpers/fetchers.js';
import { withSubject } from '../helpers/histories.js';
import { $, norm, root, sends, settled, subjectsOf, view, type IC } from '../helpers/render.js';
import { api, newTag, requestsTo } from '../helpers/test-api.js';


/** Records every call to window.fetch while installed. */
function spyOnFetch() {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'fetch')!;
  const original = window.fetch.bind(window);
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    return original(input, init);
  };
  return { calls, restore: () => void Object.defineProperty(window, 'fetch', descriptor) };
}

describe('fetching', () => {
  let spy: ReturnType<typeof spyOnFetch> | undefined;
  afterEach(() => {
    spy?.restore();
    spy = undefined;
  });

  it('fetches `src` and renders the answer', async () => {
    const el = await fixture<IC>(
      html`<invoice-communications src=${api('history', { fixture: 'realistic' })}></invoice-communications>`,
    );
    await settled(el);
    expect(view(el)).to.equal('history');
    expect(sends(el)).to.have.length(4);
    expect(subjectsOf(el)[1]).to.equal('Reminder: invoice INV-1042 is overdue');
  });

  it('renders `data` without fetching, and `data` wins over `src` while set', async () => {
    spy = spyOnFetch();
    let fetcherCalls = 0;
    const el = await fixture<IC>(html`<invoice-communications
      src=${api('history', { fixture: 'realistic' })}
      .data=${withSubject('Given data')}
      .fetcher=${() => {
        fetcherCalls += 1;
        return Promise.resolve(withSubject('Fetched'));
      }}
    ></invoice-communications>`);
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['Given data']);
    expect(fetcherCalls, 'fetcher not called').to.equal(0);
    expect(spy.calls, 'fetch not called').to.have.length(0);

    el.data = withSubject('Other data');
    await el.updateComplete;
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['Other data']);
    expect(fetcherCalls).to.equal(0);

    // Without data, `src` is fetched again.
    el.data = undefined;
    await waitUntil(() => subjectsOf(el)[0] === 'Fetched', 'fetched after data is cleared');
    expect(fetcherCalls).to.equal(1);
  });

  it('uses `fetcher` in place of fetch, with the URL and an abort signal', async () => {
    spy = spyOnFetch();
    const { fetcher, calls } = manualFetcher();
    const el = await fixture<IC>(html`<invoice-communications src="/api/invoices/1042/emails" .fetcher=${fetcher}></invoice-communications>`);
    await waitUntil(() => calls.length === 1, 'fetcher called');
    expect(calls[0]!.url).to.equal('/api/invoices/1042/emails');
    expect(Object.keys(calls[0]!.init)).to.deep.equal(['signal']);
    expect(calls[0]!.signal).to.be.instanceOf(AbortSignal);
    expect(calls[0]!.signal.aborted).to.equal(false);
    calls[0]!.answer.resolve(withSubject('From the host client'));
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['From the host client']);
    expect(spy.calls, 'window.fetch not used').to.have.length(0);
  });

  it('reads a Response returned by `fetcher` like fetch', async () => {
    const el = await fixture<IC>(html`<invoice-communications
      src="/x"
      .fetcher=${() =>
        Promise.resolve(
          new Response(JSON.stringify(withSubject('As a Response')), { headers: { 'Content-Type': 'application/json' } }),
        )}
    ></invoice-communications>`);
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['As a Response']);
  });

  it("sends credentials 'same-origin' by default and what the `credentials` attribute says", async () => {
    spy = spyOnFetch();
    const src = api('history', { fixture: 'empty' });
    const el = await fixture<IC>(html`<invoice-communications src=${src}></invoice-communications>`);
    await settled(el);
    expect(spy.calls.map((c) => c.init?.credentials)).to.deep.equal(['same-origin']);

    el.setAttribute('credentials', 'include');
    await waitUntil(() => spy!.calls.length === 2, 'fetched again when credentials change');
    await settled(el);
    expect(spy.calls[1]!.init?.credentials).to.equal('include');

    el.setAttribute('credentials', 'omit');
    await waitUntil(() => spy!.calls.length === 3);
    expect(spy.calls[2]!.init?.credentials).to.equal('omit');
    expect(spy.calls.every((c) => c.url === src)).to.equal(true);
    await settled(el);

    // Removing the attribute, or a value fetch does not know, means the default.
    el.removeAttribute('credentials');
    await waitUntil(() => spy!.calls.length === 4);
    await settled(el);
    expect(spy.calls[3]!.init?.credentials).to.equal('same-origin');
    expect(view(el), 'no error').to.equal('empty');
    el.setAttribute('credentials', 'cookies-please');
    await waitUntil(() => spy!.calls.length === 5);
    await settled(el);
    expect(spy.calls[4]!.init?.credentials).to.equal('same-origin');
    expect(view(el), 'no error').to.equal('empty');
  });

  it('sends cookies only as `credentials` allows, and Accept: application/json (seen by the server)', async () => {
    const cookie = `ic-test-${newTag()}`;
    document.cookie = `${cookie}=1; path=/`;
    try {
      const tag = newTag();
      const el = await fixture<IC>(
        html`<invoice-communications credentials="omit" src=${api('echo-headers', { tag })}></invoice-communications>`,
      );
      await settled(el);
      let seen = await requestsTo('echo-headers', tag);
      expect(seen.count).to.equal(1);
      expect(seen.last?.cookie, 'no cookie with credentials="omit"').to.equal(false);
      expect(seen.last?.accept).to.equal('application/json');

      el.removeAttribute('credentials');
      await waitUntil(async () => (await requestsTo('echo-headers', tag)).count === 2, 'fetched again');
      seen = await requestsTo('echo-headers', tag);
      expect(seen.last?.cookie, "the cookie is sent with 'same-origin'").to.equal(true);
      expect(seen.last?.accept).to.equal('application/json');
    } finally {
      document.cookie = `${cookie}=; path=/; max-age=0`;
    }
  });

  it('fires ic-loadstart with the URL, then ic-load with the normalised history (bubbling, composed)', async () => {
    const events: Event[] = [];
    const src = api('history', { fixture: 'realistic' });
    const el = await fixture<IC>(html`<invoice-communications
      src=${src}
      @ic-loadstart=${(e: Event) => events.push(e)}
      @ic-load=${(e: Event) => events.push(e)}
    ></invoice-communications>`);
    await settled(el);
    expect(events.map((e) => e.type)).to.deep.equal(['ic-loadstart', 'ic-load']);
    const [start, load] = events as [InvoiceCommunicationsLoadStartEvent, InvoiceCommunicationsLoadEvent];
    expect(start).to.be.instanceOf(InvoiceCommunicationsLoadStartEvent);
    expect(start.detail.url).to.equal(src);
    expect(load).to.be.instanceOf(InvoiceCommunicationsLoadEvent);
    for (const e of [start, load]) expect([e.bubbles, e.composed], e.type).to.deep.equal([true, true]);
    const { history } = load.detail;
    expect(history.sends.map((s) => s.id)).to.deep.equal([
      'send-2024-03-04',
      'send-2024-02-19',
      'send-2024-02-05',
      'send-2024-01-22',
    ]);
    expect(history.sends[0]!.recipients.map((r) => r.type)).to.deep.equal(['to', 'cc', 'bcc']);
    expect(el.history?.sends.map((s) => s.id)).to.deep.equal(history.sends.map((s) => s.id));
  });

  it('refresh() keeps the old history on screen, marked busy, until the new one arrives', async () => {
    const { fetcher, calls } = manualFetcher();
    const loads: InvoiceCommunicationsLoadEvent[] = [];
    const el = await fixture<IC>(html`<invoice-communications
      src="/h"
      .fetcher=${fetcher}
      @ic-load=${(e: InvoiceCommunicationsLoadEvent) => loads.push(e)}
    ></invoice-communications>`);
    await waitUntil(() => calls.length === 1);
    calls[0]!.answer.resolve(withSubject('First answer'));
    await settled(el);
    const busy = () => $(el, '[part~="sends"]')?.closest('[aria-busy]')?.getAttribute('aria-busy');
    expect(busy()).to.equal('false');

    const refreshed = el.refresh();
    await waitUntil(() => calls.length === 2, 'fetched again');
    await el.updateComplete;
    await aTimeout(600); // longer than the loading indicator's delay
    expect(subjectsOf(el), 'old history still shown').to.deep.equal(['First answer']);
    expect(busy(), 'marked busy').to.equal('true');
    expect($(el, '[part~="loading"]'), 'no loading placeholder').to.equal(null);

    calls[1]!.answer.resolve(withSubject('Second answer'));
    await refreshed;
    await el.updateComplete;
    expect(subjectsOf(el)).to.deep.equal(['Second answer']);
    expect(busy()).to.equal('false');
    expect(loads.map((e) => e.detail.history.sends[0]!.subject)).to.deep.equal(['First answer', 'Second answer']);
  });
});

describe('states', () => {
  it('shows nothing without src or data', async () => {
    const el = await fixture<IC>(html`<invoice-communications></invoice-communications>`);
    await aTimeout(50);
    expect(view(el)).to.equal('nothing');
    expect(norm(root(el).textContent)).to.equal('');
  });

  it('while loading: a role="status" aria-busy indicator with its text, shown only after a short delay', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = await fixture<IC>(html`<invoice-communications src="/slow" .fetcher=${fetcher}></invoice-communications>`);
    const loading = $(el, '[role="status"]')!;
    expect(loading, 'a status element').to.exist;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(norm(loading.textContent)).to.equal('Loading email history…');
    expect(getComputedStyle(loading).opacity, 'not flashed at once').to.equal('0');
    await waitUntil(() => getComputedStyle(loading).opacity === '1', 'shown after a moment', { timeout: 3000 });

    calls[0]!.answer.resolve(withSubject('Done'));
    await settled(el);
    expect($(el, '[role="status"]'), 'indicator gone').to.equal(null);
  });

  it('says "This invoice has not been sent yet." when there are no sends', async () => {
    const el = await fixture<IC>(html`<invoice-communications src=${api('history', { fixture: 'empty' })}></invoice-communications>`);
    await settled(el);
    expect(view(el)).to.equal('empty');
    const message = $(el, '[part~="empty"]')!;
    expect(norm(message.textContent)).to.equal('This invoice has not been sent yet.');
    expect(message.checkVisibility()).to.equal(true);
    expect(sends(el)).to.have.length(0);
  });

  it('lets the `empty` slot replace that message', async () => {
    const el = await fixture<IC>(html`<invoice-communications .data=${{ sends: [] }}>
      <p slot="empty" id="custom">No emails yet. <a href="#send">Send the invoice</a></p>
    </invoice-communications>`);
    await settled(el);
    const custom = el.querySelector('#custom')!;
    expect(custom.checkVisibility(), 'slotted message shown').to.equal(true);
    const fallback = $(el, '[part~="empty"]');
    expect(fallback === null || !fallback.checkVisibility(), 'default message not shown').to.equal(true);
  });

  it("leaves the host's own tooltips in the `empty` slot alone", async () => {
    // A host design system may use data-tooltip and popovers of its own.
    const el = await fixture<IC>(html`<invoice-communications .data=${{ sends: [] }}>
      <p slot="empty">Not sent. <button data-tooltip="why" id="why">Why?</button><span popover id="tip">Host tip</span></p>
    </invoice-communications>`);
    await settled(el);
    const why = el.querySelector<HTMLButtonElement>('#why')!;
    const tip = el.querySelector<HTMLElement>('#tip')!;
    const untouched = (after: string) => {
      expect(why.hasAttribute('data-open'), `host button marked open after ${after}`).to.equal(false);
      expect(tip.matches(':popover-open'), `host popover shown after ${after}`).to.equal(false);
    };
    why.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    untouched('hover');
    why.focus({ focusVisible: true } as FocusOptions);
    untouched('focus');
    why.click();
    untouched('click');
  });
});
