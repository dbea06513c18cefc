/**
 * What assistive technology gets, read from the browser's own accessibility
 * tree (not from attributes): a focused badge's name and description, the
 * history as a feed of articles rather than landmarks.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { event } from '../../fixtures/index.js';
import { oneRecipient } from '../helpers/histories.js';
import { mount } from '../helpers/render.js';
import { badgeNamed } from '../helpers/badges.js';

interface AXNode {
  role: string;
  name: string;
  description?: string;
  focused?: boolean;
  children?: AXNode[];
}

const DATA = oneRecipient([
  event('delivered', '2026-11-20T09:14:02+11:00'),
  event('bounce', '2026-11-21T10:00:00+11:00', { reason: 'Mailbox full', response: '552 5.2.2 over quota' }),
]);

function all(node: AXNode, out: AXNode[] = []): AXNode[] {
  out.push(node);
  for (const child of node.children ?? []) all(child, out);
  return out;
}

describe('the accessibility tree', () => {
  // Puppeteer reads the tree over CDP, which Firefox (driven over WebDriver
  // BiDi) does not have; Firefox gets the same facts from the DOM in
  // badges.test.ts and accessibility.test.ts.
  before(function () {
    if (navigator.userAgent.includes('Firefox')) this.skip();
  });

  it('describes an unfocused badge by its status, and a focused one by its status and its occurrences', async () => {
    const el = await mount(DATA);
    const unfocused = findAccessibilityNode((await a11ySnapshot({})) as never, (node) => (node as unknown as AXNode).name === 'Bounce') as unknown as AXNode;
    expect(unfocused.description).to.match(/^The receiving server could not or would not accept the message\..*What to do: /);
    expect(unfocused.description).not.to.match(/Reported/);
    const button = document.createElement('button');
    button.textContent = 'Before';
    el.before(button);
    button.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Bounce');
    const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
    const badge = findAccessibilityNode(snapshot as never, (node) => (node as unknown as AXNode).role === 'button' && (node as unknown as AXNode).name === 'Bounce') as unknown as AXNode | null;
    expect(badge, JSON.stringify(all(snapshot).filter((n) => n.role === 'button'))).to.exist;
    const description = badge!.description ?? '';
    expect(description).to.match(/could not or would not accept the message/);
    expect(description).to.match(/What to do: Check the client's contact details/);
    // Endpoint text sits between invisible bidi isolates (U+2068, U+2069), which screen readers do not read.
    expect(description.replace(/[\u2068\u2069]/g, '')).to.match(/Reported .*2026.*Reason: Mailbox full.*Server response: 552 5\.2\.2 over quota/);
    button.remove();
  });

  it('shows sends as articles of a feed, not as landmarks', async () => {
    const el = await mount(DATA);
    badgeNamed(el, 'Delivered');
    const snapshot = (await a11ySnapshot({})) as unknown as AXNode;
    const roles = all(snapshot).map((node) => node.role);
    // (The snapshot keeps "interesting" nodes only, which leaves the feed out;
    // accessibility.test.ts checks its role.)
    expect(roles).to.include('article');
    for (const landmark of ['region', 'main', 'navigation', 'complementary', 'banner', 'contentinfo', 'form']) {
      expect(roles, landmark).not.to.include(landmark);
    }
  });
});
