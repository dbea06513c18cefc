/**
 * `<status-vocabulary>`: the table on the Statuses docs page. It is built in
 * the browser from the element's own modules (KNOWN_STATUSES, statusCopy and
 * statusTone, which the tooltips use too) and draws each badge with the
 * element's own stylesheet, so the page cannot disagree with the tooltips.
 */
import { LitElement, css, html } from 'lit';
import { KNOWN_STATUSES } from '../src/data/contract.js';
import { statusCopy } from '../src/view/badge.js';
import { en } from '../src/i18n/en.js';
import { Text } from '../src/i18n/text.js';
import { statusTone } from '../src/data/statuses.js';
import { styles as elementStyles } from '../src/invoice-communications.styles.js';

/** An example of a status the element does not know (shown as a neutral badge). */
const UNKNOWN_EXAMPLE = 'group_resubscribe';

interface Row {
  status: string;
  known: boolean;
}

export class StatusVocabulary extends LitElement {
  static override styles = [
    elementStyles,
    css`
      table {
        margin-block-end: 2rem;
        border-collapse: collapse;
        width: 100%;
        font-size: 0.875rem;
        line-height: 1.45;
      }
      caption {
        text-align: start;
        padding-block-end: 0.5rem;
        color: var(--invoice-communications-muted-color);
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.5rem 0.75rem;
        border-block-end: 1px solid var(--invoice-communications-border-color);
      }
      thead th {
        font-weight: 600;
        border-block-end-width: 2px;
      }
      tbody th {
        font-weight: normal;
        white-space: nowrap;
      }
      code {
        font-size: 0.8125rem;
      }
      .badge {
        cursor: default;
      }
      .none {
        color: var(--invoice-communications-muted-color);
      }
    `,
  ];

  #rows: Row[] = [
    ...KNOWN_STATUSES.map((status) => ({ status, known: true })),
    { status: UNKNOWN_EXAMPLE, known: false },
  ];

  #renderRow({ status, known }: Row) {
    const copy = statusCopy(status, new Text(en));
    const token = `--invoice-communications-status-${known ? status : 'unknown'}`;
    return html`<tr data-status=${status}>
      <th scope="row">
        <span class="badge" data-status=${status} data-tone=${statusTone(status)}>${copy.label}</span>
      </th>
      <td>
        <code>${status}</code>${known ? '' : html`<br /><span class="none">(any status not listed above)</span>`}
      </td>
      <td>${copy.meaning}</td>
      <td>${copy.action ?? html`<span class="none">Nothing.</span>`}</td>
      <td><code>${token}</code></td>
    </tr>`;
  }

  protected override render() {
    return html`<table>
      <caption>
        Every status the email service reports, in the words of the badge tooltips.
      </caption>
      <thead>
        <tr>
          <th scope="col">Badge</th>
          <th scope="col">Status</th>
          <th scope="col">Meaning</th>
          <th scope="col">What to do</th>
          <th scope="col">Colour property</th>
        </tr>
      </thead>
      <tbody>
        ${this.#rows.map((row) => this.#renderRow(row))}
      </tbody>
    </table>`;
  }
}

/**
 * Registers `<status-vocabulary>`. A call rather than a side effect of
 * importing this module: package.json "sideEffects" lists only dist/ files,
 * so the production build drops side-effect-only imports of other modules.
 */
export function defineStatusVocabulary(): typeof StatusVocabulary {
  if (!customElements.get('status-vocabulary')) customElements.define('status-vocabulary', StatusVocabulary);
  return StatusVocabulary;
}

declare global {
  interface HTMLElementTagNameMap {
    'status-vocabulary': StatusVocabulary;
  }
}
