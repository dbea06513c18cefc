/**
 * The demo's example endpoint: a Koa middleware for @web/dev-server
 * (web-dev-server.config.mjs), so `npm start` needs no other server.
 *
 *   GET /api/example/                          the scenarios, as JSON
 *   GET /api/example/history?scenario=NAME     one invoice's email history
 *
 * Scenarios: realistic, every-status, large, slow (3 s), error (500), empty,
 * malformed (a recipient without `email`), not-json (an HTML login page).
 * Data is made up; times mix ISO 8601 with offsets and Unix epoch seconds,
 * as the email service sends them.
 */
import { largeHistory } from './large-history.mjs';

export const PREFIX = '/api/example/';
const JSON_TYPE = 'application/json; charset=utf-8';

/** ISO 8601 with a +11:00 offset (Sydney in summer) for a time in epoch seconds. */
function sydney(seconds) {
  const local = new Date((seconds + 11 * 3600) * 1000).toISOString().slice(0, 19);
  return `${local}+11:00`;
}

const T = Date.parse('2026-11-20T09:14:00+11:00') / 1000;
const min = 60;
const hour = 3600;
const day = 86400;

const realistic = {
  sends: [
    {
      id: 's_1042_4',
      sentAt: sydney(T + 6 * day),
      subject: 'Reminder: Invoice INV-1042 is now due',
      sentBy: 'Jane Smith',
      recipients: [
        {
          email: 'ap@client.example',
          name: 'Accounts Payable',
          type: 'to',
          events: [
            { status: 'processed', at: sydney(T + 6 * day + 2) },
            { status: 'delivered', at: T + 6 * day + 9, response: '250 2.0.0 OK' },
            { status: 'open', at: sydney(T + 6 * day + 40 * min) },
            { status: 'click', at: sydney(T + 6 * day + 42 * min), url: 'https://pay.example/inv/1042' },
          ],
        },
      ],
    },
    {
      id: 's_1042_3',
      sentAt: '2026-11-20T09:14:00+11:00',
      subject: 'Invoice INV-1042',
      sentBy: 'Jane Smith',
      recipients: [
        {
          email: 'ap@client.example',
          name: 'Accounts Payable',
          type: 'to',
          events: [
            { status: 'processed', at: '2026-11-20T09:14:02+11:00' },
            { status: 'deferred', at: 1795126800, attempt: 2, response: '421 4.7.0 try again later' },
            { status: 'delivered', at: '2026-11-20T09:31:40+11:00', response: '250 2.0.0 OK' },
            { status: 'open', at: '2026-11-20T10:02:11+11:00', machine: false },
            { status: 'open', at: '2026-11-20T14:45:03+11:00' },
            { status: 'open', at: sydney(T + 2 * day + 3 * hour) },
            { status: 'click', at: '2026-11-20T10:03:00+11:00', url: 'https://pay.example/inv/1042' },
          ],
        },
        {
          email: 'cfo@client.example',
          name: 'Dana Whitlock',
          type: 'CC',
          events: [
            { status: 'processed', at: '2026-11-20T09:14:02+11:00' },
            { status: 'delivered', at: '2026-11-20T09:14:09+11:00' },
            { status: 'open', at: '2026-11-20T09:14:30+11:00', machine: true },
          ],
        },
        {
          email: 'records@harbourco.example',
          name: 'Harbour & Co records',
          type: 'bcc',
          events: [
            { status: 'processed', at: '2026-11-20T09:14:02+11:00' },
            { status: 'delivered', at: '2026-11-20T09:14:05+11:00' },
          ],
        },
      ],
    },
    {
      id: 's_1042_2',
      sentAt: T - 3 * day,
      subject: 'Invoice INV-1042',
      sentBy: 'Sam Ortega',
      recipients: [
        {
          email: 'acounts@client.example',
          name: 'Accounts Payable',
          type: 'To',
          events: [
            { status: 'processed', at: T - 3 * day + 1 },
            {
              status: 'bounce',
              at: T - 3 * day + 8,
              reason: '550 5.1.1 The email account that you tried to reach does not exist',
              response: '550 5.1.1 <acounts@client.example>: Recipient address rejected',
            },
          ],
        },
        {
          email: 'old.cfo@client.example',
          type: 'cc',
          events: [{ status: 'dropped', at: T - 3 * day + 1, reason: 'Bounced Address' }],
        },
      ],
    },
    {
      id: 's_1042_1',
      sentAt: sydney(T - 9 * day),
      subject: 'Invoice INV-1042 (draft sent in error)',
      sentBy: 'Sam Ortega',
      recipients: [
        {
          email: 'billing@client.example',
          type: 'to',
          events: [
            { status: 'processed', at: sydney(T - 9 * day + 1) },
            { status: 'deferred', at: sydney(T - 9 * day + 5 * min), attempt: 1, response: '421 4.7.0 Try again later' },
            { status: 'deferred', at: sydney(T - 8 * day), attempt: 9, response: '421 4.7.0 Try again later' },
            { status: 'deferred', at: sydney(T - 7 * day), attempt: 17, response: '421 4.7.0 Try again later' },
            {
              status: 'blocked',
              at: sydney(T - 6 * day),
              reason: 'Message expired after 72 hours of deferral',
              response: '421 4.7.0 Try again later',
            },
          ],
        },
      ],
    },
  ],
};

