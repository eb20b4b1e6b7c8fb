import { Suspense, type ReactNode } from 'react';
import { useNearViewport } from './useNearViewport';

/**
 * Renders `children` once this place on the page comes near the screen (see useNearViewport),
 * in Suspense for their lazily loaded code; `placeholder` stands in until then.
 */
export function WhenNearScreen({
  placeholder,
  children,
}: {
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  if (!near) return <div ref={ref}>{placeholder}</div>;
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
