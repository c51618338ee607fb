import { useCallback } from 'react';
import type { WorkspaceInfo } from '../../../shared/schemas/workspace';
import { sessionKey, useWorkspace } from '../app/WorkspaceContext';
import { call } from './client';
import { useResource } from './useResource';

let cached: { key: string; promise: Promise<WorkspaceInfo> } | null = null;

/**
 * workspace.info runs SQLite's full integrity check, which takes seconds on a large file. Nothing in this version
 * changes the counts while a workspace is open, so it is asked once per opening and shared by the views; a
 * failure is not kept, so the next view asks again.
 */
function workspaceInfoOnce(key: string): Promise<WorkspaceInfo> {
  if (cached?.key !== key) {
    const promise = call('workspace.info', {});
    cached = { key, promise };
    promise.catch(() => {
      if (cached?.promise === promise) cached = null;
    });
  }
  return cached.promise;
}

export function useWorkspaceInfo() {
  const key = sessionKey(useWorkspace());
  const load = useCallback(() => workspaceInfoOnce(key), [key]);
  return useResource(load);
}
