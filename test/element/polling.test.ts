/**
 * Live updates (`poll-interval`): polling while a recipient is pending or
 * retrying, through the quiet refresh path. A `poll-interval` second is made
 * a few milliseconds long through the documented test seam, so no test
 * waits for real seconds; no test asserts how long anything took, only what
 * was asked for, in which order, and what the page shows.
 */
import { expect } from '@open-wc/testing';
import { event, history, recipient, send } from '../../fixtures/index.js';
import type { RawInvoiceHistory } from '../../src/data/contract.js';
import { pollTiming } from '../../src/element/polling.js';
import { $, $$, cleanup, create, norm, recordTexts, sends, settled, view, type IC } from '../helpers/render.js';
import { sleep, until } from '../helpers/wait.js';
import { api, newTag, requestsTo } from '../helpers/test-api.js';

/** One `poll-interval` second, in ms, during these tests: a 2 s interval is 10 ms. */
const SECOND = 5;
const AT = '2026-11-20T09:14:00+11:00';

const delivered = send('old', '2026-11-01T09:00:00+11:00', [recipient('ap@client.example', 'to', [event('delivered', '2026-11-01T09:00:05+11:00')])], {
  subject: 'Invoice INV-1042',
});
const deferredThen = (...events: ReturnType<typeof event>[]) =>
  history(
    send('new', AT, [recipient('ap@client.example', 'to', [event('processed', AT), event('deferred', AT, { attempt: 1 }), ...events])], {
      subject: 'Reminder',
    }),
    delivered,
  );
const retrying = () => deferredThen();
const deliveredNow = () => deferredThen(event('delivered', '2026-11-20T09:30:00+11:00'));

/** A fetcher answering from `answers` in turn (the last one again and again); an Error answer is thrown. */
function scripted(...answers: (RawInvoiceHistory | Error)[]) {
  const state = { calls: 0 };
  const fetcher = async () => {
    const answer = answers[Math.min(state.calls++, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return structuredClone(answer);
  };
  return { fetcher, state };
}

/** The delays the page asked `setTimeout` for, while installed. */
function watchTimers() {
  const original = window.setTimeout;
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    delays.push(delay ?? 0);
    return original(handler, delay, ...rest);
  }) as typeof window.setTimeout;
  return { delays, restore: () => void (window.setTimeout = original) };
}

/** Fakes `document.hidden` (and fires `visibilitychange`) until restored. */
function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

const summary = (el: IC) => norm($(el, '[part~="summary"]')?.textContent);
const polled = (attrs: Record<string, string>, fetcher: () => Promise<unknown>) =>
  create({ fetcher }, { src: '/invoices/1042/communications', timeout: '0', ...attrs });

