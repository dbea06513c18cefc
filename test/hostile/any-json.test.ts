/**
 * Whatever an endpoint answers (any JSON value, any JavaScript value, any
 * body text with any status and content type), the element ends in either the
 * error state (role=alert, a message, Retry) or a rendered history. It never
 * throws and never stays pending.
 */
import { expect } from '@open-wc/testing';
import { watchGlobalErrors } from '../helpers/hostile.js';
import { fc, fcParams, readable } from '../helpers/properties.js';
import { cleanup, create, errorState, settled, view, type IC } from '../helpers/render.js';
import { until } from '../helpers/wait.js';

interface Outcome {
  view: string;
  loads: number;
  errors: number;
  problems: string[];
}

/** Renders one answer through `fetcher` and reports what happened. */
async function outcomeOf(answer: () => unknown, through: 'fetcher' | 'data' = 'fetcher'): Promise<Outcome> {
  const watch = watchGlobalErrors();
  const counts = { loads: 0, errors: 0 };
  const el = document.createElement('invoice-communications') as IC;
  el.addEventListener('ic-load', () => counts.loads++);
  el.addEventListener('ic-error', () => counts.errors++);
  if (through === 'fetcher') {
    el.fetcher = async () => answer();
    el.src = '/any';
  } else {
    el.data = answer();
  }
  document.body.append(el);
  const problems: string[] = [];
  if (through === 'data' && (el.data === undefined || el.data === null)) {
    // No data and no src: nothing to show, by design.
    await el.updateComplete;
    watch.stop();
    el.remove();
    return { view: view(el), ...counts, problems: [...watch.errors] };
  }
  try {
    await settled(el, 3000);
  } catch {
    problems.push(`still ${view(el)} after 3 s`);
  }
  await el.updateComplete.catch((e: unknown) => problems.push(`update threw ${String(e)}`));
  await new Promise((resolve) => setTimeout(resolve, 0));
  watch.stop();
  problems.push(...watch.errors);
  const shown = view(el);
  if (shown === 'error') {
    const { message, retry } = errorState(el);
    if (!retry) problems.push('error without Retry');
    if (message.length < 10) problems.push(`error without a message: "${message}"`);
    if (counts.errors !== 1) problems.push(`${counts.errors} ic-error events`);
  } else if (shown === 'history' || shown === 'empty') {
    if (counts.loads !== 1) problems.push(`${counts.loads} ic-load events`);
  } else {
    problems.push(`ended in ${shown}`);
  }
  el.remove();
  return { view: shown, ...counts, problems };
}

const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A history whose every field may be any JSON value: reaches the normaliser, not just the shape check. */
const nearlyValid = () => {
  const j = fc.jsonValue({ maxDepth: 2 });
  const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: j });
  const event = fc.record(
    {
      status: field(fc.constantFrom('processed', 'open', 'click', 'bounce', 'deferred', 'spamreport', 'OPEN ')),
      at: field(fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.constant('2026-11-20T09:14:00+11:00'))),
      reason: j,
      response: j,
      attempt: j,
      url: j,
      machine: j,
    },
    { requiredKeys: [] },
  );
  const recipient = fc.record(
    { email: fc.string(), name: j, type: field(fc.constantFrom('to', 'CC', 'Bcc', 'reply-to')), events: field(fc.array(event, { maxLength: 4 })) },
    { requiredKeys: ['email'] },
  );
  const send = fc.record(
    { id: j, sentAt: j, subject: j, sentBy: j, recipients: fc.array(field(recipient), { maxLength: 3 }) },
    { requiredKeys: ['recipients'] },
  );
  return fc.record({ sends: fc.array(field(send), { maxLength: 4 }) });
};

