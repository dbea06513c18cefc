import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { InvoiceCommunications } from '../src/api.js';
import { fixtureHandler } from '../stories/handlers.js';
import { apiArgTypes } from './manifest.js';

// Registered by a call, not by importing src/index.ts for its side effect:
// package.json "sideEffects" names only dist/ files, so the static build
// would drop a bare `import '../src/index.js'` (and the element with it).
InvoiceCommunications.define();

// Autodocs tables (attributes, properties, events, slots, parts, custom
// properties) come from the same JSDoc as the package, via custom-elements.json.
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [
    // Mock Service Worker answers the element's real fetches in the browser.
    mswLoader(async () => {
      const { setupWorker } = await import('msw/browser');
      const worker = setupWorker();
      await worker.start({
        quiet: true,
        // Relative, so the static build also works when hosted under a sub-path.
        serviceWorker: { url: './mockServiceWorker.js' },
        onUnhandledRequest(request, print) {
          // A story pointing at an endpoint nobody mocks is a mistake: say so loudly.
          if (new URL(request.url).pathname.startsWith('/api/')) print.error();
        },
      });
      return worker;
    }),
  ],
  parameters: {
    // Every story gets the shared endpoint; network stories replace `history`.
    msw: { handlers: { history: fixtureHandler } },
    // axe violations fail the story (and the Storybook test run), not just warn.
    a11y: { test: 'error' },
    docs: { extractArgTypes: (tagName: string) => apiArgTypes(manifest, tagName) },
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: {
        order: ['Invoice communications', ['Docs', 'Statuses', '*', 'Loading and errors', 'Status tooltips']],
      },
    },
  },
};

export default preview;
