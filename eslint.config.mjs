/**
 * ESLint flat config. TypeScript in src/ and test/ is linted with type
 * information (typescript-eslint's project service finds tsconfig.json for
 * src/, test/tsconfig.json for test/ and the one in each example's folder
 * for examples/); every other file, JS or TS, is
 * linted without it (typescript-eslint's disableTypeChecked): the nearest
 * tsconfig.json, which the project service would use, does not include it.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import globals from 'globals';

const TYPED = ['src/**/*.ts', 'test/**/*.ts', 'examples/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'coverage/**',
      '.cache/**',
      'custom-elements.json',
      '**/*.d.ts',
      '**/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // chai's `expect(x).to.be.true` style assertions are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `items[0]!` is a harmless habit in tests (tsconfig has no noUncheckedIndexedAccess).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Fakes (`fetcher: async () => body`) and spies on methods are normal in tests.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for
      // `.dom.to.equal`); plain `expect(x).to.equal(y)` is synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: ['equal', 'equals', 'eq', 'Equal'] }] },
      ],
    },
  },
  {
    // DOM-free tests on Node's own runner, whose test() and describe() return
    // promises the runner itself awaits.
    files: ['test/node/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // Scripts, configs and any TS file outside src/ and test/: no type information.
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: TYPED,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // These run in the browser, or (scripts/) hand functions to page.evaluate().
    files: ['.storybook/**', 'stories/**', 'demo/**', 'bench/**', 'scripts/**'],
    ignores: TYPED,
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
