import { useSyncExternalStore } from 'react';

export const MYSTERY_TABS = ['league', 'visits', 'analysis', 'setup'] as const;
export type MysteryTab = (typeof MYSTERY_TABS)[number];

/** Places after the area in the hash: #/mystery[/visits|/analysis|/setup|/visit/<id>|/visit/new]. */
export type MysteryRoute = { kind: 'tab'; tab: MysteryTab } | { kind: 'visit'; id: number | null };

export function parseMysteryRoute(hash: string): MysteryRoute {
  const visit = /^#\/mystery\/visit\/(new|[1-9]\d{0,15})$/.exec(hash);
  if (visit) return { kind: 'visit', id: visit[1] === 'new' ? null : Number(visit[1]) };
  const tab = /^#\/mystery\/([a-z]+)$/.exec(hash)?.[1];
  return { kind: 'tab', tab: (MYSTERY_TABS as readonly string[]).includes(tab ?? '') ? (tab as MysteryTab) : 'league' };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

export const useMysteryRoute = (): MysteryRoute => parseMysteryRoute(useSyncExternalStore(subscribe, readHash));

export const mysteryTabHref = (tab: MysteryTab): string => (tab === 'league' ? '#/mystery' : `#/mystery/${tab}`);
export const visitHref = (id: number | null): string => `#/mystery/visit/${id ?? 'new'}`;
