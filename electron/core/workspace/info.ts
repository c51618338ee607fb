import fs from 'node:fs';
import type { WorkspaceInfo } from '../../../shared/api.ts';
import { countRows, userTables } from '../db/identifiers.ts';
import { schemaVersion } from '../db/migrate.ts';
import type { Db } from '../db/open.ts';

export function workspaceInfo(db: Db, file: string): WorkspaceInfo {
  const tables = userTables(db).map((table) => ({ table, rows: countRows(db, table) }));
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  return { path: file, schemaVersion: schemaVersion(db), sizeBytes: fs.statSync(file).size, integrity, tables };
}
