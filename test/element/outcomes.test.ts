/**
 * The answers at a glance (issue 18), as a person and a screen reader get
 * them: each send's summary line, each recipient's outcome part, the warning
 * about an earlier failure, the host's actions with `ic-action`, and
 * `toCSV()`.
 */
import { expect } from '@open-wc/testing';
import { event, history, recipient, send } from '../../fixtures/index.js';
import { InvoiceCommunicationsActionEvent } from '../../src/index.js';
import { $$, mount, norm, recipients, sends, type IC } from '../helpers/render.js';

const AT = '2026-11-20T09:14:00+11:00';
const later = (minutes: number) => new Date(Date.parse(AT) + minutes * 60_000).toISOString();

/** Sent twice: the first bounced for old@, the second delivered to two of three and bounced again for old@. */
const twoSends = () =>
  history(
    send(
      's2',
      AT,
      [
        recipient('ap@client.example', 'to', [event('processed', AT), event('delivered', later(1)), event('open', later(9))], 'Accounts Payable'),
        recipient('cc@client.example', 'cc', [event('delivered', later(1)), event('open', later(5), { machine: true })]),
        recipient('Old@Client.example', 'to', [event('processed', AT), event('bounce', later(1), { reason: 'No such user' })], 'Old Contact'),
      ],
      { subject: 'Reminder: INV-1042', sentBy: 'Jane Smith' },
    ),
    send('s1', '2026-11-04T10:00:00+11:00', [recipient('old@client.example', 'to', [event('bounce', '2026-11-04T10:00:05+11:00')])], {
      subject: 'Invoice INV-1042',
    }),
  );

/** One send still in flight: one retrying since 9 Nov 14:05 Sydney time, one processed only, one dropped. */
const inFlight = () =>
  history(
    send('s', '2026-11-09T14:00:00+11:00', [
      recipient('slow@client.example', 'to', [
        event('processed', '2026-11-09T14:00:01+11:00'),
        event('deferred', '2026-11-09T14:05:00+11:00', { attempt: 1 }),
        event('deferred', '2026-11-09T15:05:00+11:00', { attempt: 2 }),
      ]),
      recipient('new@client.example', 'cc', [event('processed', '2026-11-09T14:00:01+11:00')]),
      recipient('gone@client.example', 'bcc', [event('dropped', '2026-11-09T14:00:01+11:00')]),
    ]),
  );

const SYDNEY = { locale: 'en-GB', 'time-zone': 'Australia/Sydney' };
const summaryOf = (send: HTMLElement) => send.querySelector<HTMLElement>('[part~="summary"]');
const partsOf = (row: HTMLElement) => (row.getAttribute('part') ?? '').split(' ');

describe('send summary', () => {
  it('says in words how each send went, in its header', async () => {
    const el = await mount(twoSends(), SYDNEY);
    const [latest, first] = sends(el);
    expect(norm(summaryOf(latest!)?.textContent)).to.equal('Delivered to 2 of 3 · 1 bounced · opened by 1');
    expect(norm(summaryOf(first!)?.textContent)).to.equal('1 bounced');
  });

  it('says what is still in flight, with when the service gives up: 72 hours after the first deferral', async () => {
    const el = await mount(inFlight(), SYDNEY);
    expect(norm(summaryOf(sends(el)[0]!)?.textContent)).to.equal(
      '1 dropped · 1 still retrying (gives up around 12 Nov, 14:05) · 1 not delivered yet',
    );
  });

  it('has an accessible name that reads the facts as a list, and describes its send', async () => {
    const el = await mount(twoSends(), SYDNEY);
    const section = sends(el)[0]!;
    const summary = summaryOf(section)!;
    expect(summary.getAttribute('aria-label')).to.equal('Delivered to 2 of 3, 1 bounced and opened by 1');
    expect(section.getAttribute('aria-describedby')).to.equal(summary.id);
    expect(summary.getAttribute('aria-live'), 'not announced on every poll').to.equal(null);
    expect(summary.getAttribute('role')).to.not.equal('status');
  });

  it('follows the language: plural forms and the host\'s own words', async () => {
    const el = await mount(twoSends(), SYDNEY);
    el.strings = { summary: { delivered: { one: 'Got to {count} of {total}', other: 'Reached {count} of {total}' } } };
    await el.updateComplete;
    expect(norm(summaryOf(sends(el)[0]!)?.textContent)).to.match(/^Reached 2 of 3 · /);
  });
});

