import { useLayoutEffect, useRef } from 'react';

/**
 * A new place inside the tickets area (another ticket, the next wizard step) starts at its top, as a new page would;
 * the shell only does this when the area changes. Put the returned ref on the place's outermost element.
 */
export function useTopOnChange<T extends HTMLElement = HTMLDivElement>(key: unknown) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [key]);
  return ref;
}
