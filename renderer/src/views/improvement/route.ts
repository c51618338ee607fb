import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The part of the hash after the area: '#/pdca/12' → ['12']; the area itself comes from useHashArea. */
export function useSubPath(): string[] {
  const hash = useSyncExternalStore(subscribe, readHash);
  return hash.replace(/^#\/?/, '').split('/').slice(1).filter(Boolean);
}

export const go = (path: string) => {
  window.location.hash = `#/${path}`;
};

/** A record id from the path, or null. */
export const idFrom = (segment: string | undefined): number | null =>
  segment && /^\d{1,12}$/.test(segment) ? Number(segment) : null;
