import type { ParsedInput } from '../../../shared/api.ts';
import { riskBand, rpn } from '../../../shared/domain/fmea.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { FmeaFields, FmeaItem } from '../../../shared/schemas/fmea.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface FmeaRow {
  id: number;
  process_step: string;
  failure_mode: string;
  effect: string;
  cause: string;
  controls: string;
  severity: number;
  occurrence: number;
  detection: number;
  recommended_action: string;
  post_severity: number | null;
  post_occurrence: number | null;
  post_detection: number | null;
  created_at: number;
  updated_at: number;
}

function toItem(r: FmeaRow): FmeaItem {
  const scores = { severity: r.severity, occurrence: r.occurrence, detection: r.detection };
  const rescored =
    r.post_severity === null || r.post_occurrence === null || r.post_detection === null
      ? null
      : { severity: r.post_severity, occurrence: r.post_occurrence, detection: r.post_detection };
  return {
    id: r.id,
    processStep: r.process_step,
    failureMode: r.failure_mode,
    effect: r.effect,
    cause: r.cause,
    controls: r.controls,
    scores,
    recommendedAction: r.recommended_action,
    rescored,
    rpn: rpn(scores),
    band: riskBand(scores),
    rescoredRpn: rescored === null ? null : rpn(rescored),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Highest risk first: the order a team works down an FMEA. */
export function listFmea(db: Db): FmeaItem[] {
  const rows = db
    .prepare('SELECT * FROM fmea_items ORDER BY severity * occurrence * detection DESC, id')
    .all();
  return (rows as FmeaRow[]).map(toItem);
}

function getFmea(db: Db, id: number): FmeaItem {
  const row = db.prepare('SELECT * FROM fmea_items WHERE id = ?').get(id) as FmeaRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no FMEA row with id ${id}`, { id });
  return toItem(row);
}

const params = (f: FmeaFields, now: number) => ({
  processStep: f.processStep,
  failureMode: f.failureMode,
  effect: f.effect,
  cause: f.cause,
  controls: f.controls,
  ...f.scores,
  recommendedAction: f.recommendedAction,
  postSeverity: f.rescored?.severity ?? null,
  postOccurrence: f.rescored?.occurrence ?? null,
  postDetection: f.rescored?.detection ?? null,
  now,
});

/** Insert inside the caller's transaction (the demo writes rows this way; the caller records the audit entry). */
export function insertFmea(db: Db, fields: FmeaFields, now: number): number {
  const result = db
    .prepare(
      `INSERT INTO fmea_items (process_step, failure_mode, effect, cause, controls, severity, occurrence, detection,
         recommended_action, post_severity, post_occurrence, post_detection, created_at, updated_at)
       VALUES (@processStep, @failureMode, @effect, @cause, @controls, @severity, @occurrence, @detection,
         @recommendedAction, @postSeverity, @postOccurrence, @postDetection, @now, @now)`,
    )
    .run(params(fields, now));
  return Number(result.lastInsertRowid);
}

export function saveFmea(db: Db, actor: string, input: ParsedInput<'fmea.save'>, now = Date.now()): FmeaItem {
  return writeTransaction(db, actor, (record) => {
    if (input.id === undefined) {
      const id = insertFmea(db, input.fields, now);
      const after = getFmea(db, id);
      record({ action: 'create', entity: 'fmea_item', entityId: id, before: null, after });
      return after;
    }
    const before = getFmea(db, input.id);
    db.prepare(
      `UPDATE fmea_items SET process_step = @processStep, failure_mode = @failureMode, effect = @effect,
         cause = @cause, controls = @controls, severity = @severity, occurrence = @occurrence,
         detection = @detection, recommended_action = @recommendedAction, post_severity = @postSeverity,
         post_occurrence = @postOccurrence, post_detection = @postDetection, updated_at = @now
       WHERE id = @id`,
    ).run({ ...params(input.fields, now), id: input.id });
    const after = getFmea(db, input.id);
    record({ action: 'update', entity: 'fmea_item', entityId: input.id, before, after });
    return after;
  });
}

/** Nothing links to an FMEA row; the audit log keeps a copy of what was deleted. */
export function deleteFmea(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getFmea(db, id);
    db.prepare('DELETE FROM fmea_items WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'fmea_item', entityId: id, before, after: null });
    return null;
  });
}
