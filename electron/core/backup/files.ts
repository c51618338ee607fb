import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupReason } from '../../../shared/schemas/backup.ts';
import { BACKUP_REASONS } from '../../../shared/schemas/backup.ts';

/** Backups live in `backups/` beside the workspace, so copying the folder carries them along. */
export const backupDir = (workspacePath: string): string => path.join(path.dirname(path.resolve(workspacePath)), 'backups');

const stem = (workspacePath: string): string => path.basename(workspacePath).replace(/\.(sqlite3?|db)$/i, '');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** UTC time in the name sorts backups of one workspace by age with a plain string sort. */
function stamp(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${pad(d.getUTCMilliseconds(), 3)}`;
}

const NAME = new RegExp(`^(.+)\\.(\\d{8})-(\\d{9})\\.(${BACKUP_REASONS.join('|')})\\.sqlite$`);

export function backupFileName(workspacePath: string, at: number, reason: BackupReason): string {
  return `${stem(workspacePath)}.${stamp(at)}.${reason}.sqlite`;
}

function parseName(name: string): { stem: string; at: number; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, s, day, time] = m as unknown as [string, string, string, string, BackupReason];
  const at = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(time.slice(6, 9)),
  );
  return Number.isFinite(at) ? { stem: s, at, reason: m[4] as BackupReason } : null;
}

/** This workspace's backups, newest first. Files of other workspaces in the same folder and temp files are ignored. */
export function listBackups(workspacePath: string): BackupEntry[] {
  const dir = backupDir(workspacePath);
  if (!fs.existsSync(dir)) return [];
  const own = stem(workspacePath);
  const entries: BackupEntry[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseName(name);
    if (!parsed || parsed.stem !== own) continue;
    const file = path.join(dir, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    entries.push({ path: file, name, at: parsed.at, reason: parsed.reason, sizeBytes: stat.size });
  }
  return entries.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
}

/** Temp files of backups a crash interrupted: never listed, removed at the next backup. */
export function removeUnfinished(workspacePath: string): void {
  const dir = backupDir(workspacePath);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(`${stem(workspacePath)}.`) && name.endsWith('.partial')) fs.rmSync(path.join(dir, name), { force: true });
  }
}
