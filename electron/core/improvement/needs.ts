import type { ParsedInput } from '../../../shared/api.ts';
import { needPriority, needScore } from '../../../shared/domain/kano.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Need, NeedFields } from '../../../shared/schemas/needs.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface NeedRow extends NeedFields {
  id: number;
  created_at: number;
  updated_at: number;
}

const toNeed = (r: NeedRow): Need => ({
  id: r.id,
  need: r.need,
  source: r.source,
  category: r.category,
  impact: r.impact,
  cost: r.cost,
  score: needScore(r.category, r.impact, r.cost),
  priority: needPriority(r.category, r.impact, r.cost),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The pool in priority order (the score is a pure rule, so the sort happens here rather than in SQL). */
export function listNeeds(db: Db): Need[] {
  const rows = db.prepare('SELECT * FROM needs ORDER BY id').all() as NeedRow[];
  return rows.map(toNeed).sort((a, b) => b.score - a.score || a.id - b.id);
}

function getNeed(db: Db, id: number): Need {
  const row = db.prepare('SELECT * FROM needs WHERE id = ?').get(id) as NeedRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no need with id ${id}`, { id });
  return toNeed(row);
}

/** Insert inside the caller's transaction (the caller records the audit entry). */
export function insertNeed(db: Db, fields: NeedFields, now: number): number {
  const result = db
    .prepare(
      `INSERT INTO needs (need, source, category, impact, cost, created_at, updated_at)
       VALUES (@need, @source, @category, @impact, @cost, @now, @now)`,
    )
    .run({ ...fields, now });
  return Number(result.lastInsertRowid);
}

export function saveNeed(db: Db, actor: string, input: ParsedInput<'needs.save'>, now = Date.now()): Need {
  return writeTransaction(db, actor, (record) => {
    if (input.id === undefined) {
      const id = insertNeed(db, input.fields, now);
      const after = getNeed(db, id);
      record({ action: 'create', entity: 'need', entityId: id, before: null, after });
      return after;
    }
    const before = getNeed(db, input.id);
    db.prepare(
      `UPDATE needs SET need = @need, source = @source, category = @category, impact = @impact, cost = @cost,
         updated_at = @now WHERE id = @id`,
    ).run({ ...input.fields, now, id: input.id });
    const after = getNeed(db, input.id);
    record({ action: 'update', entity: 'need', entityId: input.id, before, after });
    return after;
  });
}

export function deleteNeed(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getNeed(db, id);
    db.prepare('DELETE FROM needs WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'need', entityId: id, before, after: null });
    return null;
  });
}
