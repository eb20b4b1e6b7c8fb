import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface StickyWhenFitsProps {
  className: string;
  children: ReactNode;
}

/**
 * A box that may stay on screen while the page scrolls beside it (its CSS makes it sticky where
 * `data-fits` is true): only while it fits on the screen whole, so that a part of it is never
 * out of reach. Measured when it or the window changes size.
 */
export function StickyWhenFits({ className, children }: StickyWhenFitsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [fits, setFits] = useState(false);
  useEffect(function measureAgainstTheScreen() {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // A margin for the offset it sticks at and a little air below.
    const measure = () => setFits(element.offsetHeight <= window.innerHeight - 32);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return (
    <div ref={ref} className={className} data-fits={fits}>
      {children}
    </div>
  );
}
