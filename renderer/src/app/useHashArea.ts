import { useSyncExternalStore } from 'react';
import { AREAS, type Area } from '../../../shared/domain/enums';

/**
 * The area lives in the URL hash (#/tickets), so a reload, or the browser's back button, lands on the same area.
 * Unknown or empty hashes mean the dashboard.
 */
const isArea = (value: string | undefined): value is Area =>
  value !== undefined && (AREAS as readonly string[]).includes(value);

function readArea(): Area {
  const match = /^#\/([a-z]+)/.exec(window.location.hash);
  const name = match?.[1];
  return isArea(name) ? name : 'dashboard';
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export const useHashArea = (): Area => useSyncExternalStore(subscribeToHash, readArea);

export const areaHref = (area: Area): string => `#/${area}`;

/** Leaving the shell: drop the area from the URL without adding a history entry. */
export function clearAreaHash(): void {
  if (window.location.hash)
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