describe('recipient outcome', () => {
  it('is a part on each recipient: failed, delivered, retrying or pending', async () => {
    const el = await mount(history(...twoSends().sends, ...inFlight().sends), SYDNEY);
    const outcomes = sends(el).flatMap((s) => recipients(s).map((row) => partsOf(row).find((p) => p.startsWith('recipient-'))));
    // To before CC: ap@ (delivered), Old@ (bounced), then cc@ (delivered, its open automated).
    expect(outcomes).to.deep.equal([
      'recipient-delivered',
      'recipient-failed',
      'recipient-delivered',
      'recipient-retrying',
      'recipient-pending',
      'recipient-failed',
      'recipient-failed',
    ]);
    for (const row of sends(el).flatMap(recipients)) expect(partsOf(row)).to.include('recipient');
  });

  it('is in the normalised history', async () => {
    const el = await mount(inFlight());
    expect(el.history!.sends[0]!.recipients.map((r) => r.outcome)).to.deep.equal(['retrying', 'pending', 'failed']);
  });
});

describe('earlier failures carried forward', () => {
  it('warns on a later send to an address that bounced before, with the date, in any letter case', async () => {
    const el = await mount(twoSends(), SYDNEY);
    const [latest, first] = sends(el);
    const warnings = $$(el, '[part~="warning"]');
    expect(warnings).to.have.length(1);
    const old = recipients(latest!).find((row) => row.textContent!.includes('Old@Client.example'))!;
    expect(norm(old.querySelector('[part~="warning"]')?.textContent)).to.equal('Bounced on 4 Nov 2026');
    expect(first!.querySelector('[part~="warning"]'), 'not on the send that bounced').to.equal(null);
  });

  it('warns on the newest send of a long history, rendered progressively, once it is all on screen', async () => {
    const day = 86_400_000;
    const base = Date.parse('2026-01-01T00:00:00Z');
    const many = Array.from({ length: 60 }, (_, i) =>
      send(`s${i}`, new Date(base + i * day).toISOString(), [
        recipient(i === 0 ? 'old@client.example' : `r${i}@client.example`, 'to', [event(i === 0 ? 'bounce' : 'delivered', new Date(base + i * day + 60_000).toISOString())]),
        ...(i === 59 ? [recipient('old@client.example', 'cc', [event('processed', new Date(base + i * day).toISOString())])] : []),
      ]),
    );
    const el = await mount(history(...many), SYDNEY);
    expect(sends(el)).to.have.length(60);
    expect(norm(sends(el)[0]!.querySelector('[part~="warning"]')?.textContent)).to.equal('Bounced on 1 Jan 2026');
  });

  it('warns on a later send that did not change when an earlier send bounces in an update', async () => {
    const body = twoSends();
    const first = body.sends[1]!.recipients[0]!;
    first.events = [event('deferred', '2026-11-04T10:00:05+11:00')];
    const el = await mount(body, SYDNEY);
    expect($$(el, '[part~="warning"]')).to.have.length(0);
    const latest = sends(el)[0];
    el.data = twoSends();
    await el.updateComplete;
    expect(sends(el)[0], 'the later send kept its DOM').to.equal(latest);
    expect(norm(latest!.querySelector('[part~="warning"]')?.textContent)).to.equal('Bounced on 4 Nov 2026');
  });

  it('says so without a date when the earlier failure has no known time', async () => {
    const body = twoSends();
    body.sends[1]!.recipients[0]!.events[0]!.at = 'not a time';
    const el = await mount(body, SYDNEY);
    expect(norm($$(el, '[part~="warning"]')[0]?.textContent)).to.equal('Bounced on an earlier send');
  });
});

