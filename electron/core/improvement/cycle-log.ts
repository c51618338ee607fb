import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { CycleDetail } from '../../../shared/schemas/improvement.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { getCycle } from './cycles.ts';
import { assertExists } from './references.ts';

/** Do: the dated execution log of a cycle. Each write answers with the whole cycle, as the page shows it. */
export function addLogEntry(
  db: Db,
  actor: string,
  input: ParsedInput<'pdca.log.add'>,
  now = Date.now(),
): CycleDetail {
  return writeTransaction(db, actor, (record) => {
    assertExists(db, 'cycle', input.cycleId, 'cycleId');
    const result = db
      .prepare('INSERT INTO pdca_log (cycle_id, on_date, note, actor, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.cycleId, input.onDate, input.note, actor, now);
    record({
      action: 'create',
      entity: 'pdca_log',
      entityId: Number(result.lastInsertRowid),
      before: null,
      after: input,
    });
    return getCycle(db, input.cycleId, now);
  });
}

export function deleteLogEntry(db: Db, actor: string, id: number, now = Date.now()): CycleDetail {
  return writeTransaction(db, actor, (record) => {
    const entry = db
      .prepare('SELECT cycle_id AS cycleId, on_date AS onDate, note FROM pdca_log WHERE id = ?')
      .get(id) as { cycleId: number; onDate: string; note: string } | undefined;
    if (!entry) throw new QmFailure('NOT_FOUND', `no log entry with id ${id}`, { id });
    db.prepare('DELETE FROM pdca_log WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'pdca_log', entityId: id, before: entry, after: null });
    return getCycle(db, entry.cycleId, now);
  });
}
