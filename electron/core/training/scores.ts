import type { ParsedInput } from '../../../shared/api.ts';
import { checkScoreCell } from '../../../shared/domain/training.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { ScoreSheetError, SessionDetail } from '../../../shared/schemas/training.ts';
import { writeTransaction, type Change } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { syncCertificates } from './certificates.ts';
import { getSession } from './sessions.ts';

/** What a save writes for one trainee: part id → score. */
export interface ScorePlan {
  staffId: number;
  scores: Map<number, number>;
}

/** Trainees are named by employee number as on the sheet; a name is accepted when it is unique on the roster. */
function rosterIndex(session: SessionDetail): Map<string, SessionDetail['trainees'][number]> {
  const index = new Map<string, SessionDetail['trainees'][number]>();
  const names = new Map<string, number>();
  for (const t of session.trainees) names.set(t.name, (names.get(t.name) ?? 0) + 1);
  for (const t of session.trainees) {
    index.set(t.employeeNo.toUpperCase(), t);
    if (names.get(t.name) === 1 && !index.has(t.name.toUpperCase())) index.set(t.name.toUpperCase(), t);
  }
  return index;
}

/** Check every cell of the sheet; the plan is what a save would write. */
export function checkScoreSheet(session: SessionDetail, rows: ParsedInput<'training.scores.save'>['rows']): { plan: ScorePlan[]; errors: ScoreSheetError[] } {
  const index = rosterIndex(session);
  const parts = new Map(session.parts.map((p) => [String(p.id), p]));
  const errors: ScoreSheetError[] = [];
  const plan = new Map<number, ScorePlan>();
  rows.forEach((row, i) => {
    const trainee = index.get(row.trainee.trim().toUpperCase());
    const filled = Object.values(row.cells).some((c) => c.trim() !== '');
    if (!trainee) {
      if (filled || row.trainee.trim() !== '') errors.push({ row: i, trainee: row.trainee, partId: null, code: 'unknown_trainee' });
      return;
    }
    const entry = plan.get(trainee.staffId) ?? { staffId: trainee.staffId, scores: new Map() };
    for (const [partKey, text] of Object.entries(row.cells)) {
      const part = parts.get(partKey);
      if (!part) throw new QmFailure('INVALID_INPUT', `part ${partKey} is not a part of this session's course`, { partId: Number(partKey) });
      const check = checkScoreCell(text, part);
      if (check.kind === 'error') errors.push({ row: i, trainee: row.trainee, partId: part.id, code: check.code });
      else if (check.kind === 'score') entry.scores.set(part.id, check.value);
    }
    plan.set(trainee.staffId, entry);
  });
  return { plan: [...plan.values()], errors };
}

/**
 * Save a whole score sheet or nothing: any invalid cell or unknown trainee refuses the save with every problem
 * listed (INVALID_INPUT, details.cells). See applyScores for what a save writes.
 */
export function saveScoreSheet(db: Db, actor: string, input: ParsedInput<'training.scores.save'>, now = Date.now()): SessionDetail {
  return writeTransaction(db, actor, (record) => {
    const session = getSession(db, input.sessionId);
    const { plan, errors } = checkScoreSheet(session, input.rows);
    if (errors.length > 0) {
      throw new QmFailure('INVALID_INPUT', `${errors.length} cell(s) of the score sheet are not valid; nothing was saved`, {
        reason: 'score_sheet',
        cells: errors,
      });
    }
    applyScores(db, session, plan, actor, record, now);
    return getSession(db, input.sessionId);
  });
}

/**
 * Write checked scores inside the caller's transaction. A score that differs from the trainee's latest for that
 * part is a new attempt (a retake); an unchanged score adds nothing. A scored trainee counts as attended, and
 * certificates follow the new outcomes. Returns the number of attempts added.
 */
export function applyScores(
  db: Db,
  session: SessionDetail,
  plan: readonly ScorePlan[],
  actor: string,
  record: (change: Change) => void,
  now: number,
): number {
  const byStaff = new Map(session.trainees.map((t) => [t.staffId, t]));
  const insert = db.prepare(
    'INSERT INTO training_scores (session_id, staff_id, part_id, attempt, score, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const changed: number[] = [];
  let added = 0;
  for (const entry of plan) {
    const trainee = byStaff.get(entry.staffId)!;
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    for (const [partId, score] of entry.scores) {
      const attempts = trainee.attempts[String(partId)] ?? [];
      const last = attempts[attempts.length - 1];
      if (last && last.score === score) continue;
      insert.run(session.id, entry.staffId, partId, (last?.attempt ?? 0) + 1, score, now, actor);
      added++;
      if (last) before[String(partId)] = last.score;
      after[String(partId)] = score;
    }
    if (Object.keys(after).length === 0) continue;
    changed.push(entry.staffId);
    if (trainee.attended !== true) {
      db.prepare('UPDATE training_enrolments SET attended = 1 WHERE session_id = ? AND staff_id = ?').run(session.id, entry.staffId);
    }
    record({
      action: Object.keys(before).length === 0 ? 'create' : 'update',
      entity: 'training_result',
      entityId: `${session.id}:${entry.staffId}`,
      before: Object.keys(before).length === 0 ? null : before,
      after,
    });
  }
  syncCertificates(db, session.id, changed, record);
  return added;
}
