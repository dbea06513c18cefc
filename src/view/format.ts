/**
 * Lit-side helpers for words: catalogue text whose values come from the
 * endpoint, with each value bidi-isolated, and machine-readable times.
 */
import { html } from 'lit';
import type { Text, Values } from '../i18n/text.js';

/**
 * `template` filled for display: each `{name}` value in its own `<bdi>`, so
 * an Arabic name in an English sentence (or the reverse) never reorders the
 * words around it.
 */
export function fillIsolated(text: Text, template: string, values: Values): unknown[] {
  // split() with a capture group: text at even places, placeholder names at odd ones.
  return template.split(/\{(\w+)\}/).map((piece, i) => {
    const value = i % 2 ? values[piece] : undefined;
    if (value === undefined) return i % 2 ? `{${piece}}` : piece;
    return html`<bdi>${typeof value === 'number' ? text.number(value) : value}</bdi>`;
  });
}

/** The machine-readable form for `<time datetime>`. */
export const toIsoString = (instant: number): string => new Date(instant).toISOString();
