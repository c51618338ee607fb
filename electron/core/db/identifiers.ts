/* eslint-disable no-restricted-syntax -- the one place that puts identifiers (never values) into SQL text */
import type { Db } from './open.ts';

/** Quote a SQLite identifier; callers pass names from sqlite_schema or a code whitelist, never user text. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Ordinary tables of the workspace in name order. Virtual tables (the full-text index) and their shadow tables
 * (tickets_fts_data, _idx, _config, _docsize) are storage of an index, not records, and are left out.
 */
export function userTables(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);
}

/** Row count of a table that exists in sqlite_schema; anything else is refused before SQL is built. */
export function countRows(db: Db, table: string): number {
  if (!userTables(db).includes(table)) throw new Error(`no such table: ${table}`);
  return (db.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number }).n;
}
