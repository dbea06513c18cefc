import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers: every state, every status and every tooltip of
 * <invoice-communications>. Stories live in ../stories; the MSW service worker
 * is served from ./public (regenerate it with `npx msw init .storybook/public`
 * after upgrading msw).
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: ['./public'],
  core: {
    disableTelemetry: true, // no network here, and nothing to report
    disableWhatsNewNotifications: true,
  },
  // The element's class fields need useDefineForClassFields: false (Lit's
  // `static properties`), which Vite's transform reads from ../tsconfig.json;
  // the smoke test checks the element upgrades and updates.
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The renderer imports lit/directive-helpers.js, which Vite would serve
      // unbundled in dev: a second lit-html ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own chunks are big; that warning is not about this package.
      build: { chunkSizeWarningLimit: 2048 },
    });
  },
};

export default config;
