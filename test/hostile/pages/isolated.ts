/**
 * Runs one <invoice-communications> in a frame of another site (127.0.0.1 vs
 * localhost), which browsers put in another process: if the element blocks
 * its main thread, the test page's timers still run and it can fail in time.
 * Posts {view, ms, sends} to the parent when the element settles.
 */
import '../../../src/index.js';
import type { InvoiceCommunications } from '../../../src/index.js';

const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '';
const block = Number(params.get('block') ?? 0);
if (block > 0) {
  // The probe: tell the parent, then hold this thread. A parent in the same process stalls too.
  parent.postMessage({ type: 'isolated-blocking' }, '*');
  setTimeout(() => {
    const until = performance.now() + block;
    while (performance.now() < until) {
      // busy
    }
  }, 50);
}
const el = document.createElement('invoice-communications') as InvoiceCommunications;
const started = performance.now();

function report(view: string) {
  const sends = el.shadowRoot?.querySelectorAll('[part~="send"]').length ?? 0;
  parent.postMessage({ type: 'isolated-result', view, ms: Math.round(performance.now() - started), sends }, '*');
}

el.addEventListener('ic-load', () => void el.updateComplete.then(() => requestAnimationFrame(() => report('history'))));
el.addEventListener('ic-error', () => void el.updateComplete.then(() => report('error')));
if (src) {
  el.src = src;
  document.body.append(el);
}
