import { useEffect } from 'react';
import { loadDiplomacyMap } from '@/features/map/MapPanel';
import { loadEventDetails } from '@/features/timeline/TimelinePanel';
import { whenIdle } from '@/hooks/whenIdle';

/** What the reader first does on the page that says more of it is wanted than its first screen. */
const FIRST_USE = [
  'scroll',
  'wheel',
  'touchstart',
  'pointerdown',
  'pointermove',
  'keydown',
] as const;

/**
 * Fetches the code of what is not on the first screen (the map, an event's details and how its score
 * is made, which the chart's tooltip shows too) once the reader starts using the page: the first
 * scroll, touch, pointer move, click or key, and then when the browser is next idle. A reader who only looks at the first screen fetches none of it; one who scrolls has the
 * map's code by the time the map comes near (it is built then: useNearViewport). A failed fetch is
 * not reported here: the view that needs the code says so when it mounts.
 */
export function usePrefetchViews() {
  useEffect(function fetchViewsOnFirstUse() {
    const ignore = () => {};
    let cancelIdle: (() => void) | null = null;
    const prefetch = () => {
      stopListening();
      cancelIdle = whenIdle(() => {
        loadDiplomacyMap().catch(ignore);
        loadEventDetails().catch(ignore);
      });
    };
    const options = { capture: true, passive: true } as const;
    const stopListening = () => {
      for (const type of FIRST_USE) window.removeEventListener(type, prefetch, options);
    };
    for (const type of FIRST_USE) window.addEventListener(type, prefetch, options);
    return () => {
      stopListening();
      cancelIdle?.();
    };
  }, []);
}
