import type { Exporters, ViewExporters, ViewName } from '@/components/exporters/ExportersProvider';
import { revealAllViews } from '@/components/useNearViewport';

/** How long a view not built yet is waited for: it is built when asked, in a moment. */
const BUILD_WAIT_MS = 5000;

/**
 * The view's exporter. The map and the chart are built only when they come near the screen (or
 * for print): one not built yet is built now, and waited for.
 */
export async function drawnExporter<V extends ViewName>(
  exporters: Exporters,
  view: V,
): Promise<ViewExporters[V] | undefined> {
  const now = exporters.get(view);
  if (now) return now;
  revealAllViews();
  return exporters.whenReady(view, BUILD_WAIT_MS);
}

/** Prints once the map and the chart are built and drawn. */
export async function printWholePage(exporters: Exporters) {
  revealAllViews();
  await Promise.all([
    exporters.whenReady('map', BUILD_WAIT_MS),
    exporters.whenReady('timeline', BUILD_WAIT_MS),
  ]);
  // One more frame, so that what was just built has drawn its marks. (Not picture.ts's
  // nextFrame: the pictures' code stays in the views' chunks.)
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.print();
}
