import { useSyncExternalStore } from 'react';

/**
 * The outcome of the last restore. A restore reopens the workspace, which remounts every screen (fresh data
 * everywhere), so the message cannot live in the component that asked for the restore: it waits here for the
 * Backups card that mounts afterwards, whichever arrives first - the reply or the remount.
 */
let lines: string[] | null = null;
const listeners = new Set<() => void>();

export function setRestoreNotice(next: string[] | null): void {
  lines = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useRestoreNotice = (): string[] | null => useSyncExternalStore(subscribe, () => lines);
