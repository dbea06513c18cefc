import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InvoiceCommunicationsErrorEvent, InvoiceCommunicationsLoadEvent } from '../../src/index.js';
import {
  api,
  manualFetcher,
  newTag,
  recordTexts,
  requestsTo,
  settled,
  view,
  type IC,
  withSubject,
  subjectsOf,
} from './helpers.js';


describe('races', () => {
  it('src A slow, then src B fast (fetcher): only B is ever shown and A is aborted', async () => {
    const { fetcher, calls } = manualFetcher({ ignoreAbort: true });
    const loads: InvoiceCommunicationsLoadEvent[] = [];
    const el = await fixture<IC>(html`<invoice-communications
      src="/invoice/A"
      .fetcher=${fetcher}
      @ic-load=${(e: InvoiceCommunicationsLoadEvent) => loads.push(e)}
    ></invoice-communications>`);
    const texts = recordTexts(el);
    await waitUntil(() => calls.length === 1);
    const a = calls[0]!;

    el.src = '/invoice/B';
    await waitUntil(() => calls.length === 2, 'B requested');
    expect(a.signal.aborted, "A's signal is aborted").to.equal(true);
    const b = calls[1]!;
    expect(b.url).to.equal('/invoice/B');
    expect(b.signal.aborted).to.equal(false);

    b.answer.resolve(withSubject('Invoice B'));
    await settled(el);
    // A answers late anyway (a fetcher that ignores its signal).
    a.answer.resolve(withSubject('Invoice A'));
    await aTimeout(100);
    await el.updateComplete;
    texts.stop();

    expect(subjectsOf(el)).to.deep.equal(['Invoice B']);
    expect(texts.seen.some((t) => t.includes('Invoice A')), 'A never rendered').to.equal(false);
    expect(loads.map((e) => e.detail.history.sends[0]!.subject)).to.deep.equal(['Invoice B']);
  });

  it('src A slow, then src B fast (real requests): only B is ever shown, also after A answers', async () => {
    const loads: InvoiceCommunicationsLoadEvent[] = [];
    const el = await fixture<IC>(html`<invoice-communications
      src=${api('history', { fixture: 'realistic', delay: 700, tag: newTag() })}
      @ic-load=${(e: InvoiceCommunicationsLoadEvent) => loads.push(e)}
    ></invoice-communications>`);
    const texts = recordTexts(el);
    await aTimeout(50);
    el.src = api('raw', { body: JSON.stringify(withSubject('Invoice B')) });
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['Invoice B']);

    await aTimeout(1000); // A's answer would have arrived by now
    await el.updateComplete;
    texts.stop();
    expect(subjectsOf(el)).to.deep.equal(['Invoice B']);
    expect(texts.seen.some((t) => t.includes('Harbour & Co')), 'A never rendered').to.equal(false);
    expect(loads).to.have.length(1);
  });

  it("aborts A's real request when src changes (the server sees it closed)", async () => {
    const tag = newTag();
    const el = await fixture<IC>(html`<invoice-communications src=${api('hang', { tag })}></invoice-communications>`);
    await waitUntil(async () => (await requestsTo('hang', tag)).open === 1, 'A reached the server');
    el.src = api('history', { fixture: 'empty' });
    await waitUntil(async () => (await requestsTo('hang', tag)).aborted === 1, 'A aborted', { timeout: 5000 });
    await settled(el);
    expect(view(el)).to.equal('empty');
  });

  it('never shows a slow error from A after B has loaded', async () => {
    const errors: InvoiceCommunicationsErrorEvent[] = [];
    const el = await fixture<IC>(html`<invoice-communications
      src=${api('history', { fixture: 'realistic', status: 500, delay: 500, tag: newTag() })}
      @ic-error=${(e: InvoiceCommunicationsErrorEvent) => errors.push(e)}
    ></invoice-communications>`);
    const texts = recordTexts(el);
    el.src = api('raw', { body: JSON.stringify(withSubject('Invoice B')) });
    await settled(el);
    await aTimeout(800);
    texts.stop();
    expect(view(el)).to.equal('history');
    expect(errors).to.have.length(0);
    expect(texts.seen.some((t) => t.includes('500')), 'no error flashed').to.equal(false);
  });

  it('fetches only the last of several src changes made together', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = await fixture<IC>(html`<invoice-communications src="/a" .fetcher=${fetcher}></invoice-communications>`);
    await waitUntil(() => calls.length === 1);
    el.src = '/b';
    el.src = '/c';
    el.src = '/d';
    await waitUntil(() => calls.length >= 2);
    await aTimeout(50);
    expect(calls.map((c) => c.url)).to.deep.equal(['/a', '/d']);
    calls[1]!.answer.resolve(withSubject('D'));
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['D']);
  });

  it('setting `data` while a request is pending aborts it and shows the data', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = await fixture<IC>(html`<invoice-communications src="/a" .fetcher=${fetcher}></invoice-communications>`);
    await waitUntil(() => calls.length === 1);
    el.data = withSubject('Given');
    await settled(el);
    expect(calls[0]!.signal.aborted).to.equal(true);
    calls[0]!.answer.resolve(withSubject('Fetched late'));
    await aTimeout(50);
    expect(subjectsOf(el)).to.deep.equal(['Given']);
  });
});

describe('disconnecting', () => {
  it('aborts a pending request (fetcher signal), and reconnecting fetches again', async () => {
    const { fetcher, calls } = manualFetcher();
    const errors: Event[] = [];
    const el = await fixture<IC>(html`<invoice-communications
      src="/a"
      .fetcher=${fetcher}
      @ic-error=${(e: Event) => errors.push(e)}
    ></invoice-communications>`);
    await waitUntil(() => calls.length === 1);
    const parent = el.parentNode!;
    el.remove();
    expect(calls[0]!.signal.aborted, 'aborted on disconnect').to.equal(true);
    await aTimeout(50);
    expect(errors, 'an abort is not an error').to.have.length(0);

    parent.appendChild(el);
    await waitUntil(() => calls.length === 2, 'fetched again on reconnect');
    expect(calls[1]!.signal.aborted).to.equal(false);
    calls[1]!.answer.resolve(withSubject('After reconnect'));
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['After reconnect']);
  });

  it('aborts a pending real request (the server sees it closed)', async () => {
    const tag = newTag();
    const el = await fixture<IC>(html`<invoice-communications src=${api('hang', { tag })}></invoice-communications>`);
    await waitUntil(async () => (await requestsTo('hang', tag)).open === 1, 'request reached the server');
    el.remove();
    await waitUntil(async () => (await requestsTo('hang', tag)).aborted === 1, 'aborted', { timeout: 5000 });
    expect((await requestsTo('hang', tag)).open).to.equal(0);
  });

  it('does not fetch again on reconnect when the history was already shown', async () => {
    let count = 0;
    const el = await fixture<IC>(html`<invoice-communications
      src="/a"
      .fetcher=${() => {
        count += 1;
        return Promise.resolve(withSubject('Once'));
      }}
    ></invoice-communications>`);
    await settled(el);
    const parent = el.parentNode!;
    el.remove();
    parent.appendChild(el);
    await aTimeout(50);
    expect(count).to.equal(1);
    expect(subjectsOf(el)).to.deep.equal(['Once']);
  });
});
