/**
 * Races: whatever order answers arrive in, what is shown matches the last
 * request made, nothing stale is ever shown, and every superseded request's
 * AbortSignal (as the `fetcher` sees it) is aborted.
 */
import { expect } from '@open-wc/testing';
import {
  api,
  cleanup,
  create,
  fc,
  fcParams,
  readable,
  historyNamed,
  manualFetcher,
  newTag,
  requestsTo,
  root,
  settled,
  shownSubjects,
  sleep,
  until,
  view,
  type Call,
  type IC,
} from './helpers.js';

const N = 20;
const tick = () => sleep(0);

/** Records every text the element ever shows, to prove a stale one never was. */
function watchTexts(el: IC) {
  const seen = new Set<string>([root(el).textContent ?? '']);
  const observer = new MutationObserver(() => seen.add(root(el).textContent ?? ''));
  observer.observe(root(el), { subtree: true, childList: true, characterData: true });
  return {
    stop() {
      for (const _ of observer.takeRecords()) seen.add(root(el).textContent ?? '');
      observer.disconnect();
      return [...seen].join('\n');
    },
  };
}

type Answer = 'history' | 'reject' | 'garbage';
function answer(call: Call, kind: Answer) {
  if (kind === 'history') call.answer.resolve(historyNamed(`answer for [${call.url}]`));
  else if (kind === 'reject') call.answer.reject(new TypeError(`failed ${call.url}`));
  else call.answer.resolve({ not: `a history ${call.url}` });
}

const expectShowsAnswer = (el: IC, call: Call, kind: Answer) => {
  if (kind === 'history') expect(shownSubjects(el).join(), 'the last answer').to.include(`answer for [${call.url}]`);
  else expect(view(el), 'the error of the last request').to.equal('error');
};

