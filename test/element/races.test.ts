/**
 * Races: whatever order answers arrive in, what is shown (and announced by
 * ic-load) matches the last request made, nothing stale is ever shown, and
 * every superseded request is aborted: its AbortSignal as the `fetcher` sees
 * it, and on the wire as the server sees it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InvoiceCommunicationsLoadEvent } from '../../src/index.js';
import { manualFetcher, manualFetcherIgnoringAbort, type FetcherCall } from '../helpers/fetchers.js';
import { withSubject } from '../helpers/histories.js';
import { fc, fcParams, readable } from '../helpers/properties.js';
import { cleanup, create, recordTexts, settled, subjectsOf, view, type IC } from '../helpers/render.js';
import { api, newTag, requestsTo } from '../helpers/test-api.js';
import { sleep, until } from '../helpers/wait.js';

const N = 20;
const tick = () => sleep(0);

/** What the server reports for the `hang` requests with `tag`, once it has seen `open` of them open. */
const serverSees = (tag: string, counts: { open?: number; aborted?: number }) =>
  waitUntil(
    async () => {
      const seen = await requestsTo('hang', tag);
      return Object.entries(counts).every(([key, value]) => seen[key as 'open' | 'aborted'] === value);
    },
    `the server sees ${JSON.stringify(counts)}`,
    { timeout: 5000 },
  );

type Answer = 'history' | 'reject' | 'garbage';
const subjectFor = (call: FetcherCall) => `answer for [${call.url}]`;

function answer(call: FetcherCall, kind: Answer) {
  if (kind === 'history') call.answer.resolve(withSubject(subjectFor(call)));
  else if (kind === 'reject') call.answer.reject(new TypeError(`failed ${call.url}`));
  else call.answer.resolve({ not: `a history ${call.url}` });
}

const expectShowsAnswer = (el: IC, call: FetcherCall, kind: Answer) => {
  if (kind === 'history') expect(subjectsOf(el), 'the last answer').to.deep.equal([subjectFor(call)]);
  else expect(view(el), 'the error of the last request').to.equal('error');
};

/** An element whose request for /inv/1 is pending, through a fetcher that ignores its signal. */
async function fetchingInvoice1() {
  const { fetcher, calls } = manualFetcherIgnoringAbort();
  const el = create({ fetcher, src: '/inv/1' });
  await until(() => calls.length === 1, 'first request');
  return { el, calls };
}

/** Subjects of the histories announced by ic-load. */
function recordLoads(el: IC) {
  const loads: string[] = [];
  el.addEventListener('ic-load', (e: InvoiceCommunicationsLoadEvent) => loads.push(e.detail.history.sends[0]?.subject ?? ''));
  return loads;
}

