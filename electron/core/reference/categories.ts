import type { z } from 'zod';
import type { Category } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

type CategoryInput = z.output<typeof Category>;
export type SavedCategory = Required<Pick<CategoryInput, 'id'>> & Omit<CategoryInput, 'id'>;

interface Row {
  id: number;
  parentId: number | null;
  code: string;
  nameZh: string;
  nameEn: string;
  sort: number;
}

const SELECT = 'SELECT id, parent_id AS parentId, code, name_zh AS nameZh, name_en AS nameEn, sort FROM categories';

function getCategory(db: Db, id: number): Row | undefined {
  return db.prepare(SELECT + ' WHERE id = ?').get(id) as Row | undefined;
}

/** The two-level tree in display order (each parent followed by its children), with ticket counts. */
export function categoryTree(db: Db): (SavedCategory & { tickets: number })[] {
  const counts = new Map(
    (db.prepare('SELECT category_id AS id, count(*) AS n FROM tickets WHERE category_id IS NOT NULL GROUP BY category_id').all() as {
      id: number;
      n: number;
    }[]).map((r) => [r.id, r.n]),
  );
  const rows = db.prepare(SELECT + ' ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, sort, id').all() as Row[];
  return rows.map((r) => ({ ...r, tickets: counts.get(r.id) ?? 0 }));
}

/**
 * Create or edit a category (audited). The tree has two levels: a parent must be a top-level category, and a
 * category with children stays top-level. Codes are unique.
 */
export function saveCategory(db: Db, actor: string, input: CategoryInput): SavedCategory {
  return writeTransaction(db, actor, (record) => {
    const before = input.id === undefined ? undefined : getCategory(db, input.id);
    if (input.id !== undefined && !before) throw new QmFailure('NOT_FOUND', `Category ${input.id} does not exist.`, { id: input.id });
    if (input.parentId !== null) {
      const parent = getCategory(db, input.parentId);
      if (!parent) throw new QmFailure('INVALID_INPUT', `parentId: no category ${input.parentId}.`, { field: 'parentId' });
      if (parent.parentId !== null) {
        throw new QmFailure('INVALID_INPUT', 'parentId: categories have two levels; choose a top-level parent.', { field: 'parentId' });
      }
      if (parent.id === input.id) throw new QmFailure('INVALID_INPUT', 'parentId: a category cannot be its own parent.', { field: 'parentId' });
      if (input.id !== undefined && db.prepare('SELECT 1 FROM categories WHERE parent_id = ?').get(input.id)) {
        throw new QmFailure('INVALID_INPUT', 'parentId: this category has sub-categories, so it stays top-level.', { field: 'parentId' });
      }
    }
    const taken = db.prepare('SELECT id FROM categories WHERE code = ?').pluck().get(input.code) as number | undefined;
    if (taken !== undefined && taken !== input.id) {
      throw new QmFailure('CONFLICT', `code: ${input.code} is already used by category ${taken}.`, { field: 'code', id: taken });
    }
    const values = { parentId: input.parentId, code: input.code, nameZh: input.nameZh, nameEn: input.nameEn, sort: input.sort };
    let id: number;
    if (before) {
      id = before.id;
      db.prepare('UPDATE categories SET parent_id = @parentId, code = @code, name_zh = @nameZh, name_en = @nameEn, sort = @sort WHERE id = @id').run({
        ...values,
        id,
      });
    } else {
      id = Number(
        db.prepare('INSERT INTO categories (parent_id, code, name_zh, name_en, sort) VALUES (@parentId, @code, @nameZh, @nameEn, @sort)').run(values)
          .lastInsertRowid,
      );
    }
    const after = getCategory(db, id)!;
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      record({ action: before ? 'update' : 'create', entity: 'category', entityId: id, before: before ?? null, after });
    }
    return after;
  });
}

/** Delete an unused category (audited); CONFLICT while tickets or sub-categories use it. */
export function deleteCategory(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getCategory(db, id);
    if (!before) throw new QmFailure('NOT_FOUND', `Category ${id} does not exist.`, { id });
    const children = db.prepare('SELECT count(*) FROM categories WHERE parent_id = ?').pluck().get(id) as number;
    if (children > 0) throw new QmFailure('CONFLICT', `Category ${before.code} has ${children} sub-categories.`, { id, children });
    const used = db.prepare('SELECT count(*) FROM tickets WHERE category_id = ?').pluck().get(id) as number;
    if (used > 0) throw new QmFailure('CONFLICT', `Category ${before.code} is used by ${used} tickets.`, { id, tickets: used });
    db.prepare('DELETE FROM categories WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'category', entityId: id, before, after: null });
    return null;
  });
}
