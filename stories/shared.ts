/**
 * What every story file shares: how a story renders the element from its
 * args, the controls, and the default args.
 *
 * Every story declares the state the element must reach with one tag, which
 * the smoke test (scripts/storybook-smoke.mjs) reads from index.json:
 * `state:history`, `state:empty`, `state:error`, `state:loading` or
 * `state:tooltip` (a badge's tooltip is open). A story without one fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArgTypes, Decorator, Meta } from '@storybook/web-components-vite';
import { DEFAULT_SRC, FIXTURE_URLS } from './handlers.js';

export interface ElementArgs {
  /** The endpoint (attribute). */
  src?: string;
  locale?: string;
  'time-zone'?: string;
  /** Milliseconds before a request times out (attribute; 0 waits for ever). */
  timeout?: number;
  /** A history to show without fetching (property). */
  data?: unknown;
  /** Actions, filled in by Storybook from the manifest's events. */
  onIcLoadstart?: (event: Event) => void;
  onIcLoad?: (event: Event) => void;
  onIcError?: (event: Event) => void;
}

export const renderElement = (args: ElementArgs, slotted: TemplateResult | typeof nothing = nothing) =>
  html`<invoice-communications
    src=${args.src || nothing}
    locale=${args.locale || nothing}
    time-zone=${args['time-zone'] || nothing}
    timeout=${args.timeout ?? nothing}
    .data=${args.data}
    @ic-loadstart=${args.onIcLoadstart}
    @ic-load=${args.onIcLoad}
    @ic-error=${args.onIcError}
    >${slotted}</invoice-communications
  >`;

const LOCALES = ['', 'en-AU', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'nl-NL', 'ar-EG', 'ja-JP'];
const TIME_ZONES = ['', 'Australia/Sydney', 'Australia/Perth', 'Pacific/Auckland', 'Asia/Tokyo', 'Europe/London', 'America/New_York', 'UTC'];
const browserDefault = (values: string[]) =>
  Object.fromEntries(values.map((value) => [value, value || "(the browser's)"]));

/**
 * Controls for the three attributes a designer plays with. Every other row of
 * the docs tables (.storybook/manifest.ts) has no control: the render
 * function does not read it.
 */
export const argTypes: Partial<ArgTypes<ElementArgs>> & Record<string, unknown> = {
  src: {
    control: { type: 'select', labels: FIXTURE_URLS },
    options: Object.keys(FIXTURE_URLS),
  },
  locale: {
    control: { type: 'select', labels: { ...browserDefault(LOCALES), '': "(the page's: see the Language toolbar)" } },
    options: LOCALES,
  },
  'time-zone': { control: { type: 'select', labels: browserDefault(TIME_ZONES) }, options: TIME_ZONES },
};

/**
 * The base of every story file's default export. The element takes its
 * language from the page, which the Language toolbar sets (Australian
 * English by default), and dates default to Sydney, so every reviewer sees
 * the same screen; pick a `locale` in the controls to override the page.
 */
export const baseMeta = {
  component: 'invoice-communications',
  render: (args) => renderElement(args),
  args: { src: DEFAULT_SRC, locale: '', 'time-zone': 'Australia/Sydney' },
  argTypes,
} satisfies Meta<ElementArgs>;

/** Renders the story inside a box of the given width (a narrow sidebar, a phone). */
export const inContainer =
  (width: string) =>
  (story: () => unknown): TemplateResult =>
    html`<div style="inline-size: ${width}; outline: 1px dashed #d1d9e0; outline-offset: 4px">${story()}</div>`;

/**
 * Leaves room above the element so a tooltip opens in its preferred place
 * (above the badge). Not on a Docs page, where play functions do not run.
 */
export const roomAbove: Decorator<ElementArgs> = (story, context) =>
  context.viewMode === 'docs' ? story() : html`<div style="padding-block-start: 22rem">${story()}</div>`;