const at = (offset) => sydney(T + offset);
const everyStatus = {
  sends: [
    {
      id: 'every-status',
      sentAt: at(0),
      subject: 'Every status, an unknown one, an unknown type and a time without an offset',
      sentBy: 'Demo',
      recipients: [
        { email: 'processed@client.example', name: 'Processed', type: 'to', events: [{ status: 'processed', at: at(1) }] },
        { email: 'dropped@client.example', name: 'Dropped', type: 'to', events: [{ status: 'dropped', at: at(1), reason: 'Bounced Address' }] },
        { email: 'deferred@client.example', name: 'Deferred', type: 'to', events: [{ status: 'deferred', at: at(60), attempt: 3, reason: 'Greylisted', response: '451 4.7.1 Please try again later' }] },
        { email: 'bounce@client.example', name: 'Bounce', type: 'to', events: [{ status: 'bounce', at: at(9), reason: 'Mailbox does not exist', response: '550 5.1.1 User unknown' }] },
        { email: 'blocked@client.example', name: 'Blocked', type: 'cc', events: [{ status: 'blocked', at: at(3 * day), reason: 'Expired after 72 hours' }] },
        { email: 'delivered@client.example', name: 'Delivered', type: 'cc', events: [{ status: 'delivered', at: at(8), response: '250 2.0.0 OK' }] },
        { email: 'open@client.example', name: 'Open', type: 'cc', events: [{ status: 'open', at: at(hour) }, { status: 'open', at: at(2 * hour), machine: true }] },
        { email: 'click@client.example', name: 'Click', type: 'bcc', events: [{ status: 'click', at: at(hour), url: 'https://pay.example/inv/1042' }] },
        { email: 'spam@client.example', name: 'Unknown status', type: 'bcc', events: [{ status: 'spamreport', at: at(day) }, { status: 'unsubscribe', at: at(day + 1) }] },
        { email: 'reply@client.example', name: 'Unknown type', type: 'reply-to', events: [{ status: 'delivered', at: '2026-11-20T09:20:00' }] },
        { email: 'quiet@client.example', name: 'No events yet', type: 'to', events: [] },
      ],
    },
  ],
};

const malformed = {
  sends: [
    { id: 'ok', sentAt: at(0), recipients: [{ email: 'ap@client.example', type: 'to', events: [] }] },
    { id: 'broken', sentAt: at(60), recipients: [{ name: 'No email address', type: 'to', events: [] }] },
  ],
};

const LOGIN_PAGE = '<!doctype html><title>Sign in</title><h1>Please sign in</h1>';

const json = (body, status = 200) => ({ status, type: JSON_TYPE, body: JSON.stringify(body) });

/** Each scenario: a label for the picker and the answer (made on request). */
export const scenarios = {
  realistic: { label: 'A realistic invoice (4 sends)', answer: () => json(realistic) },
  'every-status': { label: 'Every status, and odd values', answer: () => json(everyStatus) },
  large: { label: 'A large history (300 sends)', answer: () => json(largeHistory(300)) },
  slow: { label: 'Slow: answers after 3 seconds', delay: 3000, answer: () => json(realistic) },
  error: {
    label: 'Server error (500)',
    answer: () => json({ error: 'Internal Server Error' }, 500),
  },
  empty: { label: 'Not sent yet (no sends)', answer: () => json({ sends: [] }) },
  malformed: { label: 'Malformed: a recipient without email', answer: () => json(malformed) },
  'not-json': {
    label: 'A login page instead of JSON',
    answer: () => ({ status: 200, type: 'text/html; charset=utf-8', body: LOGIN_PAGE }),
  },
};

/** Waits `ms`, or less if the client goes away. */
function delay(ms, req) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    req.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** @type {import('koa').Middleware} */
export async function exampleApi(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  ctx.set('Cache-Control', 'no-store');
  const route = ctx.path.slice(PREFIX.length);
  if (route === '') {
    ctx.type = JSON_TYPE;
    ctx.body = JSON.stringify(
      Object.entries(scenarios).map(([name, { label }]) => ({
        name,
        label,
        url: `${PREFIX}history?scenario=${name}`,
      })),
    );
    return;
  }
  if (route !== 'history') return next();
  const name = String(ctx.query.scenario ?? 'realistic');
  const scenario = Object.hasOwn(scenarios, name) ? scenarios[name] : null;
  if (!scenario) {
    Object.assign(ctx, json({ error: `Unknown scenario "${name}"` }, 404));
    return;
  }
  if (scenario.delay) await delay(scenario.delay, ctx.req);
  if (ctx.req.destroyed) return;
  const { status, type, body } = scenario.answer();
  ctx.status = status;
  ctx.type = type;
  ctx.body = body;
}
