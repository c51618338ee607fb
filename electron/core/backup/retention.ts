import { BackupRetention, DEFAULT_RETENTION, type BackupEntry } from '../../../shared/schemas/backup.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

/** Stored in the workspace's settings table under its own key, so the retention travels with the file. */
const KEY = 'backupRetention';

export function getRetention(db: Db): BackupRetention {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (row === undefined) return DEFAULT_RETENTION;
  const parsed = BackupRetention.safeParse(JSON.parse(row));
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export function setRetention(db: Db, actor: string, next: BackupRetention): BackupRetention {
  return writeTransaction(db, actor, (record) => {
    const before = getRetention(db);
    if (JSON.stringify(before) !== JSON.stringify(next)) {
      db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(KEY, JSON.stringify(next));
      record({ action: 'update', entity: 'settings', entityId: KEY, before, after: next });
    }
    return next;
  });
}

/** Local calendar day (YYYY-MM-DD) of an instant in the workspace's time zone. */
export function localDay(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** ISO week (YYYY-Www) of a local day. */
function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Grandfather-father-son rotation over the automatic backups: keep the newest backup of each of the last `daily`
 * days that have one, of the last `weekly` ISO weeks and of the last `monthly` months, and always the newest of
 * all. Manual backups are the user's and are never rotated away. Returns the backups to remove.
 */
export function expiredBackups(backups: BackupEntry[], retention: BackupRetention, timeZone: string): BackupEntry[] {
  const automatic = backups.filter((b) => b.reason !== 'manual').sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  if (automatic[0]) keep.add(automatic[0].path);
  const buckets: [number, (day: string) => string][] = [
    [retention.daily, (day) => day],
    [retention.weekly, isoWeek],
    [retention.monthly, (day) => day.slice(0, 7)],
  ];
  for (const [count, bucketOf] of buckets) {
    const seen = new Set<string>();
    for (const b of automatic) {
      const bucket = bucketOf(localDay(b.at, timeZone));
      if (seen.has(bucket)) continue;
      if (seen.size >= count) break;
      seen.add(bucket);
      keep.add(b.path);
    }
  }
  return automatic.filter((b) => !keep.has(b.path));
}
