/**
 * What the consumer test serves and expects: a history fixture (the shared
 * realistic history of fixtures/index.js, with every list in reverse order),
 * the pages that load the package, the TypeScript files a user would write,
 * and the in-page check of what the element rendered.
 */
import { realisticHistory } from '../../fixtures/index.js';

/** Sends, recipients and events reversed: what is shown must not depend on the endpoint's order. */
const reversed = ({ sends }) => ({
  sends: sends.reverse().map((send) => ({
    ...send,
    recipients: send.recipients.reverse().map((recipient) => ({ ...recipient, events: recipient.events.reverse() })),
  })),
});

export const FIXTURE = reversed(realisticHistory());

/** Latest send first; To, CC, BCC; badges in order of first occurrence, repeats counted. */
export const EXPECTED = [
  {
    datetime: '2024-03-03T22:15:00.000Z',
    subject: 'Invoice INV-1042 from Harbour & Co Lawyers',
    recipients: [
      { type: 'To', badges: ['Processed', 'Delivered', 'Open ×3', 'Click'] },
      { type: 'CC', badges: ['Processed', 'Deferred ×2', 'Delivered'] },
      { type: 'BCC', badges: ['Processed', 'Delivered'] },
    ],
  },
  {
    datetime: '2024-02-19T06:00:00.000Z',
    subject: 'Reminder: invoice INV-1042 is overdue',
    recipients: [
      { type: 'To', badges: ['Processed', 'Bounce'] },
      { type: 'CC', badges: ['Dropped'] },
    ],
  },
  {
    datetime: '2024-02-05T16:40:00.000Z',
    subject: 'Invoice INV-1042 from Harbour & Co Lawyers',
    recipients: [{ type: 'To', badges: ['Processed', 'Deferred ×2', 'Blocked'] }],
  },
  {
    datetime: '2024-01-22T13:05:00.000Z',
    subject: 'Draft invoice INV-1042',
    recipients: [{ type: 'To', badges: ['Processed', 'Delivered', 'Open'] }],
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
  // No host code at all: <html lang="fr"> alone, the French chunk loaded on demand (under the CSP for the bundle).
  'standalone-fr.html': `${withCsp(CSP).replace('lang="en"', 'lang="fr"')}
<invoice-communications src="/fixture.json"></invoice-communications>
<script type="module" src="${BUNDLE}"></script>
</body></html>`,
  'bundled-fr.html': `${HEAD.replace('lang="en"', 'lang="fr"')}
<invoice-communications src="/fixture.json"></invoice-communications>
<script type="module" src="/out/main.js"></script>
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
  if (expect.french) {
    // French words, not English ones: a recipient type, a badge and its tooltip.
    const said = text(root);
    for (const word of ['À', 'Distribué', 'Ouvert ×3', 'Que faire']) if (!said.includes(word)) problems.push(`no French "${word}"`);
    for (const word of ['Delivered', 'What to do']) if (said.includes(word)) problems.push(`English "${word}" under lang="fr"`);
    return problems;
  }
  const sends = [...root.querySelectorAll('article.send')];
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
  const open = [...root.querySelectorAll('button.badge')].find((b) => text(b) === 'Open ×3');
  if (open?.getAttribute('aria-label') !== 'Open, 3 times') problems.push('"Open ×3" is not named "Open, 3 times"');
  const bounce = [...root.querySelectorAll('button.badge')].find((b) => text(b) === 'Bounce');
  // The element's one tooltip is filled when it opens: a click (as a tap) opens it, and closes it again.
  bounce?.click();
  const tip = root.querySelector('[role="tooltip"]');
  if (!tip?.matches(':popover-open') || !text(tip).includes('The email account that you tried to reach does not exist')) {
    problems.push('the Bounce badge has no tooltip with its reason');
  }
  bounce?.click();
  const described = (bounce?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root.getElementById(id));
  if (!described.some((node) => text(node).includes('could not or would not accept'))) {
    problems.push('the Bounce badge is not described by what a bounce means');
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
