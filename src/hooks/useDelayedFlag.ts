import { useEffect, useState } from 'react';

/**
 * True once `on` has stayed true for `afterMs`; false again as soon as it turns false. For a word
 * that only a long wait deserves ("this is taking long"), never flashed on a short one.
 */
export function useDelayedFlag(on: boolean, afterMs: number): boolean {
  const [raised, setRaised] = useState(false);
  useEffect(
    function raiseAfterDelay() {
      if (!on) return undefined;
      const timer = setTimeout(() => setRaised(true), afterMs);
      return function lowerFlag() {
        clearTimeout(timer);
        setRaised(false);
      };
    },
    [on, afterMs],
  );
  return raised;
}
