import path from 'node:path';
import type { WorkspaceSummary } from '../../../shared/schemas/workspace.ts';
import { latestVersion } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import type { Session } from '../session.ts';
import { dailyBackup, rotate } from '../backup/auto.ts';
import { createBackup } from '../backup/create.ts';
import { createWorkspaceFile, inspectWorkspaceFile, openInspected, type OpenedFile } from './file.ts';
import { acquireLock, type WorkspaceLock } from './lock.ts';

export interface LockedFile {
  opened: OpenedFile;
  lock: WorkspaceLock;
}

/** Run `open` under the workspace's single-writer lock; the lock is given back when opening fails. */
async function underLock(file: string, actor: string, open: (resolved: string) => OpenedFile | Promise<OpenedFile>): Promise<LockedFile> {
  const resolved = path.resolve(file);
  const lock = acquireLock(resolved, actor);
  try {
    return { opened: await open(resolved), lock };
  } catch (err) {
    lock.release();
    throw err;
  }
}

export const createLocked = (file: string, actor: string): Promise<LockedFile> =>
  underLock(file, actor, (resolved) => createWorkspaceFile(resolved));

/**
 * Open an existing workspace for writing: lock it, check it, back it up before a migration (from a read-only
 * connection, so the copy is the file as the older version left it), migrate, and take the daily backup.
 * `backups: false` (the demo workspace, which can be generated again) skips the backups.
 */
export function openLocked(file: string, actor: string, options: { backups: boolean } = { backups: true }): Promise<LockedFile> {
  return underLock(file, actor, async (resolved) => {
    const inspected = inspectWorkspaceFile(resolved);
    const migrating = !inspected.fresh && inspected.schemaVersion < latestVersion();
    if (options.backups && migrating) {
      const source = openDatabase(resolved, { mustExist: true, readonly: true });
      try {
        await createBackup(source, resolved, 'migration');
      } finally {
        source.close();
      }
    }
    const opened = openInspected(inspected);
    try {
      if (options.backups && !inspected.fresh) {
        if (migrating) rotate(opened.db, resolved);
        await dailyBackup(opened.db, resolved);
      }
    } catch (err) {
      opened.db.close();
      throw err;
    }
    return opened;
  });
}

/** Make an opened, locked file the session's workspace; the session releases the lock when it closes it. */
export function adopt(session: Session, { opened, lock }: LockedFile): WorkspaceSummary {
  const summary: WorkspaceSummary = {
    path: opened.path,
    name: path.basename(opened.path),
    schemaVersion: opened.schemaVersion,
    isDemo: opened.path === path.resolve(session.demoPath),
    openedAt: Date.now(),
  };
  session.setWorkspace({ db: opened.db, summary, lock });
  return summary;
}
