/**
 * Loaded on every test page, in every browser, by `testRunnerHtml` in
 * web-test-runner.config.mjs (after the test framework, before any test file).
 *
 * Fails the running test when Lit prints a dev-mode warning other than the
 * dev-mode notice itself ("Lit is in dev mode…"). Lit's warnings all end in
 * "See https://lit.dev/msg/<code> for more information", so the code names the
 * warning. A warning printed while a test file loads (a class definition) fails
 * the first test; one printed after the last test fails the "after all" hook,
 * as does a page whose Lit is not its development build (which warns of
 * nothing, so this guard would see nothing).
 */
const LIT_WARNING = /lit\.dev\/msg\/([\w-]+)/;
const ALLOWED = new Set(['dev-mode']);

function textOf(args: unknown[]): string {
  return args
    .map((arg) => {
      try {
        return typeof arg === 'string' ? arg : String(arg);
      } catch {
        return '[unprintable]';
      }
    })
    .join(' ');
}

/** Warnings seen since the last check, not yet reported. */
const pending: string[] = [];
const take = () => pending.splice(0);

const originalWarn = console.warn;
console.warn = function warn(this: Console, ...args: unknown[]) {
  const text = textOf(args);
  const code = LIT_WARNING.exec(text)?.[1];
  if (code && !ALLOWED.has(code)) pending.push(text);
  return originalWarn.apply(this, args);
};

const report = (warnings: string[], where: string) =>
  new Error(`Lit dev-mode warning${warnings.length > 1 ? 's' : ''} ${where}:\n${warnings.join('\n')}`);

interface HookContext {
  test?: { error(err: unknown): void };
  currentTest?: { fullTitle(): string };
}
const mochaRoot = (globalThis as unknown as { mocha?: { suite: Mocha.Suite } }).mocha?.suite;
if (!mochaRoot) {
  throw new Error('test/setup/lit-warnings.ts must load after the test framework (see testRunnerHtml)');
}

mochaRoot.afterEach(function failOnLitWarnings(this: Mocha.Context) {
  const warnings = take();
  if (!warnings.length) return;
  const hook = this as unknown as HookContext;
  // Hook#error fails the current test without aborting the rest of the suite.
  hook.test?.error(report(warnings, `during "${hook.currentTest?.fullTitle() ?? 'a test'}"`));
});

mochaRoot.afterAll(function failOnLateLitWarnings() {
  const warnings = take();
  if (warnings.length) throw report(warnings, 'after the last test');
  // Lit's development build records the warnings it issued, the dev-mode notice first.
  const lit = globalThis as unknown as { litElementVersions?: unknown; litIssuedWarnings?: unknown };
  if (lit.litElementVersions && !(lit.litIssuedWarnings instanceof Set)) {
    throw new Error('Lit runs its production build on this page: its dev-mode warnings cannot be seen');
  }
});
