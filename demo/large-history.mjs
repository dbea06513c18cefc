/**
 * A large, deterministic made-up history for the demo's "large" scenario:
 * `count` sends, 1 to 5 recipients each, with every status somewhere and
 * the repeats (opens, clicks, deferrals) a long-lived invoice collects.
 * The sends are shuffled, so the element's own ordering shows.
 */

/** A small seeded pseudo-random generator (mulberry32): same data every time. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['Accounts Payable', 'ap'],
  ['Dana Whitlock', 'dana.whitlock'],
  ['Lee Chen', 'lee.chen'],
  ['Priya Natarajan', 'priya'],
  ['Records', 'records'],
  [undefined, 'billing'],
  ['Sam Ortega', 'sam'],
];
const DOMAINS = ['client.example', 'northwind.example', 'harbourco.example'];
const SENDERS = ['Jane Smith', 'Sam Ortega', 'Billing robot'];
const TYPES = ['to', 'to', 'cc', 'bcc', 'CC'];

/** Each path a message can take, as statuses after `processed`. */
const PATHS = [
  ['delivered'],
  ['delivered', 'open'],
  ['delivered', 'open', 'open', 'click'],
  ['delivered', 'open', 'open', 'open', 'open'],
  ['deferred', 'deferred', 'delivered', 'open'],
  ['deferred', 'deferred', 'deferred', 'blocked'],
  ['bounce'],
  ['delivered', 'spamreport'],
];

export function largeHistory(count = 300, seed = 1042) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const start = Date.parse('2023-01-09T09:00:00+11:00') / 1000;
  const sends = [];
  for (let s = 0; s < count; s++) {
    const sentAt = start + s * 3 * 86400 + Math.floor(next() * 28800);
    const recipients = [];
    const n = 1 + Math.floor(next() * 5);
    for (let r = 0; r < n; r++) {
      const [name, user] = pick(PEOPLE);
      const dropped = next() < 0.04;
      const events = [{ status: dropped ? 'dropped' : 'processed', at: sentAt + 1 }];
      if (dropped) events[0].reason = 'Bounced Address';
      let t = sentAt + 2;
      let attempt = 0;
      for (const status of dropped ? [] : pick(PATHS)) {
        t += Math.floor(next() * (status === 'deferred' ? 7200 : 90000)) + 5;
        const event = { status, at: next() < 0.5 ? t : new Date(t * 1000).toISOString() };
        if (status === 'deferred') {
          event.attempt = ++attempt;
          event.response = '421 4.7.0 Try again later';
        }
        if (status === 'bounce') event.reason = '550 5.1.1 Mailbox does not exist';
        if (status === 'blocked') event.reason = 'Expired after 72 hours of deferral';
        if (status === 'click') event.url = `https://pay.example/inv/${1000 + s}`;
        if (status === 'open' && next() < 0.2) event.machine = true;
        events.push(event);
      }
      recipients.push({ email: `${user}@${pick(DOMAINS)}`, ...(name && { name }), type: pick(TYPES), events });
    }
    sends.push({
      id: `s_${String(s).padStart(4, '0')}`,
      sentAt: new Date(sentAt * 1000).toISOString(),
      subject: `Invoice INV-${1000 + s}`,
      sentBy: pick(SENDERS),
      recipients,
    });
  }
  // Fisher-Yates with the same generator: the endpoint's order is not the view's.
  for (let i = sends.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [sends[i], sends[j]] = [sends[j], sends[i]];
  }
  return { sends };
}
