import { createContext, useContext } from 'react';
import type { WorkspaceSummary } from '../../../shared/schemas/workspace';

/** The open workspace, for views inside the shell. */
export const WorkspaceContext = createContext<WorkspaceSummary | null>(null);

export function useWorkspace(): WorkspaceSummary {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace() outside the shell');
  return workspace;
}

/** Identifies one opening of a workspace: reopening the same file is a new session. */
export const sessionKey = (workspace: WorkspaceSummary): string => `${workspace.openedAt}:${workspace.path}`;
