/**
 * Every shipped language, right to left, dark and forced colours. Each
 * language story sets only `lang` on a wrapper, as a host page would: the
 * element finds it and loads that language. Storybook's Accessibility panel
 * (and CI's axe run) checks each. The toolbar switches the page's language,
 * direction and colour scheme for every other story.
 */
import { html, nothing } from 'lit';
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { baseMeta, type ElementArgs } from './shared.js';

const meta = {
  ...baseMeta,
  title: 'Invoice communications/Languages and display',
  // The realistic history, in Sydney time, with the language from the page.
  args: { ...baseMeta.args, locale: '' },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** A host page region in `lang` (and `dir`, when given). */
const inPage =
  (lang: string, dir?: 'rtl'): Decorator<ElementArgs> =>
  (story) =>
    html`<div lang=${lang} dir=${dir ?? nothing}>${story()}</div>`;

/** `<div lang="en">`: the default and the fallback for every missing word. */
export const English: Story = { name: 'English', tags: ['state:history'], decorators: [inPage('en')] };

/** `<div lang="de">`: German, with 24-hour times. */
export const German: Story = { name: 'Deutsch (German)', tags: ['state:history'], decorators: [inPage('de')] };

/** `<div lang="fr-CA">`: a region falls back to its language, French. */
export const French: Story = { name: 'Français (French, from fr-CA)', tags: ['state:history'], decorators: [inPage('fr-CA')] };

/** `<div lang="es-PE">`: Peruvian Spanish falls back to Spanish; dates stay Peruvian. */
export const Spanish: Story = { name: 'Español (Spanish, from es-PE)', tags: ['state:history'], decorators: [inPage('es-PE')] };

/** `<div lang="nl">`: Dutch. */
export const Dutch: Story = { name: 'Nederlands (Dutch)', tags: ['state:history'], decorators: [inPage('nl')] };

/** `<div lang="ar" dir="rtl">`: Arabic, right to left, with its own digits and all six plural forms. */
export const Arabic: Story = {
  name: 'العربية (Arabic, right to left)',
  tags: ['state:history'],
  decorators: [inPage('ar', 'rtl')],
};

/** `<div lang="en" dir="rtl">`: English words in a right-to-left page; the layout mirrors. */
export const RightToLeft: Story = {
  name: 'Right to left (English words)',
  tags: ['state:history'],
  decorators: [inPage('en', 'rtl')],
};

/**
 * A page with `color-scheme: dark`: the element's built-in dark palette
 * (every colour a `light-dark()` pair), without any custom property.
 */
export const Dark: Story = {
  name: 'Dark colour scheme',
  tags: ['state:history'],
  decorators: [
    (story) =>
      html`<div style="color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem">${story()}</div>`,
  ],
};

/**
 * Forced colours (Windows High Contrast) cannot be switched on from a story:
 * in Chromium, open DevTools › Rendering › "Emulate CSS media feature
 * forced-colors: active". Badges then keep their tone as a border (danger
 * double, warning dashed) and tooltips get an outline. The tests emulate it
 * (test/element/color-scheme.test.ts).
 */
export const ForcedColours: Story = {
  name: 'Forced colours (emulate in DevTools)',
  tags: ['state:history'],
  decorators: [
    (story) =>
      html`<p>
          To review: DevTools › Rendering › Emulate CSS media feature <code>forced-colors: active</code>.
        </p>
        ${story()}`,
  ],
};
