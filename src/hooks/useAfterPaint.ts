import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, one painted frame late when `defer` is true; at once otherwise. The dashboard's views
 * render from this: when their work is large, the frame after an input shows the input's answer
 * (the status line, the views dimmed as updating) before any of the views' work starts, and the
 * views' render then runs as a transition, which a newer input interrupts. When their work fits
 * in a frame, waiting a frame (and dimming meanwhile) would only make the answer later: the views
 * then render in the input's own frame.
 *
 * Unlike `useDeferredValue`, whose render may start before the browser paints, and then holds
 * that frame for as long as its longest step (hundreds of milliseconds at 100,000 events).
 */
export function useAfterPaint<T>(value: T, defer = true): T {
  const [shown, setShown] = useState(value);
  // Kept in step during the render (React re-renders at once, before committing), so that a
  // later deferred change starts from this value, not from an older one.
  if (!defer && shown !== value) setShown(value);
  useEffect(
    function showAfterNextPaint() {
      if (!defer) return undefined;
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
    [value, defer],
  );
  return defer ? shown : value;
}
