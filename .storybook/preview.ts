import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
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

/**
 * The toolbar's language, direction and colour scheme are the page's, as a
 * host page would set them: `lang` and `dir` on <html> (the element finds
 * them itself) and `color-scheme` on the root, with the page's own canvas.
 * A story's `locale` arg, or a wrapper with its own `lang`, still wins.
 */
const pageSettings: Decorator = (story, { globals }) => {
  const root = document.documentElement;
  root.lang = String(globals['language'] || 'en-AU');
  if (globals['direction']) root.dir = String(globals['direction']);
  else root.removeAttribute('dir');
  root.style.colorScheme = String(globals['scheme'] || 'light');
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
  return story();
};

const preview: Preview = {
  globalTypes: {
    language: {
      description: "The page's language (<html lang>)",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en-AU', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'ar', title: 'العربية' },
        ],
      },
    },
    direction: {
      description: "The page's direction (<html dir>)",
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: '', title: "The language's direction" },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
    scheme: {
      description: "The page's color-scheme",
      toolbar: {
        title: 'Colour scheme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  initialGlobals: { language: 'en-AU', direction: '', scheme: 'light' },
  decorators: [pageSettings],
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
