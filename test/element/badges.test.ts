import { expect } from '@open-wc/testing';
import { event as event, generateHistory } from '../../fixtures/index.js';
import { accessibleName, badgeNamed, badges, describedBy, descriptionOf, tooltipOf, tooltipOpenFor, tooltipTextOf } from '../helpers/badges.js';
import { oneRecipient } from '../helpers/histories.js';
import { mount, norm, recipients, root, sends, typeOf } from '../helpers/render.js';
import { until } from '../helpers/wait.js';
import { isOpen } from '../helpers/tooltips.js';

const AT = '2026-11-20T09:14:02+11:00';

/**
 * What each known status must say: its label, a phrase of its meaning, and
 * for the ones that need action, what to do.
 */
const KNOWN: Record<string, { label: string; meaning: RegExp; action?: RegExp }> = {
  processed: { label: 'Processed', meaning: /received this message and is preparing it for delivery/i },
  dropped: { label: 'Dropped', meaning: /did not send this message/i, action: /email address.*resend the invoice/i },
  deferred: { label: 'Deferred', meaning: /has not accepted the message yet.*72 hours/i, action: /confirm the address.*resend/i },
  bounce: { label: 'Bounce', meaning: /could not or would not accept the message/i, action: /contact details.*resend/i },
  blocked: { label: 'Blocked', meaning: /gave up after trying for 72 hours/i, action: /confirm the address.*resend/i },
  delivered: { label: 'Delivered', meaning: /accepted the message.*junk/i },
  open: { label: 'Open', meaning: /viewed with images turned on/i },
  click: { label: 'Click', meaning: /link in the message was clicked/i },
};

