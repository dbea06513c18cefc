/**
 * Connect and disconnect 200 times, with a history shown and a tooltip open
 * (and now and then a fetch in flight): afterwards no listener is left on
 * document or window, no timer, interval, animation frame or observer keeps
 * running, and the element still works.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { accessibleName, badgesIn, tooltipOf } from '../helpers/badges.js';
import { withSubject } from '../helpers/histories.js';
import { cleanup, root, view, type IC } from '../helpers/render.js';
import { sleep, until } from '../helpers/wait.js';

const CYCLES = 200;

const AT = '2026-11-20T09:14:02+11:00';
const DATA = {
  sends: [
    {
      id: 's1',
      sentAt: AT,
      recipients: [
        { email: 'a@x.example', type: 'to', events: [{ status: 'delivered', at: AT }, { status: 'open', at: AT }] },
        { email: 'b@x.example', type: 'cc', events: [{ status: 'bounce', at: AT, reason: 'No such user' }] },
      ],
    },
  ],
};

/** Counts what is added to document and window, timers, frames and observers, until restored. */
function instrument() {
  const listeners = new Map<string, number>();
  const keyOf = (target: EventTarget, type: string, options?: boolean | AddEventListenerOptions) =>
    `${target === window ? 'window' : 'document'} ${type} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  const live = new Map<string, Set<unknown>>();
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  proto.addEventListener = function (this: EventTarget, type: string, fn: unknown, options?: boolean | AddEventListenerOptions) {
    if ((this === window || this === document) && fn) {
      const key = keyOf(this, type, options);
      const set = live.get(key) ?? new Set();
      set.add(fn);
      live.set(key, set);
      if (typeof options === 'object' && options?.signal) {
        options.signal.addEventListener('abort', () => set.delete(fn));
      }
      listeners.set(key, (listeners.get(key) ?? 0) + 1);
    }
    return add.call(this, type, fn as EventListener, options);
  } as typeof proto.addEventListener;
  proto.removeEventListener = function (this: EventTarget, type: string, fn: unknown, options?: boolean | EventListenerOptions) {
    if (this === window || this === document) live.get(keyOf(this, type, options))?.delete(fn);
    return remove.call(this, type, fn as EventListener, options);
  } as typeof proto.removeEventListener;

  const timers = new Set<number>();
  const frames = new Set<number>();
  const calls = { timers: 0, frames: 0 };
  const w = window as unknown as Record<string, unknown>;
  const saved = Object.fromEntries(
    ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'ResizeObserver', 'IntersectionObserver', 'MutationObserver'].map((k) => [k, w[k]]),
  );
  // Called on window (a bare call on another object is an "Illegal invocation").
  const real = Object.fromEntries(
    Object.entries(saved).map(([k, f]) => [k, /^[a-z]/.test(k) ? (f as CallableFunction).bind(window) : f]),
  ) as unknown as typeof window;
  w['setTimeout'] = (fn: () => void, ms?: number, ...args: unknown[]) => {
    calls.timers++;
    const id: number = real.setTimeout(() => { timers.delete(id); fn(...(args as [])); }, ms);
    timers.add(id);
    return id;
  };
  w['clearTimeout'] = (id: number) => { timers.delete(id); real.clearTimeout(id); };
  w['setInterval'] = (fn: () => void, ms?: number) => { calls.timers++; const id = real.setInterval(fn, ms); timers.add(id); return id; };
  w['clearInterval'] = (id: number) => { timers.delete(id); real.clearInterval(id); };
  w['requestAnimationFrame'] = (fn: FrameRequestCallback) => {
    calls.frames++;
    const id: number = real.requestAnimationFrame((t) => { frames.delete(id); fn(t); });
    frames.add(id);
    return id;
  };
  w['cancelAnimationFrame'] = (id: number) => { frames.delete(id); real.cancelAnimationFrame(id); };
  const observing = new Set<unknown>();
  for (const name of ['ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = saved[name] as typeof ResizeObserver;
    w[name] = class extends Original {
      override observe(...args: Parameters<ResizeObserver['observe']>) { observing.add(this); return super.observe(...args); }
      override disconnect() { observing.delete(this); return super.disconnect(); }
    };
  }
  return {
    calls,
    /** How many times each document/window listener was added. */
    added: listeners,
    /** What is still live: listeners on document/window, timers, frames, observers. */
    leftovers() {
      const left = [...live].filter(([, set]) => set.size).map(([key, set]) => `${set.size} listener(s): ${key}`);
      if (timers.size) left.push(`${timers.size} timer(s) pending`);
      if (frames.size) left.push(`${frames.size} animation frame(s) pending`);
      if (observing.size) left.push(`${observing.size} observer(s) still observing`);
      return left;
    },
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
      Object.assign(w, saved);
    },
  };
}

describe('lifecycle', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  it(`connect and disconnect ${CYCLES} times leaves no listener, timer, frame or observer`, async () => {
    const probe = instrument();
    const el = document.createElement('invoice-communications') as IC;
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (let i = 0; i < CYCLES; i++) {
        if (i % 20 === 10) {
          // A fetch in flight (which honours its signal) when the element goes away.
          el.data = undefined;
          el.fetcher = (_url, { signal }) =>
            new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
          el.src = `/inv/${i}`;
          host.append(el);
          await el.updateComplete;
        } else {
          el.data = i % 2 ? DATA : withSubject(`cycle ${i}`);
          host.append(el);
          await el.updateComplete; // the new data's first render (pending)
          await until(() => view(el) === 'history', 'history shown', 2000);
          const badge = badgesIn(root(el))[i % 2];
          badge?.click(); // opens its tooltip (pinned)
          await el.updateComplete;
        }
        el.remove();
      }
      await sleep(300);
      // The tooltips did open: each added its Escape listener (and Floating UI its own).
      const keydowns = [...probe.added].filter(([key]) => key.startsWith('document keydown')).reduce((n, [, c]) => n + c, 0);
      expect(keydowns, [...probe.added].join('; ')).to.be.at.least(CYCLES * 0.8);
      const left = probe.leftovers();
      const callsBefore = { ...probe.calls };
      await sleep(300);
      expect(left, 'left behind').to.deep.equal([]);
      expect(probe.calls, 'nothing scheduled while disconnected').to.deep.equal(callsBefore);
    } finally {
      probe.restore();
      host.remove();
    }
  });

  it(`after ${CYCLES} cycles the element still works: tooltip opens, Escape closes it, Escape then reaches the page`, async () => {
    const el = document.createElement('invoice-communications') as IC;
    el.data = DATA;
    for (let i = 0; i < CYCLES; i++) {
      document.body.append(el);
      await el.updateComplete;
      el.remove();
    }
    document.body.append(el);
    await until(() => view(el) === 'history', 'history shown');
    const badge = badgesIn(root(el)).find((b) => accessibleName(b) === 'Bounce')!;
    badge.click();
    await el.updateComplete;
    const tooltip = tooltipOf(badge);
    await until(() => tooltip.checkVisibility(), 'tooltip open');
    let reachedPage = 0;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && reachedPage++;
    document.addEventListener('keydown', onKey);
    badge.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !tooltip.checkVisibility(), 'tooltip closed');
    expect(reachedPage, 'the first Escape closes the tooltip only').to.equal(0);
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', onKey);
    expect(reachedPage, 'with nothing open, Escape reaches the page').to.equal(1);
  });
});
