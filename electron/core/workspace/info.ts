import fs from 'node:fs';
import type { WorkspaceInfo } from '../../../shared/schemas/workspace.ts';
import { countRows, userTables } from '../db/identifiers.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { Db } from '../db/open.ts';

/** Result of the quick check each workspace passed when it was opened (openWorkspaceFile). */
const checkedAtOpen = new WeakMap<Db, string>();

export function noteQuickCheck(db: Db, result: string): void {
  checkedAtOpen.set(db, result);
}

/**
 * Facts about the open file. `full` runs SQLite's integrity_check, which reads every page and index (about 25 s on a
 * million-ticket file); `quick` answers with the quick_check the file passed when it was opened - nothing has
 * damaged it since without SQLite noticing - or runs one (seconds) if it was not opened through openWorkspaceFile.
 */
export function workspaceInfo(db: Db, file: string, integrity: 'full' | 'quick' = 'full'): WorkspaceInfo {
  const tables = userTables(db).map((table) => ({ table, rows: countRows(db, table) }));
  const result =
    integrity === 'full'
      ? (db.pragma('integrity_check') as { integrity_check: string }[])
          .map((r) => r.integrity_check)
          .join('; ')
      : (checkedAtOpen.get(db) ?? (db.pragma('quick_check', { simple: true }) as string));
  return {
    path: file,
    schemaVersion: schemaVersion(db),
    sizeBytes: fs.statSync(file).size,
    integrity: result,
    integrityCheck: integrity,
    tables,
  };
}
