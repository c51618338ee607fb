import type { z } from 'zod';
import type { ParsedInput } from '../../../shared/api.ts';
import type { REF_KINDS, RefOption } from '../../../shared/schemas/tickets.ts';
import type { Db } from '../db/open.ts';
import { likeLiteral } from '../tickets/sql-params.ts';

type Kind = (typeof REF_KINDS)[number];
type Option = z.infer<typeof RefOption>;

/*
 * One fixed statement per kind (no identifier is ever chosen at run time). @search matches code or name anywhere
 * (wildcards in the text are literal); @ids picks given records, e.g. to label the values of a set filter.
 */
const FILTER = `(@search IS NULL OR code LIKE @search ESCAPE '\\' OR label LIKE @search ESCAPE '\\' OR coalesce(labelEn, '') LIKE @search ESCAPE '\\')
  AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))`;

const STATEMENTS: Record<Kind, string> = {
  outlets: 'SELECT id, code, name AS label, NULL AS labelEn, NULL AS parentId FROM outlets',
  teams: 'SELECT id, code, name AS label, NULL AS labelEn, NULL AS parentId FROM teams',
  staff: 'SELECT id, employee_no AS code, name AS label, NULL AS labelEn, NULL AS parentId FROM staff',
  customers: 'SELECT id, code, name AS label, NULL AS labelEn, NULL AS parentId FROM customers',
  products: 'SELECT id, code, name AS label, NULL AS labelEn, NULL AS parentId FROM products',
  categories: 'SELECT id, code, name_zh AS label, name_en AS labelEn, parent_id AS parentId, sort FROM categories',
};

const ORDER: Record<Kind, string> = {
  outlets: 'code, id',
  teams: 'code, id',
  staff: 'code, id',
  customers: 'code, id',
  products: 'code, id',
  categories: 'coalesce(parentId, id), parentId IS NOT NULL, sort, id',
};

/** Options for pickers and filters. */
export function refOptions(db: Db, input: ParsedInput<'ref.options'>): Option[] {
  const sql = 'SELECT id, code, label, labelEn, parentId FROM (' + STATEMENTS[input.kind] + ') WHERE ' + FILTER + ' ORDER BY ' + ORDER[input.kind] + ' LIMIT @limit';
  return db.prepare(sql).all({
    search: input.search ? `%${likeLiteral(input.search)}%` : null,
    ids: input.ids ? JSON.stringify(input.ids) : null,
    limit: input.limit,
  }) as Option[];
}
