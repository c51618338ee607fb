import fs from 'node:fs';
import type { BackupEntry, BackupReason } from '../../../shared/schemas/backup.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { createBackup } from './create.ts';
import { listBackups } from './files.ts';
import { expiredBackups, getRetention, localDay } from './retention.ts';

/** Why the last automatic backup of an open workspace failed; opening goes on, the Settings screen says so. */
const lastFailure = new WeakMap<Db, string>();

export const autoBackupFailure = (db: Db): string | null => lastFailure.get(db) ?? null;

/** Remove the automatic backups rotation no longer keeps; returns their paths. */
export function rotate(db: Db, workspacePath: string): string[] {
  const expired = expiredBackups(listBackups(workspacePath), getRetention(db), getSettings(db).timeZone);
  for (const b of expired) for (const file of [b.path, `${b.path}-wal`, `${b.path}-shm`]) fs.rmSync(file, { force: true });
  return expired.map((b) => b.path);
}

/** Back up, then rotate. A failure is thrown: callers that must not go on without a backup (migration, import) stop. */
export async function backupAndRotate(db: Db, workspacePath: string, reason: BackupReason): Promise<{ backup: BackupEntry; removed: string[] }> {
  const backup = await createBackup(db, workspacePath, reason);
  lastFailure.delete(db);
  return { backup, removed: rotate(db, workspacePath) };
}

/**
 * The backup on open, at most once per local day of the workspace (any backup that day counts). Its failure does
 * not stop the user from working: it is kept for the Settings screen instead.
 */
export async function dailyBackup(db: Db, workspacePath: string, now: number = Date.now()): Promise<BackupEntry | null> {
  try {
    const timeZone = getSettings(db).timeZone;
    const today = localDay(now, timeZone);
    if (listBackups(workspacePath).some((b) => localDay(b.at, timeZone) === today)) return null;
    return (await backupAndRotate(db, workspacePath, 'daily')).backup;
  } catch (err) {
    lastFailure.set(db, (err as Error).message);
    return null;
  }
}
