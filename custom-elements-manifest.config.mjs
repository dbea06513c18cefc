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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // The check writes to a temporary folder; never point package.json there.
  packagejson: false,
  plugins: [publicApiOnly()],
};
