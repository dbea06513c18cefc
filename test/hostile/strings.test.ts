/**
 * Any string in any field is shown as text: the field's text equals the input,
 * and no element, attribute or script is ever created from it.
 */
import { expect } from '@open-wc/testing';
import { accessibleName, badgesIn, exactTooltipText } from '../helpers/badges.js';
import { PAYLOADS, anyString, injectionProblems } from '../helpers/hostile.js';
import { fc, fcParams, readable } from '../helpers/properties.js';
import { cleanup, create, norm, root, settled, type IC } from '../helpers/render.js';
import { sleep } from '../helpers/wait.js';

const KNOWN_STATUSES = ['processed', 'dropped', 'deferred', 'bounce', 'blocked', 'delivered', 'open', 'click'];
const KNOWN_TYPES = ['to', 'cc', 'bcc'];
const statusKey = (s: string) => s.trim().toLowerCase() || 'unknown';

interface Fields {
  id: string;
  subject: string;
  sentBy: string;
  name: string;
  email: string;
  type: string;
  status: string;
  reason: string;
  response: string;
  url: string;
  at: string;
}

const AT = '2026-11-20T09:14:02+11:00';

function historyOf(f: Fields) {
  return {
    sends: [
      {
        id: f.id,
        sentAt: AT,
        subject: f.subject,
        sentBy: f.sentBy,
        recipients: [
          {
            email: f.email,
            name: f.name,
            type: 'to',
            events: [
              { status: 'bounce', at: AT, reason: f.reason, response: f.response },
              { status: 'click', at: 1795126900, url: f.url },
              { status: f.status, at: f.at },
            ],
          },
          { email: 'other@client.example', type: f.type, events: [] },
        ],
      },
    ],
  };
}

/** The same fields with harmless text of the same emptiness: the structure the hostile one must have. */
function twin(f: Fields): Fields {
  const plain = (s: string) => (s === '' ? '' : 'plain');
  return {
    id: 'plain',
    subject: plain(f.subject),
    sentBy: plain(f.sentBy),
    name: plain(f.name),
    email: plain(f.email),
    type: KNOWN_TYPES.includes(f.type.trim().toLowerCase()) ? f.type : 'plain-type',
    status: KNOWN_STATUSES.includes(statusKey(f.status)) ? f.status : 'plain-status',
    reason: plain(f.reason),
    response: plain(f.response),
    url: plain(f.url),
    at: 'not a time',
  };
}

function tagCounts(el: IC): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of root(el).querySelectorAll('*')) counts[node.localName] = (counts[node.localName] ?? 0) + 1;
  return counts;
}

const part = (el: IC, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const badgeByName = (el: IC, name: string) => badgesIn(root(el)).find((b) => accessibleName(b) === name);

/** Checks each field's text; returns the problems found. */
function fieldProblems(el: IC, f: Fields): string[] {
  const problems: string[] = [];
  const check = (what: string, ok: boolean) => ok || problems.push(what);
  const meta = part(el, 'send-meta')[0]?.textContent ?? '';
  if (f.subject) check('subject shown as given', meta.includes(f.subject));
  if (f.sentBy) check('sender shown as given', meta.includes(f.sentBy));
  if (f.name) check('name equals input', part(el, 'recipient-name')[0]?.textContent === f.name);
  check('email equals input', part(el, 'recipient-email')[0]?.textContent === f.email);
  const type = f.type.trim();
  if (!KNOWN_TYPES.includes(type.toLowerCase())) {
    check('unknown type shown', part(el, 'recipient-type')[1]?.textContent === (type || 'Other'));
  }
  const bounce = badgeByName(el, 'Bounce');
  check('bounce badge', Boolean(bounce));
  if (bounce && f.reason) check('reason in the tooltip', exactTooltipText(bounce).includes(f.reason));
  if (bounce && f.response) check('response in the tooltip', exactTooltipText(bounce).includes(f.response));
  const click = badgeByName(el, 'Click');
  check('click badge', Boolean(click));
  if (click && f.url) check('url in the tooltip', exactTooltipText(click).includes(f.url));
  const key = statusKey(f.status);
  if (!KNOWN_STATUSES.includes(key)) {
    const badge = badgesIn(root(el)).find((b) => accessibleName(b) === norm(key));
    check('unknown status is a badge with its name', Boolean(badge));
    if (badge) check('unknown status named in its tooltip', exactTooltipText(badge).includes(key));
    if (badge) check('unknown status time unknown', exactTooltipText(badge).includes('Time unknown'));
  }
  return problems;
}

const fields = (value: () => fc.Arbitrary<string>): fc.Arbitrary<Fields> =>
  fc.record({
    id: value(),
    subject: value(),
    sentBy: value(),
    name: value(),
    email: value(),
    type: value(),
    status: value(),
    reason: value(),
    response: value(),
    url: value(),
    at: value(),
  });

async function render(data: unknown) {
  const el = create({ data });
  expect(await settled(el)).to.equal('history');
  return el;
}

describe('hostile strings', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  it('every field of any string is shown as text, and creates no element, attribute or script', async () => {
    await fc.assert(
      fc.asyncProperty(fields(anyString), readable(async (f) => {
        const plain = await render(historyOf(twin(f)));
        const expected = tagCounts(plain);
        plain.remove();
        const el = await render(historyOf(f));
        try {
          expect(injectionProblems(el), 'injection').to.deep.equal([]);
          expect(tagCounts(el), 'same elements as harmless text').to.deep.equal(expected);
          expect(fieldProblems(el, f), 'fields').to.deep.equal([]);
        } finally {
          el.remove();
        }
      })),
      fcParams(),
    );
  });

  it('each payload in every field at once, with tooltips opened, never runs', async () => {
    for (const payload of PAYLOADS) {
      const f = fields(() => fc.constant(payload));
      const [value] = fc.sample(f, 1);
      const el = await render(historyOf(value!));
      for (const badge of badgesIn(root(el))) badge.click();
      await el.updateComplete;
      await sleep(20); // an <img onerror> would have fired by now
      expect(injectionProblems(el), payload.slice(0, 60)).to.deep.equal([]);
      expect(fieldProblems(el, value!), payload.slice(0, 60)).to.deep.equal([]);
      el.remove();
    }
    await sleep(100);
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('10,000-character strings in every field are shown whole', async () => {
    const long = (seed: string) => seed.repeat(Math.ceil(10_000 / seed.length)).slice(0, 10_000);
    const f: Fields = {
      id: long('i'),
      subject: long('Subject \u202E'),
      sentBy: long('Sender\u200B'),
      name: long('Name e\u0301'),
      email: long('a@b.example'),
      type: long('Type'),
      status: long('status'),
      reason: long('Reason <b>'),
      response: long('550 5.1.1 '),
      url: long('https://x.example/'),
      at: long('2026'),
    };
    const el = await render(historyOf(f));
    expect(fieldProblems(el, f)).to.deep.equal([]);
    expect(injectionProblems(el)).to.deep.equal([]);
  });
});
