/**
 * Hostile strings for the property tests: markup, script and template
 * payloads that set `window.__pwned` if anything ever treats them as code,
 * bidi and zero-width characters, combining marks, lone surrogates and long
 * strings.
 */
import fc from 'fast-check';

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
