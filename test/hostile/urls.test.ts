/**
 * A clicked URL from the endpoint is shown as text in its badge's tooltip,
 * exactly as sent, and never as a live link: no <a>, no href, whatever the
 * URL (script, data and vbscript URLs in every disguise, or plain https).
 */
import { expect } from '@open-wc/testing';
import { accessibleName, badgesIn, exactTooltipText } from '../helpers/badges.js';
import { injectionProblems } from '../helpers/hostile.js';
import { fc, fcParams, readable } from '../helpers/properties.js';
import { $$, cleanup, create, root, settled } from '../helpers/render.js';
import { sleep } from '../helpers/wait.js';

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

async function checkUrls(urls: string[]) {
  const el = create({ data: historyWithClicks(urls) });
  expect(await settled(el)).to.equal('history');
  const clicks = badgesIn(root(el)).filter((b) => accessibleName(b) === 'Click');
  expect(clicks.length).to.equal(urls.length);
  const problems: string[] = [];
  // Open each tooltip as a user would, then look.
  for (const badge of clicks) badge.click();
  await el.updateComplete;
  await sleep(10);
  urls.forEach((url, i) => {
    if (!exactTooltipText(clicks[i]!).includes(url)) problems.push(`URL ${JSON.stringify(url)} not shown as text`);
  });
  for (const link of $$(el, 'a, [href]')) problems.push(`a link: <${link.localName} href=${JSON.stringify(link.getAttribute('href'))}>`);
  problems.push(...injectionProblems(el));
  el.remove();
  return problems;
}

describe('clicked URLs', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it('script, data and vbscript URLs in every disguise are shown as text, never as links', async () => {
    expect(await checkUrls(HOSTILE_URLS)).to.deep.equal([]);
  });

  it('http and https URLs are shown as text too, not as links', async () => {
    expect(await checkUrls(FINE_URLS)).to.deep.equal([]);
  });

  it('any URL-ish string is shown as text and never becomes a link', async () => {
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
