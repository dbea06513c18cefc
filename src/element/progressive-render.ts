/**
 * Renders a long list progressively: the first FIRST_CHUNK items at once, the
 * rest a chunk per animation frame, each chunk sized to take about
 * FRAME_BUDGET_MS. A huge history shows its newest sends immediately and the
 * page stays responsive while the rest arrives.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Items rendered in the first frame. The template marks the sends after them, which skip layout while off-screen. */
export const FIRST_CHUNK = 10;
const FRAME_BUDGET_MS = 40;
const MIN_CHUNK = 5;
const MAX_CHUNK = 500;

export class ProgressiveRender implements ReactiveController {
  #host: ReactiveControllerHost;
  #count = FIRST_CHUNK;
  #chunk = FIRST_CHUNK;
  #total = 0;
  #frame = 0;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** How many of `total` items to render in this update. Call it from `render()`. */
  shown(total: number): number {
    this.#total = total;
    return Math.min(this.#count, total);
  }

  /** Renders at least the first `count` items in the next update (the rest still follow a chunk per frame). */
  include(count: number): void {
    this.#count = Math.max(this.#count, count);
  }

  /** Starts again from the first chunk: for another list, not an update of this one. */
  restart(): void {
    this.#count = FIRST_CHUNK;
  }

  hostConnected(): void {
    // Moved in the DOM while rendering: carry on.
    if (this.#count < this.#total) this.#host.requestUpdate();
  }

  // A render that shows no list (loading, error) leaves nothing to continue.
  hostUpdate(): void {
    this.#total = 0;
  }

  hostUpdated(): void {
    if (this.#count >= this.#total || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const started = performance.now();
      this.#count += this.#chunk;
      this.#host.requestUpdate();
      void this.#host.updateComplete.then(() => {
        const took = Math.max(1, performance.now() - started);
        const next = Math.round((this.#chunk * FRAME_BUDGET_MS) / took);
        this.#chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, next));
      });
    });
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}
