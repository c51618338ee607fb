import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';

const TABLES = {
  staff: 'SELECT 1 FROM staff WHERE id = ?',
  outlet: 'SELECT 1 FROM outlets WHERE id = ?',
  team: 'SELECT 1 FROM teams WHERE id = ?',
  category: 'SELECT 1 FROM categories WHERE id = ?',
  cycle: 'SELECT 1 FROM pdca_cycles WHERE id = ?',
  worksheet: 'SELECT 1 FROM rca_worksheets WHERE id = ?',
} as const;

/** Refuse a write that names a record which does not exist, saying which field, before SQLite's bare FK error. */
export function assertExists(db: Db, kind: keyof typeof TABLES, id: number | null, field: string): void {
  if (id === null) return;
  if (!db.prepare(TABLES[kind]).get(id)) {
    throw new QmFailure('NOT_FOUND', `${field}: no ${kind} with id ${id}`, { field, id });
  }
}
