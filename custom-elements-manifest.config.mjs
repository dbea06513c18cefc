/**
 * @custom-elements-manifest/analyzer config (`npm run analyze`; checked by
 * `npm run manifest:check`). The manifest documents the public API only: the
 * analyzer already drops members tagged `@internal` or `@ignore`; the plugin
 * below drops TypeScript `private`/`protected` members and `#private` fields,
 * which it would otherwise list (and Storybook would show in its docs table).
 */

const HIDDEN_PRIVACY = new Set(['private', 'protected']);

const isHidden = (member) => HIDDEN_PRIVACY.has(member.privacy) || member.name?.startsWith('#');

/** Removes non-public members from every class and mixin in the manifest. */
export function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!Array.isArray(declaration.members)) continue;
          const hidden = new Set(declaration.members.filter(isHidden).map((member) => member.name));
          declaration.members = declaration.members.filter((member) => !isHidden(member));
          if (Array.isArray(declaration.attributes)) {
            // An attribute stays (it is public HTML) but must not point at a hidden field.
            for (const attribute of declaration.attributes) {
              if (hidden.has(attribute.fieldName)) delete attribute.fieldName;
            }
          }
        }
      }
    },
  };
}

/**
 * Modules in path order. The analyzer lists them in the order the file system
 * yields them, which differs between a working tree and a fresh clone, and
 * then the committed manifest looks stale on a clean checkout.
 */
export function modulesInPathOrder() {
  return {
    name: 'modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The adapters are plain functions with their own guide (docs/adapters.md), not the element's API.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts', 'src/adapters/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly(), modulesInPathOrder()],
};
