/**
 * What the consumer test serves and expects: a history fixture (the data
 * contract's example plus an earlier send in shuffled order), the pages that
 * load the package, the TypeScript files a user would write, and the
 * in-page check of what the element rendered.
 */

export const FIXTURE = {
  sends: [
    {
      id: 's_1042_2',
      sentAt: 1795017600,
      subject: 'Invoice INV-1042 (first send)',
      recipients: [
        {
          email: 'records@firm.example',
          type: 'BCC',
          events: [
            { status: 'delivered', at: 1795017609 },
            { status: 'processed', at: 1795017601 },
          ],
        },
        {
          email: 'cfo@client.example',
          name: 'Dana Whitlock',
          type: 'cc',
          events: [
            { status: 'processed', at: '2026-11-18T16:00:01Z' },
            { status: 'open', at: '2026-11-18T18:00:00Z' },
            { status: 'delivered', at: '2026-11-18T16:00:08Z' },
            { status: 'open', at: '2026-11-19T08:00:00+01:00' },
          ],
        },
        {
          email: 'acounts@client.example',
          type: 'To',
          events: [
            { status: 'processed', at: '2026-11-18T16:00:01Z' },
            { status: 'bounce', at: '2026-11-18T16:00:09Z', reason: '550 5.1.1 Mailbox does not exist' },
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
            { status: 'click', at: '2026-11-20T10:03:00+11:00', url: 'https://pay.example/inv/1042' },
          ],
        },
      ],
    },
  ],
};

/** Latest send first; To, CC, BCC; badges in order of first occurrence, repeats counted. */
export const EXPECTED = [
  {
    datetime: '2026-11-19T22:14:00.000Z',
    subject: 'Invoice INV-1042',
    recipients: [{ type: 'To', badges: ['Processed', 'Deferred', 'Delivered', 'Open', 'Click'] }],
  },
  {
    datetime: '2026-11-18T16:00:00.000Z',
    subject: 'Invoice INV-1042 (first send)',
    recipients: [
      { type: 'To', badges: ['Processed', 'Bounce'] },
      { type: 'CC', badges: ['Processed', 'Delivered', 'Open ×2'] },
      { type: 'BCC', badges: ['Processed', 'Delivered'] },
    ],
  },
];

const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head><body>';
// The policy the README recommends; a violation is a console error, which fails the check.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const withCsp = (policy) =>
  HEAD.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`);
// Two copies of Lit on a page create the `lit-html` policy twice: the README says to allow that.
const CSP_TWO_COPIES = `${CSP} 'allow-duplicates'`;
const BUNDLE = '/node_modules/invoice-communications/dist/invoice-communications.bundle.js';

export const PAGES = {
  'bundled.html': `${HEAD}
<invoice-communications src="/fixture.json"></invoice-communications>
<script type="module" src="/out/main.js"></script>
</body></html>`,
  'element-only.html': `${HEAD}
<my-history src="/fixture.json"></my-history>
<script type="module">
  import '/out/element-only.js';
  window.registeredOnImport = customElements.get('invoice-communications') !== undefined;
  window.IC.define('my-history');
  window.IC.define('my-history');
</script>
</body></html>`,
  'standalone.html': `${withCsp(CSP)}
<invoice-communications src="/fixture.json"></invoice-communications>
<script type="module" src="${BUNDLE}"></script>
<script type="module" src="/expose-bundle.js"></script>
</body></html>`,
  'standalone-twice.html': `${withCsp(CSP_TWO_COPIES)}
