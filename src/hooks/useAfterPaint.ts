import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, one painted frame late. The dashboard's views render from this, so that the frame
 * after an input shows the input's answer (the status line, the views dimmed as updating) before
 * any of the views' work starts, however large the data. The views' render then runs as a
 * transition, which a newer input interrupts.
 *
 * Unlike `useDeferredValue`, whose render may start before the browser paints, and then holds
 * that frame for as long as its longest step (hundreds of milliseconds at 100,000 events).
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(
    function showAfterNextPaint() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const show = () => {
        // A timeout set in a frame callback runs once that frame is painted.
        timer = setTimeout(() => startTransition(() => setShown(value)), 0);
      };
      if (typeof requestAnimationFrame !== 'function') {
        show();
        return () => clearTimeout(timer);
      }
      const frame = requestAnimationFrame(show);
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    },
    [value],
  );
  return shown;
}
