import { quoteIdentifier } from '../../db/identifiers.ts';
import type { Db } from '../../db/open.ts';

/** Below this many incoming rows, maintaining the indexes row by row is cheaper than rebuilding them. */
const MIN_ROWS_TO_DETACH = 50_000;

/**
 * A bulk import into a table with a dozen indexes spends most of its time in random B-tree inserts; building an
 * index once from all rows is several times faster. Worth it only when the import is large next to what the table
 * already holds (a rebuild sorts every row, old ones too).
 */
export function shouldDetach(incoming: number, existing: number): boolean {
  return incoming >= MIN_ROWS_TO_DETACH && incoming >= existing / 2;
}

/**
 * Drop the table's plain secondary indexes inside the import transaction and return their SQL for `reattach`.
 * UNIQUE indexes (they enforce a rule while rows arrive) and automatic ones stay. DDL is transactional in SQLite:
 * a rollback or crash brings the indexes back with the data.
 */
export function detachIndexes(db: Db, table: string): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
    .all(table) as { name: string; sql: string }[];
  const plain = rows.filter((r) => !/^\s*CREATE\s+UNIQUE\b/i.test(r.sql));
  for (const r of plain) db.exec('DROP INDEX ' + quoteIdentifier(r.name));
  return plain.map((r) => r.sql);
}

export function reattachIndexes(db: Db, sqls: readonly string[], onEach?: (done: number) => void): void {
  sqls.forEach((sql, i) => {
    db.exec(sql);
    onEach?.(i + 1);
  });
}
