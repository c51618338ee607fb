import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../../shared/schemas/backup.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { backupDir, backupFileName, removeUnfinished } from './files.ts';

/**
 * Copy the workspace with SQLite's online backup API, from `source` (any connection to it, read-only will do):
 * the copy is a consistent snapshot even while the app keeps writing. It is written under a `.partial` name and
 * renamed when complete, so a crash never leaves a half backup that looks whole.
 */
export async function createBackup(source: Db, workspacePath: string, reason: BackupReason, at: number = Date.now()): Promise<BackupEntry> {
  const dir = backupDir(workspacePath);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new QmFailure('IO_ERROR', `Cannot create the backup folder ${dir}: ${(err as Error).message}`, { path: dir });
  }
  removeUnfinished(workspacePath);
  const name = backupFileName(workspacePath, at, reason);
  const target = path.join(dir, name);
  const partial = `${target}.${crypto.randomBytes(4).toString('hex')}.partial`;
  try {
    await source.backup(partial);
    settle(partial);
    fs.renameSync(partial, target);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw new QmFailure('IO_ERROR', `The backup ${target} could not be written: ${(err as Error).message}`, { path: target });
  }
  return { path: target, name, at, reason, sizeBytes: fs.statSync(target).size };
}

/**
 * A copy of a WAL workspace is a WAL file too; reading it would leave -wal and -shm files beside every backup. In
 * rollback-journal mode it is one self-contained file (the workspace turns WAL back on when it is opened).
 */
function settle(file: string): void {
  const copy = openDatabase(file, { mustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
