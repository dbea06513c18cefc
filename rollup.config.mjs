/**
 * `npm run build`:
 *
 * 1. dist/**: ES modules mirroring src/ (preserveModules) with .d.ts,
 *    declaration maps and source maps. lit, @lit/task and @floating-ui/dom
 *    stay bare imports, so the host's bundler dedupes them and picks Lit's
 *    development or production build by its own export conditions.
 * 2. dist/invoice-communications.bundle.js: one minified file with everything
 *    in it (registers the element), for a plain <script type="module"> from a
 *    CDN or a host without a bundler. Resolved with the `production` export
 *    condition, so Lit's dev mode (warnings, extra checks) is not shipped.
 *
 * Set BUILD=modules or BUILD=bundle to build one of the two. scripts/size.mjs
 * measures with `standalone()`. @rollup/plugin-typescript needs tslib
 * installed (its peer dependency) for the bundle, though no helper is emitted.
 */
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const root = (path) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(root('./package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const only = process.env.BUILD;

const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} */`;

// Shrinks the text of Lit's html`` and css`` templates in src/, which terser leaves alone. A
// template it cannot parse fails the build rather than ship unminified.
const minifyTemplates = () => minifyHtmlLiterals({ include: [root('./src/**')], failOnError: true });

/** Empties dist/ before the modules build, so no stale file is packed. */
const clean = () => ({
  name: 'clean',
  buildStart: () => rmSync(root('./dist'), { recursive: true, force: true }),
});

/** Ships hand-written declaration files from src/ (e.g. src/react.d.ts) as they are. */
function copyDeclarations(files) {
  return {
    name: 'copy-declarations',
    generateBundle() {
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(root(`./src/${file}`), 'utf8') });
      }
    },
  };
}

/** @type {import('rollup').RollupOptions} */
const modules = {
  input: {
    index: root('./src/index.ts'),
    api: root('./src/api.ts'),
    'adapters/index': root('./src/adapters/index.ts'),
    define: root('./src/define.ts'),
  },
  external: isDependency,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [
    clean(),
    typescript({
      tsconfig: root('./tsconfig.json'),
      outDir: 'dist',
      declaration: true,
      declarationMap: true,
      sourceMap: true,
      inlineSources: true,
      noEmitOnError: true,
    }),
    minifyTemplates(),
    copyDeclarations(['react.d.ts']),
  ],
};

/**
 * The standalone bundle's options. `external` (a test on import ids) keeps
 * dependencies out: scripts/size.mjs measures the element's own code that way.
 * @param {{ external?: (id: string) => boolean }} [options]
 * @returns {import('rollup').RollupOptions}
 */
export function standalone({ external } = {}) {
  return {
    input: root('./src/index.ts'),
    external,
    output: {
      dir: 'dist',
      entryFileNames: 'invoice-communications.bundle.js',
      // Floating UI, loaded only by browsers without CSS anchor positioning.
      chunkFileNames: 'invoice-communications.[name].js',
      format: 'es',
      sourcemap: true,
      banner,
      plugins: [
        terser({
          ecma: 2022,
          module: true,
          compress: { passes: 2 },
          format: { comments: /^!/ },
        }),
      ],
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: root('./tsconfig.json'),
        outDir: 'dist',
        declaration: false,
        declarationMap: false,
        sourceMap: true,
        inlineSources: true,
        noEmitOnError: true,
      }),
      minifyTemplates(),
    ],
  };
}

export { isDependency };

export default [only !== 'bundle' && modules, only !== 'modules' && standalone()].filter(Boolean);
