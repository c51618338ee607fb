import { useSyncExternalStore } from 'react';

export const TRAINING_TABS = ['sessions', 'courses', 'certificates', 'matrix', 'plans'] as const;
export type TrainingTab = (typeof TRAINING_TABS)[number];

/**
 * Places in the training area, after the area in the hash:
 * #/training[/courses|/certificates|/matrix|/plans|/session/<id>|/course/<id>/effect|/plan/<id>].
 */
export type TrainingRoute =
  | { kind: 'tab'; tab: TrainingTab }
  | { kind: 'session'; id: number }
  | { kind: 'courseEffect'; id: number }
  | { kind: 'plan'; id: number };

export function parseTrainingRoute(hash: string): TrainingRoute {
  const session = /^#\/training\/session\/([1-9]\d{0,15})$/.exec(hash);
  if (session) return { kind: 'session', id: Number(session[1]) };
  const effect = /^#\/training\/course\/([1-9]\d{0,15})\/effect$/.exec(hash);
  if (effect) return { kind: 'courseEffect', id: Number(effect[1]) };
  const plan = /^#\/training\/plan\/([1-9]\d{0,15})$/.exec(hash);
  if (plan) return { kind: 'plan', id: Number(plan[1]) };
  const tab = /^#\/training\/([a-z]+)/.exec(hash)?.[1];
  return { kind: 'tab', tab: (TRAINING_TABS as readonly string[]).includes(tab ?? '') ? (tab as TrainingTab) : 'sessions' };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

export const useTrainingRoute = (): TrainingRoute => parseTrainingRoute(useSyncExternalStore(subscribe, readHash));

export const trainingTabHref = (tab: TrainingTab): string => (tab === 'sessions' ? '#/training' : `#/training/${tab}`);
export const sessionHref = (id: number): string => `#/training/session/${id}`;
export const courseEffectHref = (id: number): string => `#/training/course/${id}/effect`;
export const planHref = (id: number): string => `#/training/plan/${id}`;
