import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { MethodName, MethodOutput, MethodResult } from '../../../shared/api.ts';
import { quoteIdentifier, userTables } from '../../../electron/core/db/identifiers.ts';

/** Digest of every row of every table (rows sorted, some tables have no rowid): equal digests, equal data. */
export function dataDigest(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const table of userTables(db)) {
      hash.update(table);
      // eslint-disable-next-line no-restricted-syntax -- table names come from sqlite_schema, quoted
      const rows = db.prepare(`SELECT * FROM ${quoteIdentifier(table)}`).raw().all().map((row) => JSON.stringify(row));
      for (const row of rows.sort()) hash.update(row);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export function value<M extends MethodName>(result: MethodResult<M>): MethodOutput<M> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf<M extends MethodName>(result: MethodResult<M>): { code: string; message: string; details?: Record<string, unknown> } {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

/** Scribble over pages in the middle of a checkpointed, rollback-journal copy of the file: a damaged workspace. */
export function damage(file: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = fs.readFileSync(file);
  const page = 4096;
  for (let i = 3 * page; i < Math.min(bytes.length - page, 12 * page); i++) bytes[i] = 0x5a;
  fs.writeFileSync(file, bytes);
}

/** Some rows in reference tables and settings, so a restore has something to prove. */
export function fill(file: string, from: number, count: number): void {
  const db = new Database(file);
  const insert = db.prepare('INSERT INTO customers (code, name, segment) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = from; i < from + count; i++) insert.run(`C${i}`, `客户${i}`.repeat(5), i % 5 === 0 ? 'vip' : 'regular');
  })();
  db.close();
}
