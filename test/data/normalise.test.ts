import { expect } from '@open-wc/testing';
import {
  compareSends,
  groupStatuses,
  normaliseHistory,
  orderRecipients,
  statusKey,
} from '../../src/data/normalise.js';
import type { RawInvoiceHistory, Recipient, Send } from '../../src/data/contract.js';
import { event, recipient as withEvents } from '../../fixtures/index.js';

// The normaliser must cope with bodies that break the types, so tests build loose ones.
const normalise = (body: unknown) => normaliseHistory(body as RawInvoiceHistory);

const rawSend = (id: string, sentAt: unknown, recipients: unknown[] = []) => ({ id, sentAt, recipients });

/** Every ordering of a small list. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('normaliseHistory: sends', () => {
  const sends = [
    rawSend('jan', '2024-01-22T08:05:00-05:00'),
    rawSend('feb-b', 1708322400),
    rawSend('feb-a', '2024-02-19T06:00:00Z'), // the same instant as feb-b
    rawSend('mar', '2024-03-04T09:15:00+11:00'),
    rawSend('undated-z', 'not a date'),
    rawSend('undated-a', null),
  ];

  it('orders sends latest first, ties by id, undated last, whatever the input order', () => {
    for (const shuffled of permutations(sends.slice(0, 4)).concat([sends, [...sends].reverse()])) {
      const ids = normalise({ sends: shuffled }).sends.map((s) => s.id);
      const expected = ['mar', 'feb-a', 'feb-b', 'jan', 'undated-a', 'undated-z'].filter((id) =>
        shuffled.some((s) => s.id === id),
      );
      expect(ids).to.deep.equal(expected);
    }
  });

  it('reads sentAt into epoch milliseconds or null', () => {
    const [mar, , , , undated] = normalise({ sends }).sends;
    expect(mar.sentAt).to.equal(Date.UTC(2024, 2, 3, 22, 15));
    expect(undated.sentAt).to.equal(null);
  });

  it('keeps subject and sentBy, and tolerates missing or odd ids and fields', () => {
    const [send] = normalise({
      sends: [{ id: 7, sentAt: 0, subject: 'Invoice 7', sentBy: 'Sam', recipients: [] }],
    }).sends;
    expect(send).to.deep.equal({ id: '7', sentAt: 0, subject: 'Invoice 7', sentBy: 'Sam', recipients: [] });
    const [bare] = normalise({ sends: [{ recipients: [], subject: { text: 'x' } }] }).sends;
    expect(bare).to.deep.equal({ id: '', sentAt: null, recipients: [] });
  });

  it('returns no sends for an empty history', () => {
    expect(normalise({ sends: [] })).to.deep.equal({ sends: [] });
  });
});

describe('compareSends', () => {
  const send = (id: string, sentAt: number | null): Send => ({ id, sentAt, recipients: [] });
  it('puts the later send first, undated after dated, and breaks ties by id', () => {
    expect(compareSends(send('a', 2), send('b', 1))).to.be.below(0);
    expect(compareSends(send('a', 1), send('b', 2))).to.be.above(0);
    expect(compareSends(send('a', null), send('b', 1))).to.be.above(0);
    expect(compareSends(send('b', 1), send('a', null))).to.be.below(0);
    expect(compareSends(send('a', 1), send('b', 1))).to.be.below(0);
    expect(compareSends(send('b', null), send('a', null))).to.be.above(0);
    expect(compareSends(send('a', 1), send('a', 1))).to.equal(0);
  });
});

describe('normaliseHistory: recipients', () => {
  const recipient = (email: string, type: unknown) => ({ email, type, events: [] });
  const recipients = [
    recipient('bcc1@example.com', 'BCC'),
    recipient('reply1@example.com', 'Reply-To'),
    recipient('cc1@example.com', 'cc'),
    recipient('to1@example.com', 'To'),
    recipient('x@example.com', 'x-custom'),
    recipient('cc2@example.com', ' CC '),
    recipient('reply2@example.com', 'reply-to'),
    recipient('to2@example.com', 'TO'),
    recipient('none@example.com', undefined),
    recipient('to3@example.com', 'to'),
  ];

  it('orders To, CC, BCC, then unknown types by first appearance, keeping endpoint order', () => {
    const [send] = normalise({ sends: [rawSend('s', 0, recipients)] }).sends;
    expect(send.recipients.map((r) => r.email)).to.deep.equal([
      'to1@example.com',
      'to2@example.com',
      'to3@example.com',
      'cc1@example.com',
      'cc2@example.com',
      'bcc1@example.com',
      'reply1@example.com',
      'reply2@example.com',
      'x@example.com',
      'none@example.com',
    ]);
  });

  it('lower-cases known types and keeps the trimmed raw name of every type', () => {
    const [send] = normalise({ sends: [rawSend('s', 0, recipients)] }).sends;
    const byEmail = new Map(send.recipients.map((r) => [r.email, r]));
    expect(byEmail.get('cc2@example.com')).to.include({ type: 'cc', rawType: 'CC' });
    expect(byEmail.get('bcc1@example.com')).to.include({ type: 'bcc', rawType: 'BCC' });
    expect(byEmail.get('reply1@example.com')).to.include({ type: 'other', rawType: 'Reply-To' });
    expect(byEmail.get('reply2@example.com')).to.include({ type: 'other', rawType: 'reply-to' });
    expect(byEmail.get('none@example.com')).to.include({ type: 'other', rawType: '' });
  });

  it('keeps the name when given and omits it otherwise', () => {
    const [send] = normalise({
      sends: [rawSend('s', 0, [{ email: 'a@example.com', name: 'Ann', type: 'to' }, recipient('b@example.com', 'to')])],
    }).sends;
    expect(send.recipients[0]).to.deep.equal({
      email: 'a@example.com',
      name: 'Ann',
      type: 'to',
      rawType: 'to',
      statuses: [],
      outcome: 'pending',
    });
    expect(send.recipients[1]).to.not.have.property('name');
  });

  it('gives each recipient its outcome: failed, delivered, retrying or pending', () => {
    const at = '2026-11-20T09:14:00+11:00';
    const [send] = normalise({
      sends: [
        rawSend('s', 0, [
          withEvents('failed@example.com', 'to', [event('delivered', at), event('bounce', 1795127000)]),
          withEvents('delivered@example.com', 'to', [event('processed', at), event('open', at)]),
          withEvents('retrying@example.com', 'to', [event('processed', at), event('deferred', at)]),
          withEvents('pending@example.com', 'to', [event('processed', at), event('open', at, { machine: true })]),
        ]),
      ],
    }).sends;
    expect(send.recipients.map((r) => r.outcome)).to.deep.equal(['failed', 'delivered', 'retrying', 'pending']);
  });

  it('gives a recipient with missing or non-array events no statuses', () => {
    const [send] = normalise({
      sends: [rawSend('s', 0, [{ email: 'a@example.com', type: 'to' }, { email: 'b', type: 'to', events: {} }])],
    }).sends;
    expect(send.recipients.map((r) => r.statuses)).to.deep.equal([[], []]);
  });
});

describe('orderRecipients', () => {
  const r = (email: string, type: Recipient['type'], rawType: string = type): Recipient => ({
    email,
    type,
    rawType,
    statuses: [],
    outcome: 'pending',
  });
  it('groups unknown types case-insensitively in order of first appearance', () => {
    const ordered = orderRecipients([
      r('1', 'other', 'Zeta'),
      r('2', 'bcc'),
      r('3', 'other', 'alpha'),
      r('4', 'other', 'ZETA'),
      r('5', 'to'),
    ]);
    expect(ordered.map((x) => x.email)).to.deep.equal(['5', '2', '1', '4', '3']);
  });
});

describe('groupStatuses', () => {
  it('sorts events by time and groups them by first occurrence', () => {
    const groups = groupStatuses([
      { status: 'open', at: 400 },
      { status: 'delivered', at: 200 },
      { status: 'processed', at: 100 },
      { status: 'open', at: 300 },
      { status: 'click', at: 350, url: 'https://pay.example/1' },
      { status: 'open', at: 500, machine: true },
    ]);
    expect(groups.map((g) => g.status)).to.deep.equal(['processed', 'delivered', 'open', 'click']);
    const open = groups[2];
    expect(open.occurrences.map((o) => o.at)).to.deep.equal([300_000, 400_000, 500_000]);
    expect(open.occurrences[2]).to.deep.equal({ at: 500_000, machine: true });
    expect(groups[3].occurrences).to.deep.equal([{ at: 350_000, url: 'https://pay.example/1' }]);
  });

  it('collapses repeated statuses case-insensitively, keeping every occurrence', () => {
    const groups = groupStatuses([
      { status: 'Deferred', at: 1, attempt: 1, response: '451 try later' },
      { status: ' DEFERRED ', at: 2, attempt: 2, reason: 'Greylisted' },
    ]);
    expect(groups).to.deep.equal([
      {
        status: 'deferred',
        known: true,
        occurrences: [
          { at: 1000, attempt: 1, response: '451 try later' },
          { at: 2000, attempt: 2, reason: 'Greylisted' },
        ],
      },
    ]);
  });

  it('puts undated occurrences last, in endpoint order, and keeps unknown statuses', () => {
    const groups = groupStatuses([
      { status: 'group_resubscribe', at: 'garbage' },
      { status: 'processed', at: 10 },
      { status: 'open' },
      { status: 'open', at: 20 },
    ]);
    expect(groups.map((g) => [g.status, g.known])).to.deep.equal([
      ['processed', true],
      ['open', true],
      ['group_resubscribe', false],
    ]);
    expect(groups[1].occurrences.map((o) => o.at)).to.deep.equal([20_000, null]);
  });

  it('drops detail fields of the wrong type instead of guessing', () => {
    const [group] = groupStatuses([
      { status: 'deferred', at: 1, attempt: 'two', machine: 'yes', reason: { code: 1 }, response: 421 },
    ]);
    expect(group.occurrences).to.deep.equal([{ at: 1000, response: '421' }]);
    const [nan] = groupStatuses([{ status: 'deferred', at: 1, attempt: NaN }]);
    expect(nan.occurrences[0]).to.not.have.property('attempt');
  });

  it('returns no groups for missing, empty or non-array events', () => {
    for (const events of [undefined, null, [], {}, 'open']) {
      expect(groupStatuses(events), JSON.stringify(events)).to.deep.equal([]);
    }
  });

  it('groups events without a readable status under "unknown"', () => {
    const groups = groupStatuses([{ at: 1 }, null, { status: '  ', at: 2 }]);
    expect(groups).to.have.length(1);
    expect(groups[0]).to.include({ status: 'unknown', known: false });
    expect(groups[0].occurrences.map((o) => o.at)).to.deep.equal([1000, 2000, null]);
  });
});

describe('statusKey', () => {
  it('trims and lower-cases, and names a missing status "unknown"', () => {
    expect(statusKey(' Delivered ')).to.equal('delivered');
    expect(statusKey(404)).to.equal('404');
    expect(statusKey('')).to.equal('unknown');
    expect(statusKey(null)).to.equal('unknown');
    expect(statusKey({})).to.equal('unknown');
  });
});
