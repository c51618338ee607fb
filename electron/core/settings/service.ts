import { Settings } from '../../../shared/schemas/workspace.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';

/** Stored keys over the defaults; a stored value that no longer validates falls back to its default. */
export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (key in DEFAULT_SETTINGS) merged[key] = JSON.parse(value) as unknown;
  }
  const parsed = Settings.safeParse(merged);
  if (parsed.success) return parsed.data;
  const repaired: Record<string, unknown> = { ...merged };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && key in DEFAULT_SETTINGS)
      repaired[key] = DEFAULT_SETTINGS[key as keyof Settings];
  }
  return Settings.parse(repaired);
}

export function updateSettings(db: Db, actor: string, patch: Partial<Settings>): Settings {
  return writeTransaction(db, actor, (record) => {
    const before = getSettings(db);
    const upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const old = before[key as keyof Settings];
      if (JSON.stringify(old) === JSON.stringify(value)) continue;
      upsert.run(key, JSON.stringify(value));
      record({ action: 'update', entity: 'settings', entityId: key, before: old, after: value });
    }
    return getSettings(db);
  });
}
