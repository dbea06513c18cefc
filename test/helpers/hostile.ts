/**
 * Hostile input and what it must never do: payloads that set
 * `window.__pwned` if anything treats them as markup or code, strings of
 * every kind, and checks for markup made from data and for errors that
 * escape to the page.
 */
import { fc } from './properties.js';
import { root, type IC } from './render.js';

/** Payloads that set window.__pwned if anything ever treats them as markup or code. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg onload=window.__pwned=1>",
  '</style><img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '<a href="javascript:window.__pwned=1">x</a>',
  '<!-- -->\u0000<b>bold</b>',
  '<?lit$1234$>',
  'lit$123$',
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200C\u200D\uFEFF',
  'e\u0301\u0301\u0301\u0301 Z\u0335\u0321\u0322\u0327\u0328',
  '\uD800 lone surrogate',
  ' \t\r\n ',
  'x'.repeat(10_000),
  '<img src=x onerror=window.__pwned=1>'.repeat(300),
];

/** Any string: hostile payloads, random Unicode, graphemes, control characters, long ones. */
export const anyString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 20 }) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.constantFrom(...PAYLOADS.filter((p) => p.length < 100), '<', '>', '"', '&amp;', '\u202E'), {
          minLength: 1,
          maxLength: 4,
        })
        .map((parts) => parts.join('')),
    },
  );

/** Tags a history view contains. Anything else (a link, an image, a script…) came from data. */
const ALLOWED_TAGS = new Set([
  'div', 'span', 'p', 'ol', 'ul', 'li', 'section', 'article', 'h2', 'h3', 'h4', 'time', 'button',
  'strong', 'em', 'br', 'slot', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  'dl', 'dt', 'dd', 'header', 'footer', 'small', 'bdi',
]);
/** The page's own scripts (the test runner's), counted before any test ran. */
const SCRIPTS_AT_START = document.querySelectorAll('script').length;

/**
 * What in the shadow root (and document) could only have come from data as
 * markup: unexpected elements (a, img, script, style, iframe, svg, …), `on*`
 * and URL attributes, new scripts, and the flag the payloads set.
 */
export function injectionProblems(el: IC): string[] {
  const problems: string[] = [];
  for (const node of root(el).querySelectorAll('*')) {
    const tag = node.localName;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`unexpected <${tag}>`);
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`attribute ${attr.name} on <${tag}>`);
      if (/^(href|src|srcdoc|action|formaction|xlink:href|background|poster)$/i.test(attr.name)) {
        problems.push(`attribute ${attr.name} on <${tag}>`);
      }
    }
  }
  for (const node of document.querySelectorAll('img, iframe, object, embed, svg')) {
    if (!node.closest('#mocha')) problems.push(`<${node.localName}> in the document`);
  }
  const scripts = document.querySelectorAll('script').length;
  if (scripts > SCRIPTS_AT_START) problems.push(`${scripts - SCRIPTS_AT_START} new <script> in the document`);
  if ((window as unknown as { __pwned?: unknown }).__pwned) problems.push('a payload ran (window.__pwned is set)');
  return problems;
}

/** Records window errors and unhandled rejections until stopped. */
export function watchGlobalErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