describe('races', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  it(`${N} src changes in a row, answers resolving in any order: only the last is ever shown`, async () => {
    const indexes = [...Array(N).keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(indexes, { minLength: N, maxLength: N }),
        fc.array(fc.constantFrom<Answer>('history', 'history', 'reject', 'garbage'), { minLength: N, maxLength: N }),
        readable(async (order, kinds) => {
          const { fetcher, calls } = manualFetcher();
          const el = create({ fetcher });
          const texts = watchTexts(el);
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
          const everything = texts.stop();
          for (const call of calls.slice(0, -1)) expect(everything).to.not.include(`answer for [${call.url}]`);
          el.remove();
        }),
      ),
      fcParams(25),
    );
  });

  it(`${N} src changes in one task: one request for the last, any other aborted`, async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/first' });
    for (let i = 0; i < N; i++) el.src = `/burst/${i}`;
    await el.updateComplete;
    expect(calls.at(-1)!.url).to.equal(`/burst/${N - 1}`);
    expect(calls.slice(0, -1).every((c) => c.signal.aborted)).to.equal(true);
    for (const call of [...calls].reverse()) answer(call, 'history');
    await settled(el);
    expect(shownSubjects(el).join()).to.include(`answer for [/burst/${N - 1}]`);
  });

  it('refresh() during a fetch aborts it and shows the new answer only', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/inv/1' });
    await until(() => calls.length === 1, 'first request');
    const refreshed = el.refresh();
    await until(() => calls.length === 2, 'second request');
    expect(calls[0]!.signal.aborted, 'first aborted').to.equal(true);
    calls[1]!.answer.resolve(historyNamed('second'));
    calls[0]!.answer.resolve(historyNamed('first'));
    await refreshed;
    await settled(el);
    expect(shownSubjects(el).join()).to.include('second');
    await tick();
    expect(shownSubjects(el).join()).to.not.include('first');
  });

  it('refresh() twice while a history is shown: the old stays until the newest answer, the middle one is aborted', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/inv/1' });
    await until(() => calls.length === 1, 'first request');
    calls[0]!.answer.resolve(historyNamed('v1'));
    await settled(el);
    void el.refresh();
    void el.refresh();
    await until(() => calls.length === 3, 'two refreshes');
    expect(calls[1]!.signal.aborted).to.equal(true);
    calls[1]!.answer.resolve(historyNamed('v2-stale'));
    await tick();
    expect(shownSubjects(el).join(), 'old history kept while refreshing').to.include('v1');
    calls[2]!.answer.resolve(historyNamed('v3'));
    await until(() => shownSubjects(el).join().includes('v3'), 'newest shown');
    expect(shownSubjects(el).join()).to.not.include('v2-stale');
  });

  it('disconnect during a fetch aborts it; reconnect fetches again and shows only the new answer', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/inv/1' });
    await until(() => calls.length === 1, 'first request');
    el.remove();
    expect(calls[0]!.signal.aborted, 'aborted on disconnect').to.equal(true);
    document.body.append(el);
    await until(() => calls.length === 2, 'fetches again on reconnect');
    calls[0]!.answer.resolve(historyNamed('before disconnect'));
    await tick();
    expect(view(el)).to.equal('loading');
    calls[1]!.answer.resolve(historyNamed('after reconnect'));
    await settled(el);
    expect(shownSubjects(el).join()).to.include('after reconnect');
    expect(calls).to.have.length(2);
  });

  it('src changed while disconnected during a fetch: the reconnected element shows the new src', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/inv/1' });
    await until(() => calls.length === 1, 'first request');
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
    expect(shownSubjects(el)).to.have.length(1);
    expect(shownSubjects(el)[0]).to.include('answer for [/inv/2]');
  });

  it('data set while a fetch is pending wins, and the fetch is aborted', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/inv/1' });
    await until(() => calls.length === 1, 'first request');
    el.data = historyNamed('given data');
    await settled(el);
    expect(calls[0]!.signal.aborted).to.equal(true);
    calls[0]!.answer.resolve(historyNamed('late fetch'));
    await tick();
    await el.updateComplete;
    expect(shownSubjects(el).join()).to.include('given data');
    expect(shownSubjects(el).join()).to.not.include('late fetch');
    // Removing the data goes back to src: a new request, whose answer is shown.
    el.data = undefined;
    await until(() => calls.length === 2, 'fetches src again');
    calls[1]!.answer.resolve(historyNamed('fresh fetch'));
    await until(() => shownSubjects(el).join().includes('fresh fetch'), 'fresh fetch shown');
  });

  it('a new fetcher while a fetch is pending aborts the old one', async () => {
    const a = manualFetcher();
    const b = manualFetcher();
    const el = create({ fetcher: a.fetcher, src: '/inv/1' });
    await until(() => a.calls.length === 1, 'first request');
    el.fetcher = b.fetcher;
    await until(() => b.calls.length === 1, 'second fetcher called');
    expect(a.calls[0]!.signal.aborted).to.equal(true);
    a.calls[0]!.answer.resolve(historyNamed('old fetcher'));
    b.calls[0]!.answer.resolve(historyNamed('new fetcher'));
    await settled(el);
    await tick();
    expect(shownSubjects(el).join()).to.include('new fetcher');
    expect(shownSubjects(el).join()).to.not.include('old fetcher');
  });

  it('the `history` property is what is on screen: not the previous invoice while another loads', async () => {
    const { fetcher, calls } = manualFetcher();
    const el = create({ fetcher, src: '/inv/1' });
    await until(() => calls.length === 1, 'first request');
    calls[0]!.answer.resolve(historyNamed('invoice 1'));
    await settled(el);
    expect(el.history?.sends[0]?.subject).to.equal('invoice 1');
    el.src = '/inv/2';
    await until(() => calls.length === 2, 'second request');
    await el.updateComplete;
    expect(view(el)).to.equal('loading');
    expect(el.history, 'nothing is on screen while invoice 2 loads').to.equal(undefined);
    calls[1]!.answer.resolve(historyNamed('invoice 2'));
    await settled(el);
    expect(el.history?.sends[0]?.subject).to.equal('invoice 2');
  });

  it('through the network: superseded requests are aborted on the wire', async () => {
    const tag = newTag();
    const el = create();
    for (let i = 0; i < N - 1; i++) {
      el.src = api('hang', { tag, i });
      await el.updateComplete;
    }
    el.src = api('history', { fixture: 'realistic', delay: 100, tag });
    await settled(el);
    expect(view(el)).to.equal('history');
    await sleep(200);
    // Some never reach the server (browsers queue requests per host, and they were aborted
    // in the queue); every one that did was aborted, and none is left open.
    const counts = await requestsTo('hang', tag);
    expect(counts.count).to.be.within(0, N - 1);
    expect(counts).to.include({ aborted: counts.count, open: 0 });
  });
});
