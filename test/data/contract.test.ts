/**
 * Keeps the three descriptions of the data contract in step: the types in
 * src/data/contract.ts (and what parseHistory enforces), the JSON Schema in
 * schema/invoice-history.schema.json, and the example in README.md.
 */
import { expect } from '@open-wc/testing';
import { parseHistory } from '../../src/data/parse.js';
import { normaliseHistory } from '../../src/data/normalise.js';
import { parseInstant } from '../../src/data/time.js';
import {
  KNOWN_STATUSES,
  RECIPIENT_TYPES,
  type RawDeliveryEvent,
  type RawInvoiceHistory,
  type RawRecipient,
  type RawSend,
} from '../../src/data/contract.js';
import { emptyHistory, realisticHistory } from '../../fixtures/index.js';
import { validate, type Schema } from '../helpers/json-schema.js';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The first ```json block under the first heading that contains "Data contract", or null. */
function contractExample(markdown: string): string | null {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s.*data contract/i.test(line));
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start])![0].length;
  let block: string[] | null = null;
  for (const line of lines.slice(start + 1)) {
    if (block) {
      if (/^\s*```\s*$/.test(line)) return block.join('\n');
      block.push(line);
    } else if (/^\s*```json\b/i.test(line)) {
      block = [];
    } else {
      const heading = /^(#{1,6})\s/.exec(line);
      if (heading && heading[1].length <= level) return null;
    }
  }
  return null;
}

const loadSchema = async () => JSON.parse(await fetchText('/schema/invoice-history.schema.json')) as Schema;

// `Required<…>` makes the compiler insist on every field of each type, and the
// literal forbids extra ones: the samples list exactly the types' fields.
const fullEvent: Required<RawDeliveryEvent> = {
  status: 'deferred',
  at: '2024-03-04T09:20:00+11:00',
  reason: 'Greylisted',
  response: '451 4.7.1 Try again later',
  attempt: 2,
  url: 'https://pay.example/1',
  machine: false,
};
const fullRecipient: Required<RawRecipient> = {
  email: 'a@example.com',
  name: 'Ann',
  type: 'to',
  events: [fullEvent],
};
const fullSend: Required<RawSend> = {
  id: 's1',
  sentAt: 1709504100,
  subject: 'Invoice 1',
  sentBy: 'Sam',
  recipients: [fullRecipient],
};
const fullHistory: Required<RawInvoiceHistory> = { sends: [fullSend], next: 'https://api.example/invoices/1/communications?before=s1' };

/** Each object level: its schema, its sample and how to build a body with a changed sample. */
const LEVELS = [
  { name: 'history', def: null, sample: fullHistory, wrap: (o: object) => o },
  { name: 'send', def: 'send', sample: fullSend, wrap: (o: object) => ({ sends: [o] }) },
  {
    name: 'recipient',
    def: 'recipient',
    sample: fullRecipient,
    wrap: (o: object) => ({ sends: [{ ...fullSend, recipients: [o] }] }),
  },
  {
    name: 'event',
    def: 'event',
    sample: fullEvent,
    wrap: (o: object) => ({ sends: [{ ...fullSend, recipients: [{ ...fullRecipient, events: [o] }] }] }),
  },
] as const;

const defOf = (schema: Schema, def: string | null): Schema =>
  def === null ? schema : (schema.$defs as Record<string, Schema>)[def];

const throws = (body: unknown) => {
  try {
    parseHistory(body);
    return false;
  } catch {
    return true;
  }
};

describe('data contract: schema and types', () => {
  let schema: Schema;
  before(async () => {
    schema = await loadSchema();
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists exactly the known statuses', () => {
    const status = (defOf(schema, 'event').properties as Record<string, Schema>).status;
    expect(status.examples).to.deep.equal([...KNOWN_STATUSES]);
  });

  it('lists exactly the known recipient types', () => {
    const type = (defOf(schema, 'recipient').properties as Record<string, Schema>).type;
    expect(type.examples).to.deep.equal([...RECIPIENT_TYPES]);
  });

  for (const level of LEVELS) {
    it(`describes exactly the fields of the ${level.name} type`, () => {
      const properties = Object.keys(defOf(schema, level.def).properties as object).sort();
      expect(properties).to.deep.equal(Object.keys(level.sample).sort());
    });

    it(`requires exactly the ${level.name} fields whose absence parseHistory rejects`, () => {
      expect(throws(level.wrap(level.sample)), 'the full sample is rejected').to.equal(false);
      const rejected = Object.keys(level.sample).filter((field) => {
        const copy: Record<string, unknown> = { ...level.sample };
        delete copy[field];
        return throws(level.wrap(copy));
      });
      const required = (defOf(schema, level.def).required as string[] | undefined) ?? [];
      expect(rejected.sort()).to.deep.equal([...required].sort());
    });
  }

  it('accepts the full sample and the shared fixtures', () => {
    expect(validate(schema, fullHistory)).to.deep.equal([]);
    for (const [name, fixture] of Object.entries({ realisticHistory, emptyHistory })) {
      expect(validate(schema, fixture()), name).to.deep.equal([]);
      expect(throws(fixture()), name).to.equal(false);
    }
  });

  it('rejects what breaks the contract, naming the path of each problem', () => {
    const bad = {
      sends: [
        {
          id: 1,
          sentAt: '2024-03-04T09:15:00',
          recipients: [{ type: 'to', events: [{ status: 'open', at: 1, attempt: 1.5, machine: 'yes' }] }],
        },
      ],
    };
    expect(validate(schema, bad)).to.deep.equal([
      '#/sends/0/id: Instance type "number" is invalid. Expected "string".',
      '#/sends/0/sentAt: Instance does not match exactly one subschema (0 matches).',
      '#/sends/0/recipients/0: Instance does not have required property "email".',
      '#/sends/0/recipients/0/events/0/attempt: Instance type "number" is invalid. Expected "integer".',
      '#/sends/0/recipients/0/events/0/machine: Instance type "string" is invalid. Expected "boolean".',
    ]);
    expect(validate(schema, {})).to.deep.equal(['#: Instance does not have required property "sends".']);
  });

  it('describes the same times as parseInstant', () => {
    const times = [
      '2024-03-04T09:15:00+11:00',
      '2024-03-04T09:15:00+1100',
      '2024-03-04T09:15+11',
      '2024-03-03T22:15:00Z',
      '2024-03-03 22:15:00.250Z',
      '2024-03-04T09:15:00',
      '2024-03-04',
      '04/03/2024 09:15 +11:00',
      1709504100,
      -86400,
      8.64e12 + 1,
    ];
    for (const at of times) {
      const valid = validate(schema, { ...fullEvent, at }, defOf(schema, 'event')).length === 0;
      expect(valid, `schema on ${at}`).to.equal(parseInstant(at) !== null);
    }
  });
});

describe('data contract: README example', () => {
  it('parses, validates against the schema and normalises without losing recipients', async () => {
    const readme = await fetchText('/README.md');
    const example = contractExample(readme);
    expect(example, 'README.md has no ```json block under a "Data contract" heading').to.be.a('string');
    const body: unknown = JSON.parse(example!);
    const raw = parseHistory(body);
    expect(validate(await loadSchema(), body)).to.deep.equal([]);
    const history = normaliseHistory(raw);
    expect(history.sends.length).to.equal(raw.sends.length);
    expect(history.sends.length, 'the example shows at least one send').to.be.above(0);
    const emails = (sends: { recipients: { email: string }[] }[]) =>
      sends.flatMap((send) => send.recipients.map((r) => r.email)).sort();
    expect(emails(history.sends)).to.deep.equal(emails(raw.sends));
  });
});
