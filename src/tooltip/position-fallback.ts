/**
 * Tooltip placement for browsers without CSS anchor positioning, with Floating
 * UI: above the badge, flipped below or shifted to stay in the viewport, and
 * never taller than the room there is. Loaded on first use, so browsers with
 * anchor positioning never download it or Floating UI.
 */
import { autoUpdate, computePosition, flip, shift, size } from '@floating-ui/dom';

/**
 * Keeps `tooltip` next to `badge` until the returned function is called;
 * `placed` runs after each move.
 */
export function followBadge(badge: HTMLElement, tooltip: HTMLElement, placed: () => void): () => void {
  const padding = 4;
  let stopped = false;
  const place = async () => {
    const { x, y } = await computePosition(badge, tooltip, {
      strategy: 'fixed',
      placement: 'top',
      middleware: [
        flip({ padding }),
        shift({ padding }),
        size({
          padding,
          apply({ availableHeight }) {
            tooltip.style.maxHeight = `${Math.max(96, availableHeight)}px`;
          },
        }),
      ],
    });
    // A position computed before the tooltip closed is not applied.
    if (stopped) return;
    Object.assign(tooltip.style, { left: `${x}px`, top: `${y}px` });
    placed();
  };
  const stop = autoUpdate(badge, tooltip, () => void place());
  return () => {
    stopped = true;
    stop();
  };
}
