import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { inspectWorkspaceFile } from '../workspace/file.ts';
import { createBackup } from './create.ts';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * A backup may be restored only when it is a whole console workspace this version can open: SQLite, our
 * application id, a clean quick check, not from a newer version. Anything else is refused before the workspace is
 * touched; the message names the file and says what is wrong with it.
 */
export function checkRestorable(backupPath: string, workspacePath: string): void {
  const target = path.resolve(workspacePath);
  if (path.resolve(backupPath) === target) {
    throw new QmFailure('INVALID_INPUT', `${target} cannot be restored from itself; choose one of its backups.`, { path: target });
  }
  try {
    const inspected = inspectWorkspaceFile(backupPath);
    if (inspected.fresh) throw new QmFailure('WORKSPACE_INVALID', `${inspected.path} is an empty SQLite file, not a workspace backup.`, { path: inspected.path });
  } catch (err) {
    if (err instanceof QmFailure && err.code !== 'WORKSPACE_TOO_NEW') {
      throw new QmFailure(err.code, `Cannot restore from ${path.resolve(backupPath)}: ${err.message}`, { ...err.details, path: path.resolve(backupPath), restore: true });
    }
    throw err;
  }
}

/**
 * Is the file at `workspacePath` a workspace worth keeping a safety copy of (readable, ours, undamaged)? A workspace
 * that was open passed its quick check when it was opened; checking again costs seconds on a large file.
 */
function readableWorkspace(workspacePath: string, knownGood: boolean): Db | null {
  if (!fs.existsSync(workspacePath)) return null;
  try {
    if (!knownGood) inspectWorkspaceFile(workspacePath);
    return openDatabase(workspacePath, { mustExist: true, readonly: true });
  } catch {
    return null;
  }
}

const stampNow = (): string => new Date().toISOString().replace(/[:.]/g, '-');

export interface RestoreOutcome {
  safetyBackup: string | null;
  setAside: string | null;
}

/**
 * Replace the workspace file with a copy of a backup. The caller has closed the workspace and holds its lock.
 * First a safety copy of the current file goes to backups/ (so a restore can itself be undone), or, when the file
 * is damaged or not a workspace, it is moved aside beside it - restore never deletes anything. The backup is copied
 * with the online backup API to a temp name next to the workspace and renamed over it: a crash leaves either the
 * old file or the restored one, never a mix.
 */
export async function restoreInto(
  workspacePath: string,
  backupPath: string,
  options: { checked?: boolean; currentKnownGood?: boolean } = {},
): Promise<RestoreOutcome> {
  const target = path.resolve(workspacePath);
  const from = path.resolve(backupPath);
  if (!options.checked) checkRestorable(from, target);
  let safetyBackup: string | null = null;
  let setAside: string | null = null;
  const current = readableWorkspace(target, options.currentKnownGood ?? false);
  if (current) {
    try {
      safetyBackup = (await createBackup(current, target, 'restore')).path;
    } finally {
      current.close();
    }
  } else if (fs.existsSync(target)) {
    setAside = `${target}.damaged-${stampNow()}`;
    fs.renameSync(target, setAside);
    for (const side of SIDE_FILES) if (fs.existsSync(target + side)) fs.renameSync(target + side, setAside + side);
  }
  const temp = `${target}.restoring-${crypto.randomBytes(4).toString('hex')}`;
  const source = openDatabase(from, { mustExist: true, readonly: true });
  try {
    await source.backup(temp);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new QmFailure('IO_ERROR', `Cannot copy ${from} to ${path.dirname(target)}: ${(err as Error).message}`, { path: target });
  } finally {
    source.close();
  }
  // A closed workspace has no WAL left; any stray one belongs to the old file and must not be replayed onto the copy.
  for (const side of SIDE_FILES) fs.rmSync(target + side, { force: true });
  fs.renameSync(temp, target);
  return { safetyBackup, setAside };
}
