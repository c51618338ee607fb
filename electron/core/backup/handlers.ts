import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Session } from '../session.ts';
import { openDatabase } from '../db/open.ts';
import { inspectWorkspaceFile } from '../workspace/file.ts';
import { acquireLock } from '../workspace/lock.ts';
import { adopt, openLocked } from '../workspace/open-locked.ts';
import { autoBackupFailure, backupAndRotate } from './auto.ts';
import { createBackup } from './create.ts';
import { backupDir, listBackups } from './files.ts';
import { checkRestorable, restoreInto } from './restore.ts';
import { getRetention, setRetention } from './retention.ts';

/** The workspace a backup call is about: the given path, else the open workspace. */
function target(session: Session, file: string | undefined): string {
  if (file !== undefined) return path.resolve(file);
  session.db();
  return session.workspace!.summary.path;
}

const openPath = (session: Session): string | null => session.workspace?.summary.path ?? null;

/** The newest backup of a workspace that passes the restore checks (a damaged copy is skipped, not restored). */
function newestGood(workspacePath: string): string {
  for (const backup of listBackups(workspacePath)) {
    try {
      checkRestorable(backup.path, workspacePath);
      return backup.path;
    } catch {
      // damaged or from a newer version: try the next older one
    }
  }
  throw new QmFailure('NOT_FOUND', `${workspacePath} has no backup that can be restored (looked in ${backupDir(workspacePath)}).`, { workspace: workspacePath });
}

export const backupHandlers = {
  'backup.list': ({ path: file }, session) => {
    const workspacePath = target(session, file);
    const open = openPath(session) === workspacePath ? session.db() : null;
    return {
      workspacePath,
      dir: backupDir(workspacePath),
      backups: listBackups(workspacePath),
      autoBackupError: open ? autoBackupFailure(open) : null,
    };
  },
  /** "Back up now": from the open connection, or, for a file not open here, from a read-only one after the checks. */
  'backup.create': async ({ path: file }, session) => {
    const started = performance.now();
    const workspacePath = target(session, file);
    if (openPath(session) === workspacePath) {
      const done = await backupAndRotate(session.db(), workspacePath, 'manual');
      return { ...done, seconds: (performance.now() - started) / 1000 };
    }
    inspectWorkspaceFile(workspacePath);
    const source = openDatabase(workspacePath, { mustExist: true, readonly: true });
    try {
      const backup = await createBackup(source, workspacePath, 'manual');
      return { backup, removed: [], seconds: (performance.now() - started) / 1000 };
    } finally {
      source.close();
    }
  },
  /**
   * Replace a workspace with a backup, then open it. Without `workspacePath` it is the open workspace (any backup
   * file may be chosen); another path (a damaged file the start screen could not open) may only be restored from
   * its own backups/ folder, so this method cannot overwrite arbitrary files. Without `backupPath`: the newest of
   * its backups that passes the checks.
   */
  'backup.restore': async ({ workspacePath: file, backupPath }, session) => {
    const started = performance.now();
    const workspacePath = target(session, file);
    const isOpen = openPath(session) === workspacePath;
    // Checked before the open workspace is closed, so a refused backup leaves the user where they were.
    const from = backupPath === undefined ? newestGood(workspacePath) : path.resolve(backupPath);
    if (!isOpen && !listBackups(workspacePath).some((b) => b.path === from)) {
      throw new QmFailure('INVALID_INPUT', `${from} is not a backup of ${workspacePath} (its backups are in ${backupDir(workspacePath)}).`, { path: from });
    }
    if (backupPath !== undefined) checkRestorable(from, workspacePath);
    if (isOpen) session.setWorkspace(null, false);
    try {
      const lock = acquireLock(workspacePath, session.actor);
      let outcome;
      try {
        outcome = await restoreInto(workspacePath, from, { checked: true, currentKnownGood: isOpen });
      } finally {
        lock.release();
      }
      const summary = adopt(session, await openLocked(workspacePath, session.actor));
      return { restoredFrom: from, workspacePath, ...outcome, workspace: summary, seconds: (performance.now() - started) / 1000 };
    } catch (err) {
      if (isOpen) session.emit('workspace.changed', { workspace: null });
      throw err;
    }
  },
  'backup.retention.get': (_input, session) => getRetention(session.db()),
  'backup.retention.set': ({ retention }, session) => setRetention(session.db(), session.actor, retention),
} satisfies HandlerGroup;
