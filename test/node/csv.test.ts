import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseHistory } from '../../src/data/normalise.js';
import { parseHistory } from '../../src/data/parse.js';
import { CSV_HEADERS, CSV_INCOMPLETE_NOTE, historyToCsv, neutralise, quote } from '../../src/data/csv.js';
import type { InvoiceHistory } from '../../src/data/contract.js';
import { en } from '../../src/i18n/en.js';

const history = (body: unknown): InvoiceHistory => normaliseHistory(parseHistory(body));

/**
 * A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
 * Throws on anything RFC 4180 does not allow (a bare quote in an unquoted
 * field, text after a closing quote, a bare CR or LF outside quotes, no
 * final CRLF), so a passing test means a spreadsheet reads the same cells.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`unexpected ${JSON.stringify(text[i] ?? 'end')} at ${i}`);
  }
}

const column = (name: (typeof CSV_HEADERS)[number]) => CSV_HEADERS.indexOf(name);

describe('historyToCsv', () => {
  const sample = history({
    sends: [
      {
        id: 'older',
        sentAt: '2026-11-04T09:00:00+11:00',
        subject: 'Invoice 1042',
        sentBy: 'Dana Lee',
        recipients: [
          {
            email: 'ann@client.example',
            name: 'Ann',
            type: 'TO',
            events: [
              { status: 'bounce', at: '2026-11-04T09:00:05+11:00', reason: 'Mailbox full', response: '552 5.2.2 full' },
              { status: 'processed', at: '2026-11-04T09:00:01+11:00' },
            ],
          },
        ],
      },
      {
        id: 'newer',
        sentAt: '2026-11-20T09:14:00+11:00',
        subject: 'Invoice 1042, reminder',
        recipients: [
          {
            email: 'ann@client.example',
            type: 'to',
            events: [
              { status: 'deferred', at: 1_795_130_100, attempt: 2, reason: 'try later' },
              { status: 'deferred', at: 1_795_126_500, attempt: 1 },
              { status: 'open', at: 'garbled', machine: true },
            ],
          },
          { email: 'ops@client.example', type: 'Reply-To', events: [] },
        ],
      },
    ],
  });

  it('writes a header row and one CRLF row per event, sends latest first, events in time order', () => {
    const csv = historyToCsv(sample);
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(csv.replace(/\r\n/g, '').includes('\n'), false);
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], [...CSV_HEADERS]);
    assert.deepEqual(
      rows.slice(1).map((row) => [row[column('Recipient email')], row[column('Status')], row[column('Event time')]]),
      [
        ['ann@client.example', 'deferred', '2026-11-19T22:15:00.000Z'],
        ['ann@client.example', 'deferred', '2026-11-19T23:15:00.000Z'],
        ['ann@client.example', 'open', ''],
        ['ops@client.example', '', ''],
        ['ann@client.example', 'processed', '2026-11-03T22:00:01.000Z'],
        ['ann@client.example', 'bounce', '2026-11-03T22:00:05.000Z'],
      ],
    );
    for (const row of rows) assert.equal(row.length, CSV_HEADERS.length);
  });

  it('fills every column from the send, the recipient and the event', () => {
    const rows = parseCsv(historyToCsv(sample));
    assert.deepEqual(rows[6], [
      '2026-11-03T22:00:00.000Z',
      'Invoice 1042',
      'Dana Lee',
      'ann@client.example',
      'Ann',
      'to',
      'bounce',
      '2026-11-03T22:00:05.000Z',
      'Mailbox full',
      '552 5.2.2 full',
      '',
      '',
      '',
    ]);
    assert.equal(rows[2]![column('Attempt')], '2');
    assert.equal(rows[2]![column('Reason')], 'try later');
    assert.equal(rows[4]![column('Type')], 'Reply-To', 'an unknown type as sent');
    assert.equal(rows[4]![column('Sent by')], '', 'a missing field is an empty cell');
  });

  it('says in its last column whether the service flagged an event as automated, and nothing when it did not say', () => {
    const rows = parseCsv(
      historyToCsv(
        history({
          sends: [
            {
              id: 's',
              sentAt: 0,
              recipients: [
                {
                  email: 'a@x.example',
                  type: 'to',
                  events: [
                    { status: 'open', at: 1, machine: true },
                    { status: 'open', at: 2, machine: false },
                    { status: 'click', at: 3 },
                  ],
                },
              ],
            },
          ],
        }),
      ),
    );
    assert.equal(CSV_HEADERS.at(-1), 'Automated');
    assert.deepEqual(CSV_HEADERS.slice(0, 12), [
      'Send time', 'Subject', 'Sent by', 'Recipient email', 'Name', 'Type',
      'Status', 'Event time', 'Reason', 'Response', 'Attempt', 'URL',
    ], 'the first twelve columns, in the order the issue lists them');
    assert.deepEqual(rows.slice(1).map((row) => row[column('Automated')]), ['true', 'false', '']);
  });

  it('takes its headers and note from the words it is given, neutralised like any cell', () => {
    const words = { ...en.csv, sendTime: '=Gesendet', incomplete: 'Unvollständig' };
    const rows = parseCsv(historyToCsv(history({ sends: [] }), { words, olderPagesNotLoaded: true }));
    assert.equal(rows[0]![0], "'=Gesendet");
    assert.equal(rows[1]![0], 'Unvollständig');
  });

  it('writes the raw text of a quoted field exactly: quotes doubled, commas and newlines kept', () => {
    const csv = historyToCsv(sample);
    assert.ok(csv.includes('"Invoice 1042, reminder"'));
    assert.equal(quote('say "paid"'), '"say ""paid"""');
    assert.equal(quote('a,b'), '"a,b"');
    assert.equal(quote('line 1\nline 2'), '"line 1\nline 2"');
    assert.equal(quote('cr\r'), '"cr\r"');
    assert.equal(quote('plain text'), 'plain text');
    const tricky = history({
      sends: [
        {
          id: 's',
          sentAt: 0,
          subject: 'He said "pay"\r\nnow, please',
          recipients: [{ email: 'a@x.example', type: 'to', events: [{ status: 'bounce', at: 1, response: '550 "no", go\naway' }] }],
        },
      ],
    });
    const row = parseCsv(historyToCsv(tricky))[1]!;
    assert.equal(row[column('Subject')], 'He said "pay"\r\nnow, please');
    assert.equal(row[column('Response')], '550 "no", go\naway');
  });

  it('neutralises hostile text so a spreadsheet shows it instead of running it', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example","Pay here")',
      '@SUM(1+1)*cmd|\' /C calc\'!A0',
      '+1',
      '-1',
      '\t=1+1',
      '\r=1+1',
      '＝1+1',
    ];
    const body = {
      sends: [
        {
          id: 's',
          sentAt: 0,
          subject: hostile[0],
          sentBy: hostile[1],
          recipients: hostile.map((text) => ({
            email: text,
            name: text,
            type: text,
            events: [{ status: text, at: 0, reason: text, response: text, url: text, attempt: -1 }],
          })),
        },
      ],
    };
    const rows = parseCsv(historyToCsv(history(body)));
    assert.equal(rows.length, 1 + hostile.length);
    for (const row of rows.slice(1)) {
      for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r\n＝＋－＠]/);
      assert.equal(row[column('Subject')], `'${hostile[0]}`);
      assert.equal(row[column('Attempt')], "'-1", 'a hostile negative attempt is text');
    }
    assert.deepEqual(
      rows.slice(1).map((row) => row[column('Recipient email')]),
      hostile.map((text) => `'${text}`),
    );
    assert.equal(neutralise('ann@client.example'), 'ann@client.example', 'only a leading @ is a formula');
    assert.equal(neutralise("'=1"), "'=1");
  });

  it('says so in a last row when older pages were not loaded', () => {
    const rows = parseCsv(historyToCsv(sample, { olderPagesNotLoaded: true }));
    assert.equal(rows.length, 8);
    assert.deepEqual(rows.at(-1), [CSV_INCOMPLETE_NOTE, ...Array<string>(CSV_HEADERS.length - 1).fill('')]);
    assert.equal(parseCsv(historyToCsv(sample, { olderPagesNotLoaded: false })).length, 7);
  });

  it('is only the header for an empty history', () => {
    assert.equal(historyToCsv(history({ sends: [] })), `${CSV_HEADERS.join(',')}\r\n`);
  });

  it('always parses back to one row per event (or per recipient without events), with no formula cell', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', ' ', 'é', '＠') }),
      fc.string(),
    );
    const time = fc.oneof(fc.integer({ min: -1e10, max: 1e10 }), fc.constant(null), text);
    const event = fc.record(
      { status: text, at: time, reason: text, response: text, attempt: fc.integer(), url: text, machine: fc.boolean() },
      { requiredKeys: ['status', 'at'] },
    );
    const recipient = fc.record(
      { email: text, name: text, type: text, events: fc.array(event, { maxLength: 4 }) },
      { requiredKeys: ['email', 'type', 'events'] },
    );
    const send = fc.record(
      { id: text, sentAt: time, subject: text, sentBy: text, recipients: fc.array(recipient, { maxLength: 4 }) },
      { requiredKeys: ['id', 'sentAt', 'recipients'] },
    );
    fc.assert(
      fc.property(fc.array(send, { maxLength: 4 }), fc.boolean(), (sends, olderPagesNotLoaded) => {
        const h = history({ sends });
        const rows = parseCsv(historyToCsv(h, { olderPagesNotLoaded }));
        const expected = sends.reduce(
          (sum, s) => sum + s.recipients.reduce((n, r) => n + Math.max(1, r.events.length), 0),
          0,
        );
        assert.equal(rows.length, 1 + expected + (olderPagesNotLoaded ? 1 : 0));
        for (const row of rows) {
          assert.equal(row.length, CSV_HEADERS.length);
          for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r\n＝＋－＠]/);
        }
        // Every email survives, neutralised or not, in the order of the history.
        const emails = h.sends.flatMap((s) => s.recipients.flatMap((r) => Array<string>(Math.max(1, r.statuses.reduce((n, g) => n + g.occurrences.length, 0))).fill(neutralise(r.email))));
        assert.deepEqual(rows.slice(1, 1 + expected).map((row) => row[column('Recipient email')]), emails);
      }),
      { numRuns: 300 },
    );
  });
});
