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
  return fillParts(template, (name) => {
    const value = values[name];
    return value === undefined ? undefined : html`<bdi>${typeof value === 'number' ? text.number(value) : value}</bdi>`;
  });
}

/** `template` split at its `{name}`s, each replaced by what `part(name)` renders (kept as is when `undefined`). */
export function fillParts(template: string, part: (name: string) => unknown): unknown[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : (part(piece) ?? `{${piece}}`)));
}

/** The machine-readable form for `<time datetime>`. */
export const toIsoString = (instant: number): string => new Date(instant).toISOString();
