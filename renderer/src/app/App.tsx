import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, RecentFile, WorkspaceSummary } from '../../../shared/schemas/workspace';
import { call, subscribe } from '../api/client';
import { Shell } from '../views/shell/Shell';
import { StartScreen } from '../views/start/StartScreen';
import { clearAreaHash } from './useHashArea';

/**
 * Two screens: the start screen while no workspace is open, the shell while one is. The host owns the open
 * workspace (a reload finds it still open through app.info); this component mirrors it.
 */
export function App({ initialInfo }: { initialInfo: AppInfo }) {
  const [info, setInfo] = useState(initialInfo);

  const refresh = useCallback(async () => {
    try {
      setInfo(await call('app.info', {}));
    } catch {
      // Keep what is on screen; the next action that needs the host reports the problem itself.
    }
  }, []);

  const setWorkspace = useCallback((workspace: WorkspaceSummary | null) => {
    setInfo((prev) => ({ ...prev, workspace }));
  }, []);

  // Another window or the host itself may open or close the workspace.
  useEffect(
    () =>
      subscribe('workspace.changed', ({ workspace }) => {
        setWorkspace(workspace);
        if (!workspace) void refresh();
      }),
    [refresh, setWorkspace],
  );

  const onClosed = useCallback(() => {
    clearAreaHash();
    setWorkspace(null);
    void refresh();
  }, [refresh, setWorkspace]);

  const onRecentChanged = useCallback((recent: RecentFile[]) => setInfo((prev) => ({ ...prev, recent })), []);

  if (info.workspace) {
    return <Shell info={info} workspace={info.workspace} onClosed={onClosed} />;
  }
  return <StartScreen info={info} onOpened={setWorkspace} onRecentChanged={onRecentChanged} />;
}
