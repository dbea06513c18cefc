#!/usr/bin/env node
/**
 * Writes the README's API tables (attributes, properties, methods, events,
 * slots, CSS parts, CSS custom properties) from custom-elements.json, which
 * `npm run analyze` generates from the element's JSDoc. The tables live
 * between `<!-- api:start -->` and `<!-- api:end -->`; nothing else changes.
 *
 *   node scripts/readme-api.mjs           rewrite the tables
 *   node scripts/readme-api.mjs --check   fail if the README is out of date;
 *                                         writes .cache/test-results/readme.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { record } from './results.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = `${root}README.md`;
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

function report(ok, message) {
  (ok ? console.log : console.error)(`readme: ${message}`);
  process.exit(check ? record('readme', ok ? 1 : 0, ok ? 0 : 1) : ok ? 0 : 1);
}

/** Markdown table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text).replace(/`/g, '')}\``);

function table(headers, rows) {
  if (!rows.length) return '_None._\n';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

function signature(method) {
  const params = (method.parameters ?? []).map((p) => {
    const type = p.type?.text ? `: ${p.type.text}` : '';
    const value = p.default !== undefined ? ` = ${p.default}` : p.optional ? '?' : '';
    return `${p.name}${type}${value}`;
  });
  const result = method.return?.type?.text ? `: ${method.return.type.text}` : '';
  return `${method.static ? 'static ' : ''}${method.name}(${params.join(', ')})${result}`;
}

/** The one custom element declared in the manifest (which lists the public API only). */
export function customElement(manifest) {
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement));
  if (elements.length !== 1) throw new Error(`expected one custom element in the manifest, found ${elements.length}`);
  return elements[0];
}

export function apiMarkdown(manifest) {
  const el = customElement(manifest);
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  const methods = (el.members ?? []).filter((m) => m.kind === 'method');
  const heading = (title) => `### ${title}\n\n`;
  return [
    `<!-- Generated from custom-elements.json by scripts/readme-api.mjs: edit the JSDoc in src/, then run \`npm run analyze && npm run readme:api\`. -->\n\n`,
    heading('Attributes'),
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (el.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    ),
    '\n',
    heading('Properties'),
    table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        code(f.name),
        f.attribute ? `${code(f.attribute)}${f.reflects ? ' (reflects)' : ''}` : '',
        code(f.type?.text),
        code(f.default),
        cell(`${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`),
      ]),
    ),
    '\n',
    heading('Methods'),
    table(['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)])),
    '\n',
    heading('Events'),
    table(
      ['Event', 'Type', 'Description'],
      (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    '\n',
    heading('Slots'),
    table(['Slot', 'Description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    '\n',
    heading('CSS parts'),
    table(['Part', 'Description'], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    '\n',
    heading('CSS custom properties'),
    table(
      ['Property', 'Default', 'Description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ].join('');
}

function main() {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) report(false, `README.md has no ${START} … ${END} block`);
  const next = `${readme.slice(0, start + START.length)}\n${apiMarkdown(manifest)}${readme.slice(end)}`;
  if (next === readme) report(true, 'the API tables match custom-elements.json');
  if (check) {
    report(false, 'the API tables in README.md differ from custom-elements.json: run `npm run readme:api`');
  }
  writeFileSync(README, next);
  report(true, 'rewrote the API tables in README.md from custom-elements.json');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
