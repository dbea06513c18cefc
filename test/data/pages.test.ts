import { expect } from '@open-wc/testing';
import { appendPage, keepOlderPages, nextPageUrl } from '../../src/data/pages.js';
import { normaliseHistory } from '../../src/data/normalise.js';
import { parseHistory } from '../../src/data/parse.js';
import type { RawInvoiceHistory } from '../../src/data/contract.js';

const BASE = 'https://app.example/invoices/42';
const send = (id: string, sentAt: number) => ({ id, sentAt, recipients: [{ email: `${id}@x.example`, type: 'to', events: [] }] });
const body = (next: unknown, ...sends: ReturnType<typeof send>[]) => ({ sends, next }) as RawInvoiceHistory;

describe('nextPageUrl', () => {
  it('resolves next against the page it came in, and the page against the document', () => {
    expect(nextPageUrl(body('?before=9'), '/api/h?limit=2', BASE)).to.equal('https://app.example/api/h?before=9');
    expect(nextPageUrl(body('page2'), 'https://api.example/v1/h', BASE)).to.equal('https://api.example/v1/page2');
    expect(nextPageUrl(body('https://other.example/p/2'), '/h', BASE)).to.equal('https://other.example/p/2');
  });

  it('reads a missing, null or empty next as the last page', () => {
    for (const next of [undefined, null, '']) expect(nextPageUrl(body(next), '/h', BASE)).to.equal(undefined);
  });

  it('rejects anything but http(s), naming next', () => {
    for (const next of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'blob:https://x/1', 'mailto:a@x']) {
      expect(() => nextPageUrl(body(next), '/h', BASE), next).to.throw(/next is not an http\(s\) URL/);
    }
    expect(() => nextPageUrl(body('http://[::1'), '/h', BASE)).to.throw(/next is not a URL/);
  });

  it('is checked by parseHistory to be text', () => {
    for (const next of [42, true, {}, ['a']]) expect(() => parseHistory({ sends: [], next }), JSON.stringify(next)).to.throw(/^next is not a string/);
    expect(() => parseHistory({ sends: [], next: null })).not.to.throw();
  });
});

describe('appendPage and keepOlderPages', () => {
  const first = normaliseHistory(body(null, send('c', 300), send('d', 400)));

  it('appends an older page latest first, skipping sends already shown, and takes its next', () => {
    const { history, added } = appendPage(first, body(null, send('b', 200), send('c', 300), send('a', 100)), 'https://x/3');
    expect(history.sends.map((s) => s.id)).to.deep.equal(['d', 'c', 'b', 'a']);
    expect(added.map((s) => s.id)).to.deep.equal(['b', 'a']);
    expect(history.next).to.equal('https://x/3');
    // Sends already shown keep their objects (no re-render).
    expect(history.sends[0] === first.sends[0]).to.equal(true);
    expect(appendPage(history, body(null), undefined).history.next).to.equal(undefined);
  });

  it('never merges sends without an id', () => {
    const { added } = appendPage(normaliseHistory(body(null, send('', 5))), body(null, send('', 5)), undefined);
    expect(added).to.have.length(1);
  });

  it('keeps older pages below a refreshed first page, without repeats, with the oldest next', () => {
    const older = appendPage(first, body(null, send('b', 200), send('a', 100)), 'https://x/3').added;
    const refreshed = normaliseHistory(body('https://x/2', send('e', 500), send('d', 400), send('c', 300)));
    const kept = keepOlderPages(refreshed, [...older, refreshed.sends[1]!], 'https://x/3');
    expect(kept.sends.map((s) => s.id)).to.deep.equal(['e', 'd', 'c', 'b', 'a']);
    expect(kept.next).to.equal('https://x/3');
  });
});
