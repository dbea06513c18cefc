import { expect } from '@open-wc/testing';
import { HistoryLoadError, historyFromBody, loadHistory, type LoadOptions } from '../../src/data/load.js';
import { HistoryFormatError } from '../../src/data/parse.js';
import type { HistoryFetcher } from '../../src/data/load.js';

const options = (overrides: Partial<LoadOptions> = {}): LoadOptions => ({
  signal: new AbortController().signal,
  credentials: 'same-origin',
  timeout: 5000,
  ...overrides,
});

/** The rejection of `promise`, or a failure if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return expect.fail('expected the promise to reject');
}

async function loadError(promise: Promise<unknown>): Promise<HistoryLoadError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(HistoryLoadError);
  return error as HistoryLoadError;
}

/** A fetcher that never settles by itself but rejects like fetch when its signal aborts. */
const abortableHang: HistoryFetcher = (_url, { signal }) =>
  new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });

const body = {
  sends: [
    { id: 'a', sentAt: 1, recipients: [{ email: 'a@example.com', type: 'to', events: [] }] },
    { id: 'b', sentAt: 2, recipients: [] },
  ],
};

describe('historyFromBody', () => {
  it('normalises a valid body', () => {
    expect(historyFromBody(body).sends.map((s) => s.id)).to.deep.equal(['b', 'a']);
  });

  it('turns a format error into a HistoryLoadError of kind format naming the path', () => {
    const error = (() => {
      try {
        historyFromBody({ sends: [{ recipients: [{ name: 'x' }] }] });
      } catch (e) {
        return e as HistoryLoadError;
      }
      return expect.fail('accepted a recipient without email');
    })();
    expect(error).to.be.instanceOf(HistoryLoadError);
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('sends[0].recipients[0].email');
    expect(error.cause).to.be.instanceOf(HistoryFormatError);
  });
});

describe('loadHistory with a fetcher', () => {
  it('passes the URL and a signal and normalises the JSON it resolves with', async () => {
    const calls: [string, AbortSignal][] = [];
    const fetcher: HistoryFetcher = (url, init) => {
      calls.push([url, init.signal]);
      return Promise.resolve(body);
    };
    const history = await loadHistory('/api/invoices/7/history', options({ fetcher }));
    expect(history.sends.map((s) => s.id)).to.deep.equal(['b', 'a']);
    expect(calls).to.have.length(1);
    expect(calls[0][0]).to.equal('/api/invoices/7/history');
    expect(calls[0][1]).to.be.instanceOf(AbortSignal);
  });

  it('reads a Response the fetcher resolves with like one from fetch', async () => {
    const ok: HistoryFetcher = () =>
      Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
    expect((await loadHistory('/h', options({ fetcher: ok }))).sends).to.have.length(2);
    const failing: HistoryFetcher = () =>
      Promise.resolve(new Response('nope', { status: 503, statusText: 'Service Unavailable' }));
    const error = await loadError(loadHistory('/h', options({ fetcher: failing })));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.message).to.equal('The server answered 503 Service Unavailable.');
  });

  it('reports a body without the contract shape as a format error naming the path', async () => {
    const fetcher: HistoryFetcher = () => Promise.resolve({ sends: [{ id: 'x', recipients: 'none' }] });
    const error = await loadError(loadHistory('/h', options({ fetcher })));
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('sends[0].recipients');
  });

  it('reports a TypeError as a network error and keeps the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const error = await loadError(loadHistory('/h', options({ fetcher: () => Promise.reject(cause) })));
    expect(error.kind).to.equal('network');
    expect(error.cause).to.equal(cause);
  });

  it('reports any other failure as a network error with a generic message and the cause', async () => {
    const cause = new Error('token expired');
    const error = await loadError(loadHistory('/h', options({ fetcher: () => Promise.reject(cause) })));
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('Something went wrong while loading the email history.');
    expect(error.cause).to.equal(cause);
  });

  it('times out through the signal it gives the fetcher', async () => {
    const started = performance.now();
    const error = await loadError(loadHistory('/h', options({ fetcher: abortableHang, timeout: 50 })));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('never aborts the signal it gave the fetcher once the history has loaded', async () => {
    // A host fetcher may hand the signal on (a cache, a shared client); a
    // timeout that fires after success must not cancel that work.
    let given: AbortSignal | undefined;
    const fetcher: HistoryFetcher = (_url, { signal }) => {
      given = signal;
      return Promise.resolve(body);
    };
    await loadHistory('/h', options({ fetcher, timeout: 20 }));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(given?.aborted, 'aborted after a successful load').to.equal(false);
  });

  it('rejects with the AbortError when the caller aborts, not a HistoryLoadError', async () => {
    const controller = new AbortController();
    const promise = loadHistory('/h', options({ signal: controller.signal, fetcher: abortableHang }));
    controller.abort();
    const error = await rejection(promise);
    expect(error).to.not.be.instanceOf(HistoryLoadError);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it("rejects with the caller's abort reason", async () => {
    const controller = new AbortController();
    const reason = new Error('superseded');
    const promise = loadHistory('/h', options({ signal: controller.signal, fetcher: abortableHang }));
    controller.abort(reason);
    expect(await rejection(promise)).to.equal(reason);
  });

  it('rejects at once with the AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetcher: HistoryFetcher = () => Promise.resolve(body);
    const error = await rejection(loadHistory('/h', options({ signal: controller.signal, fetcher })));
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
