import { useEffect } from 'react';
import { loadDiplomacyMap } from '@/features/map/MapPanel';
import { loadTensionChart } from '@/features/timeline/TimelinePanel';
import { whenIdle } from '@/hooks/whenIdle';

/**
 * Fetches the map's and the chart's code once the page is idle. They are built when they come
 * near the screen (on a phone they start below it), and their code is then ready. A failed fetch
 * is not reported here: the view that needs the code says so when it mounts.
 */
export function usePrefetchViews() {
  useEffect(function fetchViewsWhenIdle() {
    const ignore = () => {};
    return whenIdle(() => {
      loadDiplomacyMap().catch(ignore);
      loadTensionChart().catch(ignore);
    });
  }, []);
}
