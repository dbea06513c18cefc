/**
 * A rollup plugin that shrinks the text of Lit's css`` and html`` templates,
 * which terser leaves alone: CSS loses comments and needless whitespace,
 * HTML has each run of whitespace that holds a line break collapsed to one
 * space (never removed, so inline text keeps its spaces). Runs after the
 * TypeScript plugin; source maps stay exact (magic-string).
 *
 * Conservative on purpose: nothing is touched inside `${…}` expressions, a
 * space next to an expression stays, and a CSS space before `:` is kept
 * (`.a :hover` differs from `.a:hover`). CSS strings are not parsed: a
 * `content: " > "` would lose its spaces (src/ has none).
 */
import MagicString from 'magic-string';

/** @param {string} text */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** @param {string} text */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Calls `visit` on every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  const minifiers = { css: minifyCss, html: minifyHtml };
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || id.includes('/node_modules/')) return null;
      if (!/\b(css|html)\s*`/.test(code)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = Object.hasOwn(minifiers, node.tag.name) ? minifiers[node.tag.name] : null;
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          if (quasi.end <= quasi.start) continue;
          const text = code.slice(quasi.start, quasi.end);
          const small = minify(text);
          if (small === text) continue;
          if (small) out.overwrite(quasi.start, quasi.end, small);
          else out.remove(quasi.start, quasi.end);
        }
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
