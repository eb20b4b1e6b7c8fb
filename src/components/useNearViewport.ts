/*
 * Hand-written, kept (review 2026-12 §2.2: "a module-level registry that features/share drives").
 * Print has to build every view, and so reach every instance of this hook, including ones that
 * mount after the call (a view's code fetched late). The platform has no such switch: CSS
 * `content-visibility` defers painting, not React building the map. A context would hold the
 * flag in React instead of in this module, but needs a provider at the app's root (src/app); the
 * registry is one Set and one flag, reset by nothing, and tested (tests/component/
 * useNearViewport.test.tsx). Share's Print calls `revealAllViews`; the browser's own print command
 * comes through `beforeprint`.
 */
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const revealers = new Set<() => void>();
let allRevealed = false;

/**
 * Builds every view now, near the screen or not: printing shows the whole page. The Print button
 * calls it and waits for the views; a browser's own print command fires `beforeprint`.
 */
export function revealAllViews(): void {
  allRevealed = true;
  flushSync(() => {
    for (const reveal of revealers) reveal();
  });
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', revealAllViews);

/**
 * True once the element the returned ref is set on has come within `margin` of the viewport, and
 * true from then on. The map mounts only then: it sits below the chart, off the first screen, and
 * building it is costly. Its text alternative (the description of the map) is rendered all along.
 * Without IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport<T extends Element>(
  margin = '300px',
): [(element: T | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(
    () => allRevealed || typeof IntersectionObserver === 'undefined',
  );
  useEffect(function revealWithTheOthers() {
    const reveal = () => setNear(true);
    revealers.add(reveal);
    return () => void revealers.delete(reveal);
  }, []);
  const ref = useCallback(
    (element: T | null) => {
      if (!element || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer.disconnect();
            setNear(true);
          }
        },
        { rootMargin: margin },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [near, margin],
  );
  return [ref, near];
}
