import { useCallback, useSyncExternalStore } from 'react';
import type { Programme, Wave } from '../../../../shared/schemas/mystery';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';

/** The wave the manager looks at, kept across the area's tabs and the visit page for this window. */
const KEY = 'qm.mystery.wave';
const listeners = new Set<() => void>();
const readChosen = (): number | null => {
  const n = Number(window.sessionStorage.getItem(KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
};
export function chooseWave(id: number): void {
  window.sessionStorage.setItem(KEY, String(id));
  listeners.forEach((l) => l());
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

const loadProgrammes = () => call('mystery.programmes.list', {});

export interface WaveChoice {
  programmes: Programme[];
  programme: Programme | null;
  wave: Wave | null;
}

/** Programmes, and the chosen wave (default: the newest wave of the first programme). */
export function useWave() {
  const programmes = useResource(loadProgrammes);
  const chosen = useSyncExternalStore(subscribe, readChosen);
  const pick = useCallback((list: Programme[]): WaveChoice => {
    const all = list.flatMap((p) => p.waves.map((w) => ({ p, w })));
    const hit = all.find((x) => x.w.id === chosen) ?? (list[0] ? { p: list[0], w: list[0].waves.at(-1) ?? null } : null);
    return { programmes: list, programme: hit?.p ?? null, wave: hit?.w ?? null };
  }, [chosen]);
  return { programmes, choice: programmes.status === 'ready' ? pick(programmes.data) : null };
}
