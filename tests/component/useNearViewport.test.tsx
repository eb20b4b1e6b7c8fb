// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealAllViews, useNearViewport } from '@/components/useNearViewport';

/** An IntersectionObserver the test drives: `report` says whether the element is near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  disconnected = false;
  readonly margin: string | undefined;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.margin = options?.rootMargin;
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(isIntersecting: boolean) {
    const entry = { isIntersecting } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

function Lazy() {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  return near ? <p>the chart</p> : <div ref={ref}>placeholder</div>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('useNearViewport', () => {
  it('keeps the placeholder until the element comes near, then mounts for good', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Lazy />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    const observer = FakeObserver.last;
    expect(observer?.margin).toBe('300px');
    act(() => observer?.report(false));
    expect(screen.queryByText('the chart')).toBeNull();
    act(() => observer?.report(true));
    expect(screen.getByText('the chart')).toBeInTheDocument();
    expect(observer?.disconnected).toBe(true);
  });

  it('mounts at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Lazy />);
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });

  // Last: once every view is revealed, later ones start revealed too (as after printing).
  it('builds every view at once before printing, near the screen or not', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(<Lazy />);
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    act(() => window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('the chart')).toBeInTheDocument();
    act(() => revealAllViews());
    expect(screen.getAllByText('the chart')).toHaveLength(1);
  });
});
