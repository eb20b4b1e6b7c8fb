import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ImageCaption } from './picture';

/**
 * What each view can picture, and in which formats: each view draws its own picture (it alone
 * knows its library's markup), with the caption it is handed.
 */
export interface ViewExporters {
  timeline: (format: 'png' | 'svg', caption: ImageCaption) => Promise<Blob>;
  map: (format: 'png', caption: ImageCaption) => Promise<Blob>;
}

export type ViewName = keyof ViewExporters;

/** The views' exporters, as share (or print) asks for them. */
export interface Exporters {
  /** The view's exporter while the view is drawn; undefined while it is not. */
  get<V extends ViewName>(view: V): ViewExporters[V] | undefined;
  /** The view's exporter now, or once the view is drawn; undefined if not within `timeoutMs`. */
  whenReady<V extends ViewName>(view: V, timeoutMs: number): Promise<ViewExporters[V] | undefined>;
}

interface ExporterRegistry extends Exporters {
  /** Registers the view's exporter; the returned function takes it back. */
  register<V extends ViewName>(view: V, exporter: ViewExporters[V]): () => void;
}

/** A registry of the views' exporters, which callers can wait on. */
export function createExporterRegistry(): ExporterRegistry {
  const registered: Partial<ViewExporters> = {};
  const waiting = new Set<() => void>();
  const get = <V extends ViewName>(view: V): ViewExporters[V] | undefined => registered[view];
  return {
    get,
    register(view, exporter) {
      registered[view] = exporter;
      for (const wake of [...waiting]) wake();
      return () => {
        if (registered[view] === exporter) registered[view] = undefined;
      };
    },
    whenReady(view, timeoutMs) {
      const now = get(view);
      if (now) return Promise.resolve(now);
      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          waiting.delete(check);
          resolve(get(view));
        };
        const check = () => {
          if (get(view)) finish();
        };
        const timer = setTimeout(finish, timeoutMs);
        waiting.add(check);
      });
    },
  };
}

const ExportersContext = createContext<ExporterRegistry | null>(null);

/** Where the views hand over their pictures: mounted once, around the views and share. */
export function ExportersProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createExporterRegistry);
  return <ExportersContext.Provider value={registry}>{children}</ExportersContext.Provider>;
}

function useRegistry(hook: string): ExporterRegistry {
  const registry = useContext(ExportersContext);
  if (!registry) throw new Error(`${hook} must be used inside <ExportersProvider>`);
  return registry;
}

/** The views' exporters, to picture a view without knowing how it is drawn. */
export function useExporters(): Exporters {
  return useRegistry('useExporters');
}

/**
 * Hands over the view's exporter while the component is mounted and `exporter` is not null (null
 * while the view is not drawn yet). Keep `exporter` stable (useCallback): a new one is registered
 * in place of the old.
 */
export function useRegisterExporter<V extends ViewName>(
  view: V,
  exporter: ViewExporters[V] | null,
): void {
  const registry = useRegistry('useRegisterExporter');
  useEffect(
    function handOverThePicture() {
      if (!exporter) return undefined;
      return registry.register(view, exporter);
    },
    [registry, view, exporter],
  );
}