describe('any answer ends in an error or a history', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  it('any JSON value through fetcher', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), readable(async (value) => {
        expect((await outcomeOf(() => value)).problems).to.deep.equal([]);
      })),
      fcParams(),
    );
  });

  it('any nearly valid history (any JSON in every field) through fetcher', async () => {
    const views = new Set<string>();
    await fc.assert(
      fc.asyncProperty(nearlyValid(), readable(async (value) => {
        const outcome = await outcomeOf(() => value);
        views.add(outcome.view);
        expect(outcome.problems).to.deep.equal([]);
      })),
      fcParams(),
    );
    expect([...views], 'both outcomes were exercised').to.include.members(['error', 'history']);
  });

  it('any JavaScript value (maps, sparse arrays, bigints, null prototypes…) through fetcher and data', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, fc.constantFrom('fetcher' as const, 'data' as const), readable(async (value, through) => {
        expect((await outcomeOf(() => value, through)).problems).to.deep.equal([]);
      })),
      fcParams(),
    );
  });

  it('any body text, status and content type through a fetcher that answers with a Response', async () => {
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
      fc.constantFrom('{"sends":[]}', '<!doctype html><title>Sign in</title>', '\uFEFF{"sends":[]}', ''),
    );
    const status = fc.constantFrom(200, 201, 203, 206, 299, 400, 401, 403, 404, 410, 418, 429, 500, 502, 503);
    const type = fc.constantFrom('application/json', 'text/html; charset=utf-8', 'text/plain', '', 'application/xhtml+xml');
    await fc.assert(
      fc.asyncProperty(body, status, type, readable(async (text, code, contentType) => {
        const answer = () => new Response(text, { status: code, headers: contentType ? { 'Content-Type': contentType } : {} });
        const outcome = await outcomeOf(answer);
        expect(outcome.problems).to.deep.equal([]);
        if (code >= 300) expect(outcome.view).to.equal('error');
      })),
      fcParams(),
    );
  });

  it('hostile JavaScript data: sparse arrays, throwing getters, proxies, a rejecting or throwing fetcher', async () => {
    const throwing = { get sends(): unknown { throw new Error('getter says no'); } };
    const trap = new Proxy({}, { get() { throw new Error('proxy says no'); }, has() { throw new Error('proxy says no'); } });
    // eslint-disable-next-line no-sparse-arrays
    const sparseSends = { sends: [, { recipients: [] }] };
    // eslint-disable-next-line no-sparse-arrays
    const sparseRecipients = { sends: [{ recipients: [{ email: 'a@x.example', type: 'to' }, , ] }] };
    const both = ['fetcher', 'data'] as const;
    const fetcherOnly = ['fetcher'] as const;
    const answers: [string, () => unknown, readonly ('fetcher' | 'data')[]][] = [
      ['throwing getter', () => throwing, both],
      ['throwing proxy', () => trap, both],
      ['sparse sends', () => sparseSends, both],
      ['sparse recipients', () => sparseRecipients, both],
      ['a function', () => () => 1, both],
      ['a symbol', () => Symbol('x'), both],
      ['a promise of garbage', () => Promise.resolve(Symbol('x')), fetcherOnly],
      // Hosts' API clients do reject and throw non-errors.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      ['a rejected promise of undefined', () => Promise.reject(undefined), fetcherOnly],
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      ['a thrown string', () => { throw 'nope'; }, fetcherOnly],
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      ['a thrown null', () => { throw null; }, fetcherOnly],
    ];
    const problems: string[] = [];
    for (const [label, answer, ways] of answers) {
      for (const through of ways) {
        const outcome = await outcomeOf(answer, through).catch((e: unknown) => ({ problems: [`threw ${String(e)}`] }));
        problems.push(...outcome.problems.map((p) => `${label} (${through}): ${p}`));
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('Retry after any error recovers with the next good answer', async () => {
    let answer: unknown = 'not a history';
    const el = create({ fetcher: async () => answer, src: '/retry' }) as IC;
    expect(await settled(el)).to.equal('error');
    answer = { sends: [] };
    errorState(el).retry!.click();
    await until(() => view(el) === 'empty', 'recovered after Retry');
  });
});