describe('polling', () => {
  let timers: ReturnType<typeof watchTimers> | undefined;
  beforeEach(() => void (pollTiming.second = SECOND));
  afterEach(() => {
    pollTiming.second = 1000;
    timers?.restore();
    timers = undefined;
    delete (document as { hidden?: boolean }).hidden;
    cleanup();
  });

  it('updates the page when a deferral becomes a delivery, then stops', async () => {
    const { fetcher, state } = scripted(retrying(), retrying(), deliveredNow());
    const el = polled({ 'poll-interval': '2' }, fetcher);
    const loads: unknown[] = [];
    el.addEventListener('ic-load', (e) => loads.push(e.detail.history));
    await settled(el);
    expect(summary(el)).to.match(/^1 still retrying/);
    const unchanged = sends(el)[1];
    const texts = recordTexts(el);

    await until(() => summary(el) === 'Delivered to 1 of 1', 'the delivery shown');
    texts.stop();
    expect(state.calls).to.equal(3);
    await until(() => loads.length === 3, 'ic-load per update');
    expect(sends(el)[1], 'an unchanged send keeps its DOM').to.equal(unchanged);
    expect(texts.seen.some((t) => /Loading|Updating/.test(t)), 'no loading flash, no "Updating…"').to.equal(false);

    // Every recipient has a final outcome: many intervals later, nothing more was asked.
    await sleep(40 * SECOND * 2);
    expect(state.calls).to.equal(3);
  });

  it('does not poll a history whose every recipient has a final outcome, nor without poll-interval', async () => {
    const final = scripted(deliveredNow());
    const off = scripted(retrying());
    const a = polled({ 'poll-interval': '2' }, final.fetcher);
    const b = polled({}, off.fetcher);
    await settled(a);
    await settled(b);
    await sleep(20 * SECOND * 2);
    expect([final.state.calls, off.state.calls]).to.deep.equal([1, 1]);
  });

  it('does not poll `data`, which has nothing to fetch', async () => {
    const { fetcher, state } = scripted(retrying());
    const el = create({ fetcher, data: retrying() }, { src: '/x', 'poll-interval': '2' });
    await settled(el);
    await sleep(20 * SECOND * 2);
    expect(state.calls).to.equal(0);
  });

  it('does not poll for a send of an older page, which a poll of the first page cannot change', async () => {
    const OLDER_AT = '2026-10-01T09:00:00+11:00';
    const older = history(send('older', OLDER_AT, [recipient('ap@client.example', 'to', [event('deferred', OLDER_AT)])]));
    let firstCalls = 0;
    const fetcher = async (url: string) => {
      if (url.endsWith('/older')) return structuredClone(older);
      firstCalls++;
      return { ...structuredClone(deliveredNow()), next: 'https://history.example/older' };
    };
    const el = polled({ 'poll-interval': '2' }, fetcher as never);
    await settled(el);
    $<HTMLButtonElement>(el, '[part~="older-button"]')!.click();
    await until(() => sends(el).length === 3, 'the older page shown');
    expect(summary(el), 'the first page is final').to.equal('Delivered to 1 of 1');
    await sleep(20 * SECOND * 2);
    expect(firstCalls, 'no poll for the older page').to.equal(1);
  });

  it('raises an interval below 2 seconds to 2', async () => {
    timers = watchTimers();
    const { fetcher, state } = scripted(retrying());
    const el = polled({ 'poll-interval': '0.5' }, fetcher);
    await settled(el);
    await until(() => state.calls >= 2, 'a poll');
    expect(timers.delays).to.include(2 * SECOND);
    expect(timers.delays).to.not.include(0.5 * SECOND);
  });

  it('pauses while the page is hidden and catches up when it is shown', async () => {
    const { fetcher, state } = scripted(retrying());
    const el = polled({ 'poll-interval': '2' }, fetcher);
    await settled(el);
    setHidden(true);
    const before = state.calls;
    await sleep(20 * SECOND * 2);
    expect(state.calls, 'no poll while hidden').to.equal(before);
    setHidden(false);
    await until(() => state.calls > before, 'polling again once shown');
  });

  it('stops when the element leaves the page', async () => {
    const { fetcher, state } = scripted(retrying());
    const el = polled({ 'poll-interval': '2' }, fetcher);
    await settled(el);
    await until(() => state.calls >= 2, 'polling');
    el.remove();
    const calls = state.calls;
    await sleep(20 * SECOND * 2);
    expect(state.calls).to.equal(calls);
  });

  it('keeps the history when it is moved in the page while a poll is on its way, and the poll resumes', async () => {
    let calls = 0;
    const fetcher = (_url: string, { signal }: { signal: AbortSignal }) => {
      calls++;
      // The first poll hangs until the move aborts it.
      if (calls === 2) return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
      return Promise.resolve(structuredClone(calls === 1 ? retrying() : deliveredNow()));
    };
    const el = polled({ 'poll-interval': '2' }, fetcher as never);
    await settled(el);
    await until(() => calls === 2, 'a poll on its way');
    const texts = recordTexts(el);
    const errors: unknown[] = [];
    el.addEventListener('ic-error', (e) => errors.push(e));
    // Moved, as a framework re-parents a node: out of the page for a moment, then back.
    const parent = el.parentElement!;
    el.remove();
    await sleep(10);
    expect(el.history, 'the history stays while it is out of the page').to.not.equal(undefined);
    parent.append(el);
    await until(() => summary(el) === 'Delivered to 1 of 1', 'the resumed poll shown');
    texts.stop();
    expect(texts.seen.some((t) => /Loading|Updating/.test(t)), 'no loading flash').to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('keeps the history through a failed poll, with a quiet announced note, and backs off until one succeeds', async () => {
    timers = watchTimers();
    const down = new TypeError('Failed to fetch');
    const { fetcher, state } = scripted(retrying(), down, down, down, retrying(), deliveredNow());
    const el = polled({ 'poll-interval': '2' }, fetcher);
    const errors: Event[] = [];
    el.addEventListener('ic-error', (e) => errors.push(e));
    await settled(el);
    const note = $(el, '[part~="poll-note"]')!;
    expect(note.getAttribute('role'), 'a polite live region, there before any note').to.equal('status');
    expect(norm(note.textContent)).to.equal('');

    await until(() => state.calls >= 2 && norm(note.textContent) !== '', 'the note');
    expect(norm(note.textContent)).to.match(/^Could not check for updates/);
    expect(view(el)).to.equal('history');
    expect(summary(el)).to.match(/^1 still retrying/);
    expect($$(el, '[role="alert"]'), 'not the error state').to.have.length(0);
    expect($(el, '[part~="poll-note"]'), 'the same live region').to.equal(note);

    await until(() => summary(el) === 'Delivered to 1 of 1', 'recovered');
    expect(norm(note.textContent), 'the note goes with the next success').to.equal('');
    expect(errors, 'a failed poll is not ic-error').to.have.length(0);
    // Waits asked for: 10 ms, then after each failure twice the last (20, 40, 80), then back to 10.
    const polls = timers.delays.filter((d) => d >= 2 * SECOND && d % (2 * SECOND) === 0);
    expect(polls).to.deep.equal([10, 20, 40, 80, 10]);
  });

  it('keeps the error state for a first load that failed', async () => {
    const { fetcher, state } = scripted(new TypeError('Failed to fetch'), retrying());
    const el = polled({ 'poll-interval': '2' }, fetcher);
    expect(await settled(el)).to.equal('error');
    await sleep(20 * SECOND * 2);
    expect(state.calls, 'no polling without a history').to.equal(1);
  });
});

describe('polling, in real seconds', () => {
  afterEach(cleanup);

  // The one test on the real clock (2 s, the shortest interval): the path a page takes.
  it('fetches a real endpoint again after 2 seconds, shows the delivery, then stops', async () => {
    const tag = newTag();
    const el = create({}, { src: api('in-flight', { tag }), 'poll-interval': '1', locale: 'en-GB' });
    await settled(el);
    expect(summary(el)).to.match(/^1 still retrying/);
    await until(() => summary(el) === 'Delivered to 1 of 1', 'the delivery, from the second request', 6000);
    const { count } = await requestsTo('in-flight', tag);
    expect(count).to.equal(2);
    await sleep(2500);
    expect((await requestsTo('in-flight', tag)).count, 'stopped: every recipient is final').to.equal(2);
  }).timeout(15_000);
});