describe('races', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  it(`${N} src changes in a row, answers resolving in any order: only the last is ever shown or loaded`, async () => {
    const indexes = [...Array(N).keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(indexes, { minLength: N, maxLength: N }),
        fc.array(fc.constantFrom<Answer>('history', 'history', 'reject', 'garbage'), { minLength: N, maxLength: N }),
        readable(async (order, kinds) => {
          // Superseded calls answer anyway, late, as a client that ignores its signal does.
          const { fetcher, calls } = manualFetcherIgnoringAbort();
          const el = create({ fetcher });
          const loads = recordLoads(el);
          const texts = recordTexts(el);
          for (let i = 0; i < N; i++) {
            el.src = `/history/${i}`;
            await el.updateComplete;
          }
          expect(calls.map((c) => c.url)).to.deep.equal(indexes.map((i) => `/history/${i}`));
          expect(calls.slice(0, -1).every((c) => c.signal.aborted), 'superseded requests aborted').to.equal(true);
          expect(calls.at(-1)!.signal.aborted).to.equal(false);
          for (const i of order) {
            answer(calls[i]!, kinds[i]!);
            await tick();
            await el.updateComplete;
            if (calls.at(-1)!.answer === calls[i]!.answer || view(el) !== 'loading') {
              expectShowsAnswer(el, calls.at(-1)!, kinds.at(-1)!);
            }
          }
          await settled(el);
          expectShowsAnswer(el, calls.at(-1)!, kinds.at(-1)!);
          texts.stop();
          const everything = texts.seen.join('\n');
          for (const call of calls.slice(0, -1)) expect(everything).to.not.include(subjectFor(call));
          expect(loads, 'ic-load for the last answer only').to.deep.equal(
            kinds.at(-1) === 'history' ? [subjectFor(calls.at(-1)!)] : [],
          );
          el.remove();
        }),
      ),
      fcParams(25),
    );
  });

  it(`${N} src changes in one task: one request, for the last, and the pending one is aborted`, async () => {
    const { fetcher, calls } = manualFetcherIgnoringAbort();
    const el = create({ fetcher, src: '/first' });
    await until(() => calls.length === 1, 'first request');
    for (let i = 0; i < N; i++) el.src = `/burst/${i}`;
    await until(() => calls.length >= 2, 'the burst requested');
    await sleep(50);
    expect(calls.map((c) => c.url)).to.deep.equal(['/first', `/burst/${N - 1}`]);
    expect(calls[0]!.signal.aborted).to.equal(true);
    for (const call of [...calls].reverse()) answer(call, 'history');
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal([`answer for [/burst/${N - 1}]`]);
  });

  it('refresh() during a fetch aborts it and shows the new answer only', async () => {
    const { el, calls } = await fetchingInvoice1();
    const refreshed = el.refresh();
    await until(() => calls.length === 2, 'second request');
    expect(calls[0]!.signal.aborted, 'first aborted').to.equal(true);
    calls[1]!.answer.resolve(withSubject('second'));
    calls[0]!.answer.resolve(withSubject('first'));
    await refreshed;
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['second']);
    await tick();
    expect(subjectsOf(el)).to.deep.equal(['second']);
  });

  it('refresh() twice while a history is shown: the old stays until the newest answer, the middle one is aborted', async () => {
    const { el, calls } = await fetchingInvoice1();
    calls[0]!.answer.resolve(withSubject('v1'));
    await settled(el);
    void el.refresh();
    void el.refresh();
    await until(() => calls.length === 3, 'two refreshes');
    expect(calls[1]!.signal.aborted).to.equal(true);
    calls[1]!.answer.resolve(withSubject('v2-stale'));
    await tick();
    expect(subjectsOf(el), 'old history kept while refreshing').to.deep.equal(['v1']);
    calls[2]!.answer.resolve(withSubject('v3'));
    await until(() => subjectsOf(el).includes('v3'), 'newest shown');
    expect(subjectsOf(el)).to.deep.equal(['v3']);
  });

  it('src changed while disconnected during a fetch: the reconnected element shows the new src', async () => {
    const { el, calls } = await fetchingInvoice1();
    el.remove();
    el.src = '/inv/2';
    await el.updateComplete;
    document.body.append(el);
    await el.updateComplete;
    await tick();
    const last = calls.at(-1)!;
    expect(last.url).to.equal('/inv/2');
    expect(calls.slice(0, -1).every((c) => c.signal.aborted)).to.equal(true);
    for (const call of calls) answer(call, 'history');
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['answer for [/inv/2]']);
  });

  it('data set while a fetch is pending wins, and the fetch is aborted; without data, src is fetched again', async () => {
    const { el, calls } = await fetchingInvoice1();
    el.data = withSubject('given data');
    await settled(el);
    expect(calls[0]!.signal.aborted).to.equal(true);
    calls[0]!.answer.resolve(withSubject('late fetch'));
    await tick();
    await el.updateComplete;
    expect(subjectsOf(el)).to.deep.equal(['given data']);
    // Removing the data goes back to src: a new request, whose answer is shown.
    el.data = undefined;
    await until(() => calls.length === 2, 'fetches src again');
    calls[1]!.answer.resolve(withSubject('fresh fetch'));
    await until(() => subjectsOf(el).includes('fresh fetch'), 'fresh fetch shown');
  });

  it('a new fetcher while a fetch is pending aborts the old one', async () => {
    const a = manualFetcherIgnoringAbort();
    const b = manualFetcherIgnoringAbort();
    const el = create({ fetcher: a.fetcher, src: '/inv/1' });
    await until(() => a.calls.length === 1, 'first request');
    el.fetcher = b.fetcher;
    await until(() => b.calls.length === 1, 'second fetcher called');
    expect(a.calls[0]!.signal.aborted).to.equal(true);
    a.calls[0]!.answer.resolve(withSubject('old fetcher'));
    b.calls[0]!.answer.resolve(withSubject('new fetcher'));
    await settled(el);
    await tick();
    expect(subjectsOf(el)).to.deep.equal(['new fetcher']);
  });

  it('the `history` property is what is on screen: not the previous invoice while another loads', async () => {
    const { el, calls } = await fetchingInvoice1();
    calls[0]!.answer.resolve(withSubject('invoice 1'));
    await settled(el);
    expect(el.history?.sends[0]?.subject).to.equal('invoice 1');
    el.src = '/inv/2';
    await until(() => calls.length === 2, 'second request');
    await el.updateComplete;
    expect(view(el)).to.equal('loading');
    expect(el.history, 'nothing is on screen while invoice 2 loads').to.equal(undefined);
    calls[1]!.answer.resolve(withSubject('invoice 2'));
    await settled(el);
    expect(el.history?.sends[0]?.subject).to.equal('invoice 2');
  });

  it('src A slow, then src B fast (real requests): only B is ever shown or loaded, also after A answers', async () => {
    const el = create({ src: api('history', { fixture: 'realistic', delay: 700, tag: newTag() }) });
    const loads = recordLoads(el);
    const texts = recordTexts(el);
    await sleep(50);
    el.src = api('raw', { body: JSON.stringify(withSubject('Invoice B')) });
    await settled(el);
    expect(subjectsOf(el)).to.deep.equal(['Invoice B']);

    await sleep(1000); // A's answer would have arrived by now
    await el.updateComplete;
    texts.stop();
    expect(subjectsOf(el)).to.deep.equal(['Invoice B']);
    expect(texts.seen.some((t) => t.includes('Harbour & Co')), 'A never rendered').to.equal(false);
    expect(loads).to.deep.equal(['Invoice B']);
  });

  it('never shows a slow error from A after B has loaded', async () => {
    const el = create({ src: api('history', { fixture: 'realistic', status: 500, delay: 500, tag: newTag() }) });
    const errors: Event[] = [];
    el.addEventListener('ic-error', (e) => errors.push(e));
    const texts = recordTexts(el);
    el.src = api('raw', { body: JSON.stringify(withSubject('Invoice B')) });
    await settled(el);
    await sleep(800);
    texts.stop();
    expect(view(el)).to.equal('history');
    expect(errors).to.have.length(0);
    expect(texts.seen.some((t) => t.includes('500')), 'no error flashed').to.equal(false);
  });

  it('through the network: every superseded request that reached the server is aborted there', async () => {
    const tag = newTag();
    const el = create({ src: api('hang', { tag, i: 0 }) });
    await serverSees(tag, { open: 1 });
    for (let i = 1; i < N - 1; i++) {
      el.src = api('hang', { tag, i });
      await el.updateComplete;
    }
    el.src = api('history', { fixture: 'realistic', delay: 100, tag });
    await settled(el);
    expect(view(el)).to.equal('history');
    await sleep(200);
    // Some never reach the server (browsers queue requests per host, and they were aborted
    // in the queue); every one that did, the first at least, was aborted, and none is left open.
    const counts = await requestsTo('hang', tag);
    expect(counts.count).to.be.within(1, N - 1);
    expect(counts).to.include({ aborted: counts.count, open: 0 });
  });
});