describe('host actions', () => {
  const failedRow = (el: IC) => recipients(sends(el)[0]!).find((row) => partsOf(row).includes('recipient-failed'))!;

  it('shows no button without `actions`', async () => {
    const el = await mount(twoSends(), SYDNEY);
    expect($$(el, '[part~="action"]')).to.have.length(0);
    expect($$(el, '[part~="actions"]')).to.have.length(0);
  });

  it('shows the actions on failed recipients only, named with the address, after the status and the warning', async () => {
    const el = await mount(twoSends(), { ...SYDNEY, actions: 'edit-contact resend unknown' });
    const buttons = $$(el, '[part~="action"]');
    // One failed recipient per send, two actions each, in the host's order.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Edit contact Old@Client.example',
      'Resend to Old@Client.example',
      'Edit contact old@client.example',
      'Resend to old@client.example',
    ]);
    expect(buttons.map((b) => norm(b.textContent))).to.deep.equal(['Edit contact', 'Resend', 'Edit contact', 'Resend']);
    const row = failedRow(el);
    const order = [...row.querySelectorAll('[part~="statuses"], [part~="warning"], [part~="actions"]')].map((n) =>
      n.getAttribute('part'),
    );
    expect(order).to.deep.equal(['statuses', 'warning', 'actions']);
    expect(row.querySelector('[part~="actions"]')!.getAttribute('aria-label')).to.equal(
      'Actions for Old Contact <Old@Client.example>',
    );
  });

  it('fires ic-action, bubbling and composed, with the action, the send and the recipient', async () => {
    const el = await mount(twoSends(), { ...SYDNEY, actions: 'resend edit-contact' });
    const seen: InvoiceCommunicationsActionEvent[] = [];
    document.addEventListener('ic-action', (e) => seen.push(e as InvoiceCommunicationsActionEvent), { once: true });
    failedRow(el).querySelector<HTMLButtonElement>('[part~="action-resend"]')!.click();
    expect(seen).to.have.length(1);
    const [fired] = seen;
    expect(fired).to.be.instanceOf(InvoiceCommunicationsActionEvent);
    expect(fired!.composed).to.equal(true);
    expect(fired!.detail).to.deep.equal({
      action: 'resend',
      send: { id: 's2', sentAt: Date.parse(AT), subject: 'Reminder: INV-1042' },
      recipient: { email: 'Old@Client.example', name: 'Old Contact', type: 'to' },
    });
  });

  it('follows the attribute when it changes', async () => {
    const el = await mount(twoSends(), { actions: 'resend' });
    expect($$(el, '[part~="action"]')).to.have.length(2);
    el.removeAttribute('actions');
    await el.updateComplete;
    expect($$(el, '[part~="action"]')).to.have.length(0);
  });
});

describe('accessibility of the answers at a glance', () => {
  it('passes axe with summaries, a warning, action buttons and a retrying send', async () => {
    const el = await mount(history(...twoSends().sends, ...inFlight().sends), { ...SYDNEY, actions: 'resend edit-contact' });
    expect($$(el, '[part~="warning"]')).to.have.length(1);
    expect($$(el, '[part~="action"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe('toCSV()', () => {
  it('exports one RFC 4180 row per event, hostile text neutralised and quoted', async () => {
    const hostile = '=HYPERLINK("https://evil.example","Pay, now")\r\n+1';
    const el = await mount(
      history(
        send('s', AT, [recipient('-a@x.example', 'to', [event('bounce', AT, { reason: hostile, response: '@cmd' })], '\tName')], {
          subject: hostile,
        }),
      ),
    );
    const csv = el.toCSV();
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(
      'Send time,Subject,Sent by,Recipient email,Name,Type,Status,Event time,Reason,Response,Attempt,URL,Automated',
    );
    const quoted = `"'=HYPERLINK(""https://evil.example"",""Pay, now"")\r\n+1"`;
    expect(csv).to.include(
      `2026-11-19T22:14:00.000Z,${quoted},,'-a@x.example,'\tName,to,bounce,2026-11-19T22:14:00.000Z,${quoted},'@cmd,,,\r\n`,
    );
    expect(csv.endsWith('\r\n')).to.equal(true);
  });

  it('is only the header row when no history is shown', async () => {
    const el = document.createElement('invoice-communications') as IC;
    expect(el.toCSV().split('\r\n')).to.have.length(2);
  });
});
