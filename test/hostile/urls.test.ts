/**
 * A clicked URL is shown as text, or if ever linked, only as an http(s) link
 * (after `new URL()` parsing) with rel="noopener noreferrer". Script, data
 * and vbscript URLs in every disguise never become links.
 */
import { expect } from '@open-wc/testing';
import {
  accessibleName,
  badgesIn,
  cleanup,
  create,
  descriptionOf,
  fc,
  fcParams,
  readable,
  injectionProblems,
  linkProblems,
  root,
  settled,
  sleep,
  type IC,
} from './helpers.js';

const HOSTILE_URLS = [
  'javascript:window.__pwned=1',
  'JAVASCRIPT:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  '\x01javascript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'jav&#x09;ascript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'data:text/html,<script>parent.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox("pwned")',
  'VBScript:msgbox("pwned")',
  'file:///etc/passwd',
  'blob:https://pay.example/1234',
  '//evil.example/phish',
  '"><a href="javascript:window.__pwned=1">pay</a>',
];
const FINE_URLS = ['https://pay.example/inv/1042?x=<b>&y="1"', 'http://pay.example/', 'HTTPS://PAY.EXAMPLE/'];

const historyWithClicks = (urls: string[]) => ({
  sends: [
    {
      id: 's1',
      sentAt: '2026-11-20T09:14:00+11:00',
      recipients: urls.map((url, i) => ({
        email: `r${i}@client.example`,
        type: 'to',
        events: [{ status: 'click', at: 1795126800 + i, url }],
      })),
    },
  ],
});

/** Every element with an href anywhere in the shadow root. */
const hrefs = (el: IC) => [...root(el).querySelectorAll('[href]')].map((n) => n.getAttribute('href'));

async function checkUrls(urls: string[]) {
  const el = create({ data: historyWithClicks(urls) });
  expect(await settled(el)).to.equal('history');
  const clicks = badgesIn(root(el)).filter((b) => accessibleName(b) === 'Click');
  expect(clicks.length).to.equal(urls.length);
  const problems: string[] = [];
  urls.forEach((url, i) => {
    const description = descriptionOf(clicks[i]!);
    if (!description.includes(url)) problems.push(`URL ${JSON.stringify(url)} not shown as text`);
  });
  // Open each tooltip as a user would, then look again.
  for (const badge of clicks) badge.click();
  await el.updateComplete;
  await sleep(10);
  problems.push(...injectionProblems(el));
  for (const a of root(el).querySelectorAll('a')) problems.push(...linkProblems(a));
  for (const href of hrefs(el)) {
    if (!/^https?:\/\//i.test(href ?? '')) problems.push(`href ${JSON.stringify(href)}`);
  }
  el.remove();
  return problems;
}

describe('clicked URLs', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it('script, data and vbscript URLs in every disguise are text, never links', async () => {
    expect(await checkUrls(HOSTILE_URLS)).to.deep.equal([]);
  });

  it('http and https URLs are shown; if linked, only with rel="noopener noreferrer"', async () => {
    expect(await checkUrls(FINE_URLS)).to.deep.equal([]);
  });

  it('any URL-ish string is shown as text and never becomes a non-http(s) link', async () => {
    const scheme = fc.constantFrom('javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', 'https:', 'http:', '', '//');
    const noise = fc.string({ unit: 'binary-ascii', maxLength: 3 });
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(noise, scheme, noise, fc.string({ maxLength: 30 })).map(([a, s, b, rest]) => `${a}${s}${b}${rest}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(url, { minLength: 1, maxLength: 5 }), readable(async (urls) => {
        expect(await checkUrls(urls)).to.deep.equal([]);
      })),
      fcParams(40),
    );
  });
});
