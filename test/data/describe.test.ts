import { expect } from '@open-wc/testing';
import { describeBadge, occurrenceDetails, statusCopy } from '../../src/view/badge.js';
import { occurrenceSummary } from '../../src/view/descriptions.js';
import { statusTone } from '../../src/data/statuses.js';
import { en } from '../../src/i18n/en.js';
import { Text } from '../../src/i18n/text.js';
import { KNOWN_STATUSES, type StatusGroup, type StatusOccurrence } from '../../src/data/contract.js';

/** English words, with times made visible in the output. */
class VisibleTimes extends Text {
  override instant(instant: number | null) {
    return instant === null ? 'Time unknown' : `T${instant}`;
  }
}
const text = new VisibleTimes(en);
/** Endpoint text as it appears inside our sentences: between FSI and PDI, so it cannot reorder them. */
const iso = (value: string) => `\u2068${value}\u2069`;

const group = (status: string, occurrences: StatusOccurrence[] = [{ at: 1 }]): StatusGroup => ({
  status,
  known: (KNOWN_STATUSES as readonly string[]).includes(status),
  occurrences,
});

const LABELS = {
  processed: 'Processed',
  dropped: 'Dropped',
  deferred: 'Deferred',
  bounce: 'Bounce',
  blocked: 'Blocked',
  delivered: 'Delivered',
  open: 'Open',
  click: 'Click',
  spamreport: 'Spam report',
  unsubscribe: 'Unsubscribed',
};

describe('statusCopy and statusTone', () => {
  it('labels every known status', () => {
    expect(Object.keys(LABELS)).to.deep.equal([...KNOWN_STATUSES]);
    for (const [status, label] of Object.entries(LABELS)) {
      const copy = statusCopy(status, text);
      expect(copy.label, status).to.equal(label);
      expect(copy.meaning, status).to.be.a('string').and.have.length.above(20);
    }
  });

  it('gives an action for the statuses a person must act on', () => {
    for (const status of ['dropped', 'deferred', 'bounce', 'blocked', 'spamreport', 'unsubscribe']) {
      expect(statusCopy(status, text).action, status).to.be.a('string').and.not.be.empty;
    }
    for (const status of ['processed', 'open', 'click']) {
      expect(statusCopy(status, text), status).to.not.have.property('action');
    }
  });

  it('describes an unknown status by its own name, neutrally', () => {
    const copy = statusCopy('group_resubscribe', text);
    expect(copy.label).to.equal('group_resubscribe');
    expect(copy.meaning).to.contain(`"${iso('group_resubscribe')}"`);
    expect(copy).to.not.have.property('action');
    expect(statusTone('group_resubscribe')).to.equal('neutral');
  });

  it('does not treat Object.prototype names as statuses', () => {
    expect(statusCopy('constructor', text).label).to.equal('constructor');
    expect(statusTone('toString')).to.equal('neutral');
  });

  it('gives failures a danger tone and successes a success tone', () => {
    expect(['dropped', 'bounce', 'blocked'].map(statusTone)).to.deep.equal(['danger', 'danger', 'danger']);
    expect(['delivered', 'open', 'click'].map(statusTone)).to.deep.equal(['success', 'success', 'success']);
    expect(statusTone('deferred')).to.equal('warning');
    expect(statusTone('processed')).to.equal('progress');
  });
});

describe('describeBadge', () => {
  it('shows a single occurrence by its label alone', () => {
    const badge = describeBadge(group('delivered', [{ at: 5 }]), text);
    expect(badge).to.include({ label: 'Delivered', text: 'Delivered', name: 'Delivered', tone: 'success' });
    expect(badge.occurrences).to.deep.equal([{ when: 'T5', at: 5, details: [] }]);
  });

  it('shows a repeated status as "Open ×3" named "Open, 3 times"', () => {
    const badge = describeBadge(group('open', [{ at: 1, machine: true }, { at: 2 }, { at: null }]), text);
    expect(badge.text).to.equal('Open ×3');
    expect(badge.name).to.equal('Open, 3 times');
    expect(badge.occurrences.map((o) => o.when)).to.deep.equal(['T1', 'T2', 'Time unknown']);
    expect(badge.occurrences[0].details).to.deep.equal([
      'Automated open (a privacy proxy or scanner, not necessarily a person)',
    ]);
  });

  it('carries the meaning and action of the status', () => {
    const badge = describeBadge(group('bounce'), text);
    expect(badge.meaning).to.equal(statusCopy('bounce', text).meaning);
    expect(badge.action).to.equal(statusCopy('bounce', text).action);
  });
});

describe('occurrenceDetails', () => {
  it('lists attempt, reason, response, link and automated open, in that order', () => {
    expect(
      occurrenceDetails({
        at: 1,
        machine: true,
        url: 'https://pay.example/1',
        response: '451 4.7.1 Greylisted',
        reason: 'Greylisted',
        attempt: 2,
      }, text),
    ).to.deep.equal([
      'Attempt 2',
      `Reason: ${iso('Greylisted')}`,
      `Server response: ${iso('451 4.7.1 Greylisted')}`,
      `Link: ${iso('https://pay.example/1')}`,
      'Automated open (a privacy proxy or scanner, not necessarily a person)',
    ]);
  });

  it('lists nothing for a bare occurrence, empty text or a human open', () => {
    expect(occurrenceDetails({ at: 1 }, text)).to.deep.equal([]);
    expect(occurrenceDetails({ at: 1, reason: '', response: '', url: '', machine: false }, text)).to.deep.equal([]);
  });

  it('shows attempt 0', () => {
    expect(occurrenceDetails({ at: 1, attempt: 0 }, text)).to.deep.equal(['Attempt 0']);
  });
});

describe('occurrenceSummary (a badge\'s description on focus)', () => {
  it('lists each occurrence with its time first, then its details', () => {
    const summary = occurrenceSummary(
      group('deferred', [
        { at: 1, attempt: 1, response: '451 later' },
        { at: null, attempt: 2 },
      ]),
      text,
    );
    expect(summary).to.equal(`Reported 2 times: T1, Attempt 1, Server response: ${iso('451 later')}; Time unknown, Attempt 2.`);
  });

  it('says a single occurrence without a count', () => {
    expect(occurrenceSummary(group('click', [{ at: 3, url: 'https://x.example' }]), text)).to.equal(
      `Reported T3, Link: ${iso('https://x.example')}.`,
    );
  });
});