describe('status badges', () => {
  it('labels every known status and explains it in its tooltip, with what to do where action is needed', async () => {
    const el = await mount(oneRecipient(Object.keys(KNOWN).map((status) => event(status, AT))));
    const all = badges(el);
    expect(all.map((b) => norm(b.textContent))).to.deep.equal(Object.values(KNOWN).map((k) => k.label));

    for (const [status, { label, meaning, action }] of Object.entries(KNOWN)) {
      const badge = badgeNamed(el, label);
      // What a screen reader hears on focus, and what the open tooltip shows.
      for (const [what, text] of [['description', descriptionOf(badge)], ['tooltip', tooltipTextOf(badge)]]) {
        expect(text, `${status} ${what}`).to.match(meaning);
        if (action) {
          expect(text, `${status} ${what} says what to do`).to.match(/What to do:/);
          expect(text, `${status} ${what} says what to do`).to.match(action);
        }
      }
      expect(tooltipTextOf(badge), `${status} tooltip`).to.include(label);
    }
    // Processed, Open and Click need nothing from the user.
    for (const label of ['Processed', 'Open', 'Click']) {
      expect(descriptionOf(badgeNamed(el, label)), label).not.to.match(/What to do|resend/i);
      expect(tooltipTextOf(badgeNamed(el, label)), label).not.to.match(/What to do|resend/i);
    }
  });

  it('makes each badge a focusable button named by its label, its text visible', async () => {
    const el = await mount(oneRecipient([event('delivered', AT), event('open', AT), event('open', AT)]));
    for (const badge of badges(el)) {
      expect(badge.localName).to.equal('button');
      expect(badge.type).to.equal('button');
      expect(badge.tabIndex).to.equal(0);
      expect(badge.disabled).to.equal(false);
      // The label is text on screen, not colour alone.
      expect(badge.checkVisibility()).to.equal(true);
      expect(norm(badge.innerText)).not.to.equal('');
      expect(norm(badge.innerText)).to.equal(norm(badge.textContent));
    }
    expect(badges(el).map(accessibleName)).to.deep.equal(['Delivered', 'Open, 2 times']);
    expect(badges(el).map((b) => norm(b.innerText))).to.deep.equal(['Delivered', 'Open ×2']);
  });

  it('describes each badge by its status\'s one hidden description, and has one closed, empty tooltip', async () => {
    const el = await mount({
      sends: [
        { id: 'a', sentAt: AT, recipients: ['a@x.example', 'b@x.example'].map((email) => ({ email, type: 'to', events: Object.keys(KNOWN).map((status) => event(status, AT)) })) },
      ],
    });
    const byStatus = new Map<string, Set<string>>();
    for (const badge of badges(el)) {
      const [shared, ...rest] = describedBy(badge);
      expect(rest, `${accessibleName(badge)}: only the shared description while not focused`).to.have.length(0);
      expect(shared!.checkVisibility(), 'hidden').to.equal(false);
      expect(norm(shared!.textContent)).not.to.equal('');
      const ids = byStatus.get(badge.dataset['status']!) ?? new Set<string>();
      byStatus.set(badge.dataset['status']!, ids.add(shared!.id));
    }
    // One description per status, whichever recipient's badge it is.
    expect([...byStatus.values()].map((ids) => ids.size)).to.deep.equal(Object.keys(KNOWN).map(() => 1));
    expect(new Set([...byStatus.values()].flatMap((ids) => [...ids])).size).to.equal(Object.keys(KNOWN).length);

    const tooltips = root(el).querySelectorAll<HTMLElement>('[role="tooltip"]');
    expect(tooltips, 'one tooltip per element').to.have.length(1);
    expect(isOpen(tooltips[0]!), 'closed').to.equal(false);
    expect(tooltips[0]!.checkVisibility(), 'not rendered while closed').to.equal(false);
    expect(tooltips[0]!.childNodes, 'empty until it opens').to.have.length(0);
  });

  it('describes every badge by its own occurrences on focus, across sends and recipients', async () => {
    const recipient = (email: string, at: number) => ({
      email,
      type: 'to',
      events: [event('processed', at), event('delivered', at + 3600)],
    });
    const el = await mount({
      sends: [
        { id: 'a', sentAt: AT, recipients: [recipient('a@x.example', 1795000000), recipient('b@x.example', 1795100000)] },
        { id: 'b', sentAt: 1700000000, recipients: [recipient('c@x.example', 1795200000)] },
        { id: 'a', sentAt: AT, recipients: [recipient('d@x.example', 1795300000)] },
      ],
    });
    const all = badges(el);
    expect(all).to.have.length(8);
    const descriptions = all.map(descriptionOf);
    expect(new Set(descriptions).size, descriptions.join(' | ')).to.equal(8);
    for (const description of descriptions) expect(description).to.match(/Reported .*2026/);
    // Each description element exists once in the shadow root.
    all[0]!.focus();
    for (const node of describedBy(all[0]!)) expect(root(el).querySelectorAll(`[id="${node.id}"]`)).to.have.length(1);
    all[0]!.blur();
    expect(describedBy(all[0]!), 'back to the shared description when focus leaves').to.have.length(1);
  });

  it('keeps its one tooltip through an update that replaces the send it was open in', async () => {
    const el = await mount(oneRecipient([event('delivered', AT)]));
    badgeNamed(el, 'Delivered').click();
    expect(tooltipOpenFor(badgeNamed(el, 'Delivered'))).to.equal(true);
    const loaded = new Promise((resolve) => el.addEventListener('ic-load', resolve, { once: true }));
    el.data = oneRecipient([event('delivered', AT), event('open', AT)]);
    await loaded;
    expect(root(el).querySelectorAll('[role="tooltip"]'), 'still one tooltip, in the element').to.have.length(1);
    const open = badgeNamed(el, 'Open');
    open.click();
    expect(tooltipOpenFor(open)).to.equal(true);
    expect(tooltipTextOf(open)).to.match(/^Open/);
  });

  it('costs at most 6 DOM nodes and 2.5 elements per badge in a large history', async () => {
    const el = await mount(generateHistory(60, 5, 6));
    await until(() => sends(el).length === 60, 'every send rendered', 10_000);
    const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    const elements = root(el).querySelectorAll('*').length;
    const count = badges(el).length;
    expect(count).to.equal(60 * 5 * 5);
    expect(nodes / count, `${nodes} nodes for ${count} badges`).to.be.at.most(6);
    expect(elements / count, `${elements} elements for ${count} badges`).to.be.at.most(2.5);
  });

  it('shows the details of each occurrence as text: reason, response, attempt, clicked URL, automated open', async () => {
    const el = await mount(
      oneRecipient([
        event('deferred', 1795126800, { attempt: 2, response: '421 4.7.0 try again later' }),
        event('bounce', AT, { reason: 'Mailbox does not exist', response: '550 5.1.1 user unknown' }),
        event('click', AT, { url: 'https://pay.example/inv/1042?x=<b>1</b>' }),
        event('open', AT, { machine: true }),
        event('dropped', AT, { reason: 'Bounced Address' }),
      ]),
    );
    const deferred = descriptionOf(badgeNamed(el, 'Deferred'));
    expect(deferred).to.include('Attempt 2').and.include('421 4.7.0 try again later');
    const bounce = descriptionOf(badgeNamed(el, 'Bounce'));
    expect(bounce).to.include('Mailbox does not exist').and.include('550 5.1.1 user unknown');
    expect(descriptionOf(badgeNamed(el, 'Dropped'))).to.include('Bounced Address');
    expect(descriptionOf(badgeNamed(el, 'Open'))).to.match(/automated open/i);

    expect(descriptionOf(badgeNamed(el, 'Click'))).to.include('https://pay.example/inv/1042?x=<b>1</b>');
    const click = badgeNamed(el, 'Click');
    click.click();
    const tooltip = tooltipOf(click);
    expect(norm(tooltip.textContent)).to.include('https://pay.example/inv/1042?x=<b>1</b>');
    // The URL is text: no link to follow, no markup parsed.
    expect(tooltip.querySelector('a, b')).to.equal(null);
    click.click();
    // The open tooltip: the heading, then each occurrence as a list item, its time first.
    const bounceBadge = badgeNamed(el, 'Bounce');
    bounceBadge.click();
    expect(norm(tooltip.querySelector('h1, h2, h3, h4, h5, h6')?.textContent)).to.equal('Bounce');
    const items = [...tooltip.querySelectorAll('li')];
    expect(items).to.have.length(1);
    expect(items[0]!.firstElementChild?.localName, 'time first').to.equal('time');
    expect(norm(items[0]!.textContent)).to.include('Mailbox does not exist').and.include('550 5.1.1 user unknown');
    expect(norm(tooltip.querySelector('strong')?.textContent), '"What to do" set apart').to.equal('What to do:');
    bounceBadge.click();
  });

  it('renders hostile values as text, never markup', async () => {
    const el = await mount({
      sends: [
        {
          id: 'x',
          sentAt: AT,
          subject: '<img src=x onerror="window.__pwned=1">Invoice',
          sentBy: '<script>window.__pwned=1</script>',
          recipients: [
            {
              email: '"><svg onload="window.__pwned=1">@x.example',
              name: '<b>Bold</b>',
              type: 'to',
              events: [event('bounce', AT, { reason: '<img src=x onerror="window.__pwned=1">' })],
            },
          ],
        },
      ],
    });
    const shadow = root(el);
    expect(shadow.querySelector('img, script, svg, b')).to.equal(null);
    expect(norm(shadow.textContent)).to.include('<img src=x onerror="window.__pwned=1">Invoice');
    expect(norm(shadow.textContent)).to.include('<b>Bold</b>');
    expect(descriptionOf(badgeNamed(el, 'Bounce'))).to.include('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows an unknown status as a badge with its own name and a neutral explanation', async () => {
    const el = await mount(
      oneRecipient([event('processed', AT), event('group_resubscribe', AT), event('Future_Status', AT), event('group_resubscribe', AT)]),
    );
    // Same second: known statuses in life-cycle order, then unknown ones by name
    // (never by input order, which would make one history render two ways).
    expect(badges(el).map((b) => norm(b.textContent))).to.deep.equal(['Processed', 'future_status', 'group_resubscribe ×2']);
    expect(badges(el).map(accessibleName)).to.deep.equal(['Processed', 'future_status', 'group_resubscribe, 2 times']);
    const text = descriptionOf(badgeNamed(el, 'group_resubscribe, 2 times'));
    expect(text).to.include('group_resubscribe');
    expect(text).not.to.match(/What to do/);
  });

  it('shows an unknown recipient type with its raw name after BCC, and a missing type as "Other"', async () => {
    const el = await mount({
      sends: [
        {
          id: 's',
          sentAt: AT,
          recipients: [
            { email: 'x@x.example', type: 'resent-to', events: [event('delivered', AT)] },
            { email: 'none@x.example', events: [] },
            { email: 'b@x.example', type: 'bcc', events: [] },
            { email: 'a@x.example', type: 'to', events: [] },
          ],
        },
      ],
    });
    const rows = recipients(sends(el)[0]);
    expect(rows.map(typeOf)).to.deep.equal(['To', 'BCC', 'resent-to', 'Other']);
    // Its statuses are shown too.
    expect(badgeNamed(rows[2], 'Delivered')).to.exist;
    // A recipient with no events says so rather than showing nothing.
    expect(norm(rows[3].textContent)).to.match(/no status/i);
  });

  it('shows recipient names and emails, subject and sender', async () => {
    const el = await mount({
      sends: [
        {
          id: 's',
          sentAt: AT,
          subject: 'Invoice INV-1042',
          sentBy: 'Jane Smith',
          recipients: [{ email: 'ap@client.example', name: 'Accounts Payable', type: 'to', events: [] }],
        },
      ],
    });
    const text = norm(sends(el)[0].textContent);
    expect(text).to.include('Invoice INV-1042').and.include('Jane Smith');
    expect(text).to.include('Accounts Payable').and.include('ap@client.example');
  });
});
