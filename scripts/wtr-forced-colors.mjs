/**
 * A web-test-runner command, `forced-colors`, that turns Chromium's
 * `forced-colors: active` emulation on (payload `true`) or off. Puppeteer's
 * emulateMediaFeatures does not accept that feature, so it goes to the
 * DevTools protocol directly. Other browsers answer `false`: the test skips.
 */
export function forcedColorsPlugin() {
  // Emulation lasts as long as its DevTools session: one per test page, kept open.
  const sessions = new Map();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || !session.browser.name?.toLowerCase().includes('chrom')) return false;
      if (!sessions.has(session.id)) sessions.set(session.id, await page.createCDPSession());
      await sessions.get(session.id).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload === true ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