<invoice-communications src="/fixture.json"></invoice-communications>
<script type="module" src="${BUNDLE}"></script>
<script type="module" src="${BUNDLE}?copy=2"></script>
</body></html>`,
  // For define() twice (no inline script under the page's CSP).
  'expose-bundle.js': `import { InvoiceCommunications } from '${BUNDLE}';\nwindow.IC = InvoiceCommunications;\n`,
};

/**
 * Runs in the page (Playwright serialises it: it sees nothing of this module;
 * `expect.expected` is EXPECTED). Returns a list of problems, empty when fine.
 */
export function checkPage(expect) {
  const expected = expect.expected;
  const problems = [];
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const tag = expect.tag ?? 'invoice-communications';
  const element = document.querySelector(tag);
  const root = element?.shadowRoot;
  if (!root) return [`<${tag}> has no shadow root: not upgraded`];
  const sends = [...root.querySelectorAll('section.send')];
  if (sends.length !== expected.length) problems.push(`${sends.length} sends, expected ${expected.length}`);
  expected.forEach((want, s) => {
    const send = sends[s];
    if (!send) return;
    const datetime = send.querySelector('h3 time')?.getAttribute('datetime');
    if (datetime !== want.datetime) problems.push(`send ${s}: datetime ${datetime}, expected ${want.datetime}`);
    if (!text(send).includes(want.subject)) problems.push(`send ${s}: no subject "${want.subject}"`);
    const rows = [...send.querySelectorAll('.recipient')];
    const got = rows.map((row) => ({
      type: text(row.querySelector('.type')),
      badges: [...row.querySelectorAll('button.badge')].map(text),
    }));
    if (JSON.stringify(got) !== JSON.stringify(want.recipients)) {
      problems.push(`send ${s}: recipients ${JSON.stringify(got)}, expected ${JSON.stringify(want.recipients)}`);
    }
  });
  const open = [...root.querySelectorAll('button.badge')].find((b) => text(b) === 'Open ×2');
  if (open?.getAttribute('aria-label') !== 'Open, 2 times') problems.push('"Open ×2" is not named "Open, 2 times"');
  const bounce = [...root.querySelectorAll('button.badge')].find((b) => text(b) === 'Bounce');
  const tip = bounce && root.getElementById(bounce.getAttribute('aria-describedby') ?? '');
  if (tip?.getAttribute('role') !== 'tooltip' || !text(tip).includes('Mailbox does not exist')) {
    problems.push('the Bounce badge has no tooltip with its reason');
  }
  if (expect.defineAgain) {
    try {
      const Class = customElements.get('invoice-communications');
      if (window.IC.define() !== Class || window.IC.define() !== Class) problems.push('define() returned another class');
    } catch (error) {
      problems.push(`define() again threw: ${error}`);
    }
  }
  if (expect.notRegistered && window.registeredOnImport !== false) {
    problems.push(`importing element.js registered <${expect.notRegistered}>`);
  }
  if (expect.copies) {
    const loads = performance.getEntriesByType('resource').filter((e) => e.name.includes('.bundle.js'));
    if (loads.length < expect.copies) problems.push(`${loads.length} copies of the bundle loaded, expected ${expect.copies}`);
  }
  return problems;
}

const STRICT = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'] };

/** TypeScript a user would write: each compiles, and each @ts-expect-error is an error. */
export const TYPE_TESTS = {
  'the package without React (module and moduleResolution nodenext)': {
    compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext', types: [] },
    files: {
      'types-main.ts': `import { InvoiceCommunications, parseHistory, type InvoiceHistory } from 'invoice-communications';
import { InvoiceCommunications as Element, InvoiceCommunicationsLoadEvent } from 'invoice-communications/element.js';

const el = document.createElement('invoice-communications');
const same: InvoiceCommunications = el;
el.src = '/api/invoices/1042/communications';
el.credentials = 'include';
el.fetcher = async (url, { signal }) => (await fetch(url, { signal })).json();
el.addEventListener('ic-load', (event) => {
  const history: InvoiceHistory = event.detail.history;
  console.log(history.sends.length, event instanceof InvoiceCommunicationsLoadEvent);
});
el.addEventListener('ic-error', (event) => console.log(event.detail.error.kind, event.detail.error.status));
const Tag: typeof Element = Element.define('my-history', customElements);
void Tag;
void same;
void el.refresh();
console.log(parseHistory({ sends: [] }).sends);
// @ts-expect-error src is a string
el.src = 42;
`,
    },
  },
  'React 19 JSX (opt-in via invoice-communications/react)': {
    compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx', types: [] },
    files: {
      'types-react.tsx': `/// <reference types="invoice-communications/react" />
import type { InvoiceCommunications } from 'invoice-communications';

export function History({ id }: { id: string }) {
  return (
    <invoice-communications
      src={\`/api/invoices/\${id}/communications\`}
      credentials="include"
      locale="en-AU"
      time-zone="Australia/Sydney"
      className="history"
      onic-load={(event) => console.log(event.detail.history.sends.length)}
      onic-error={(event) => console.error(event.detail.error.message)}
      ref={(el: InvoiceCommunications | null) => void el?.refresh()}
    >
      <p slot="empty">Not sent yet.</p>
    </invoice-communications>
  );
}

// @ts-expect-error src is a string
export const wrong = <invoice-communications src={42} />;
`,
    },
  },
};
