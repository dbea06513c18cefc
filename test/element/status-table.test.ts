/**
 * The status table (src/data/statuses.ts) is the one place a status is
 * declared: every status in it must have its words, a documented colour
 * property, and a badge drawn in that colour.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InvoiceCommunications } from '../../src/index.js';
import '../../src/index.js';
import { KNOWN_STATUSES, STATUSES, UNKNOWN_STATUS_COLOR } from '../../src/data/statuses.js';
import { en as strings } from '../../src/i18n/en.js';

interface CssProperty {
  name: string;
  default?: string;
}

/** The CSS custom properties custom-elements.json documents for the element. */
async function documentedProperties(): Promise<Map<string, string | undefined>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[];
  };
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'invoice-communications');
  return new Map((element?.cssProperties ?? []).map((property) => [property.name, property.default]));
}

/** The colour a browser resolves `color` to, as `rgb(…)`. */
function resolved(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function badgesFor(statuses: readonly string[], style = '') {
  const events = statuses.map((status) => ({ status, at: '2026-11-20T09:14:02+11:00' }));
  const data = { sends: [{ id: 's1', sentAt: '2026-11-20T09:14:00+11:00', recipients: [{ email: 'a@client.example', type: 'to', events }] }] };
  const el = await fixture<InvoiceCommunications>(
    html`<invoice-communications style=${style} .data=${data}></invoice-communications>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="badge"]').length === statuses.length, 'badges');
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="badge"]')];
}

describe('the status table', () => {
  it('gives every status its words: a label, a meaning, and what to do where it says so', () => {
    for (const status of KNOWN_STATUSES) {
      const copy = strings.statuses[status];
      expect(copy.label.trim(), `${status} label`).not.to.equal('');
      expect(copy.meaning.trim(), `${status} meaning`).not.to.equal('');
      if (copy.action !== undefined) expect(copy.action.trim(), `${status} action`).not.to.equal('');
    }
    expect(Object.keys(strings.statuses).sort()).to.deep.equal([...KNOWN_STATUSES].sort());
  });

  it('lists the known statuses in life-cycle order, each rank once', () => {
    const ranks = KNOWN_STATUSES.map((status) => STATUSES[status].rank);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).to.equal(ranks.length);
  });

  it('documents a colour property for every status, with the table colour as its default', async () => {
    const documented = await documentedProperties();
    for (const status of KNOWN_STATUSES) {
      expect(documented.get(`--invoice-communications-status-${status}`), status).to.equal(STATUSES[status].color);
    }
    expect(documented.get('--invoice-communications-status-unknown')).to.equal(UNKNOWN_STATUS_COLOR);
  });

  it("draws each status's badge in its table colour, and an unknown one in the neutral colour", async () => {
    const statuses = [...KNOWN_STATUSES, 'group_resubscribe'];
    const badges = await badgesFor(statuses);
    const colours = badges.map((badge) => getComputedStyle(badge).borderTopColor);
    expect(colours).to.deep.equal([
      ...KNOWN_STATUSES.map((status) => resolved(STATUSES[status].color)),
      resolved(UNKNOWN_STATUS_COLOR),
    ]);
  });

  it("lets a host's custom property recolour one status", async () => {
    const [badge] = await badgesFor(['bounce'], '--invoice-communications-status-bounce: rgb(1, 2, 3)');
    expect(getComputedStyle(badge!).borderTopColor).to.equal('rgb(1, 2, 3)');
  });
});
