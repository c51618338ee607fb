/**
 * Backups, restore, the workspace lock and the audit-log export: building blocks of the contract's `backup.*` and
 * `audit.export` methods.
 */
import { z } from 'zod';

/** Why a backup was taken; part of its file name. Manual ones are never removed by rotation. */
export const BACKUP_REASONS = ['daily', 'migration', 'import', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BackupEntry = z.object({
  path: z.string(),
  name: z.string(),
  at: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** How many automatic backups rotation keeps: the newest of each of the last N days, weeks and months. */
export const BackupRetention = z
  .object({
    daily: z.number().int().min(0).max(366),
    weekly: z.number().int().min(0).max(260),
    monthly: z.number().int().min(0).max(240),
  })
  .strict();
export type BackupRetention = z.infer<typeof BackupRetention>;

export const DEFAULT_RETENTION: BackupRetention = { daily: 7, weekly: 4, monthly: 12 };

export const BackupList = z.object({
  workspacePath: z.string(),
  dir: z.string(),
  backups: z.array(BackupEntry),
  /** Why the last automatic backup of the open workspace failed, or null. */
  autoBackupError: z.string().nullable(),
});
export type BackupList = z.infer<typeof BackupList>;

export const BackupCreated = z.object({
  backup: BackupEntry,
  seconds: z.number(),
  /** Automatic backups removed by rotation afterwards. */
  removed: z.array(z.string()),
});

export const RestoreResult = z.object({
  restoredFrom: z.string(),
  workspacePath: z.string(),
  /** Copy of the workspace as it was before the restore (a 'restore' backup), when it was a readable workspace. */
  safetyBackup: z.string().nullable(),
  /** Where a damaged or foreign file that stood at the workspace's path was moved, so nothing is ever deleted. */
  setAside: z.string().nullable(),
  seconds: z.number(),
});

/** Who holds a workspace open for writing (its lock file). */
export const LockHolder = z.object({
  pid: z.number().int(),
  host: z.string(),
  user: z.string(),
  since: z.number().int(),
});
export type LockHolder = z.infer<typeof LockHolder>;
