// @vitest-environment jsdom
import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ExportersProvider,
  useExporters,
  useRegisterExporter,
  type ViewExporters,
} from './ExportersProvider';

const png = new Blob(['png'], { type: 'image/png' });
const timeline: ViewExporters['timeline'] = () => Promise.resolve(png);

/** A view that hands over its picture while mounted, once it is drawn. */
function Timeline({ drawn = true }: { drawn?: boolean }) {
  useRegisterExporter('timeline', drawn ? timeline : null);
  return null;
}

/** Renders views beside a reader of the exporters (as share is one); `show` changes the views. */
function renderWithViews(initial: ReactNode) {
  let views = initial;
  const reader = renderHook(() => useExporters(), {
    wrapper: ({ children }) => (
      <ExportersProvider>
        {views}
        {children}
      </ExportersProvider>
    ),
  });
  return {
    exporters: reader.result.current,
    show(next: ReactNode) {
      views = next;
      reader.rerender();
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('exporters', () => {
  it('has the view’s exporter while the view is drawn, and none before or after', () => {
    const { exporters, show } = renderWithViews(<Timeline drawn={false} />);
    expect(exporters.get('timeline')).toBeUndefined();
    show(<Timeline />);
    expect(exporters.get('timeline')).toBe(timeline);
    expect(exporters.get('map')).toBeUndefined();
    show(null);
    expect(exporters.get('timeline')).toBeUndefined();
  });

  it('waits for a view that is built later, or gives up after the time allowed', async () => {
    vi.useFakeTimers();
    const { exporters, show } = renderWithViews(null);
    const timelineReady = exporters.whenReady('timeline', 5000);
    const mapReady = exporters.whenReady('map', 5000);
    show(<Timeline />);
    await expect(timelineReady).resolves.toBe(timeline);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    await expect(mapReady).resolves.toBeUndefined();
  });

  it('says where it must be used, outside its provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useExporters())).toThrow(
      'useExporters must be used inside <ExportersProvider>',
    );
    expect(() => render(<Timeline />)).toThrow(
      'useRegisterExporter must be used inside <ExportersProvider>',
    );
  });
});