describe('disconnecting', function () {
  this.timeout(30_000);
  afterEach(cleanup);

  for (const [client, manual] of [
    ['a fetcher that rejects when aborted, like fetch', manualFetcher],
    ['a fetcher that ignores its signal', manualFetcherIgnoringAbort],
  ] as const) {
    it(`aborts a pending fetch without an error, and reconnecting fetches again and shows only the new answer (${client})`, async () => {
      const { fetcher, calls } = manual();
      const el = create({ fetcher, src: '/inv/1' });
      const errors: Event[] = [];
      el.addEventListener('ic-error', (e) => errors.push(e));
      await until(() => calls.length === 1, 'first request');
      el.remove();
      expect(calls[0]!.signal.aborted, 'aborted on disconnect').to.equal(true);
      await sleep(50);
      expect(errors, 'an abort is not an error').to.have.length(0);

      document.body.append(el);
      await until(() => calls.length === 2, 'fetched again on reconnect');
      expect(calls[1]!.signal.aborted).to.equal(false);
      calls[0]!.answer.resolve(withSubject('before disconnect'));
      await tick();
      expect(view(el)).to.equal('loading');
      calls[1]!.answer.resolve(withSubject('after reconnect'));
      await settled(el);
      expect(subjectsOf(el)).to.deep.equal(['after reconnect']);
      expect(calls).to.have.length(2);
      expect(errors).to.have.length(0);
    });
  }

  it('aborts a pending real request (the server sees it closed)', async () => {
    const tag = newTag();
    const el = create({ src: api('hang', { tag }) });
    await serverSees(tag, { open: 1 });
    el.remove();
    await serverSees(tag, { aborted: 1, open: 0 });
  });

  it('does not fetch again on reconnect when the history was already shown', async () => {
    let count = 0;
    const el = create({
      src: '/a',
      fetcher: () => {
        count += 1;
        return Promise.resolve(withSubject('Once'));
      },
    });
    await settled(el);
    el.remove();
    document.body.append(el);
    await sleep(50);
    expect(count).to.equal(1);
    expect(subjectsOf(el)).to.deep.equal(['Once']);
  });
});
