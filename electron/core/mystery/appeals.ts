import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { AnswerValue } from '../../../shared/schemas/audits.ts';
import type { VisitDetail } from '../../../shared/schemas/mystery.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { listAppeals, toAppeal, type AppealRow } from './appeal-rows.ts';
import { checkAnswers, getVisit, writeVisitScore } from './visits.ts';

/** The outlet appeals one item, or the whole visit (itemKey null), of a published visit; one open appeal per target. */
export function raiseAppeal(db: Db, actor: string, input: ParsedInput<'mystery.appeals.raise'>, now = Date.now()): VisitDetail {
  return writeTransaction(db, actor, (record) => {
    const visit = getVisit(db, input.visitId);
    if (visit.status !== 'published') throw new QmFailure('CONFLICT', 'only a published visit can be appealed', { reason: 'not_published' });
    if (input.itemKey !== null && !visit.template.sections.some((s) => s.items.some((i) => i.key === input.itemKey))) {
      throw new QmFailure('NOT_FOUND', `the visit has no item ${input.itemKey}`, { itemKey: input.itemKey });
    }
    if (visit.appealList.some((a) => a.itemKey === input.itemKey && a.status === 'open')) {
      throw new QmFailure('CONFLICT', 'this already has an open appeal', { reason: 'appeal_open' });
    }
    const id = Number(
      db
        .prepare('INSERT INTO mystery_appeals (visit_id, item_key, reason, raised_by, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.visitId, input.itemKey, input.reason, input.raisedBy, now).lastInsertRowid,
    );
    record({ action: 'create', entity: 'mystery_appeal', entityId: id, before: null, after: listAppeals(db, input.visitId).find((a) => a.id === id) });
    return getVisit(db, input.visitId);
  });
}

/**
 * Decide an appeal. Upheld changes answers (the appealed item for an item appeal, any items for a whole-visit
 * appeal) and rescores the visit on its own questionnaire version; the changes, the score before and after and
 * the reason are stored with the decision. Rejected leaves the score as it was.
 */
export function decideAppeal(db: Db, actor: string, input: ParsedInput<'mystery.appeals.decide'>, now = Date.now()): VisitDetail {
  return writeTransaction(db, actor, (record) => {
    const row = db.prepare('SELECT * FROM mystery_appeals WHERE id = ?').get(input.id) as AppealRow | undefined;
    if (!row) throw new QmFailure('NOT_FOUND', `no appeal with id ${input.id}`, { id: input.id });
    const before = toAppeal(row);
    if (before.status !== 'open') throw new QmFailure('CONFLICT', 'this appeal is already decided', { reason: 'appeal_decided' });
    const visit = getVisit(db, before.visitId);
    const changes: Record<string, [AnswerValue, AnswerValue]> = {};
    if (input.outcome === 'upheld') {
      const keys = Object.keys(input.answers);
      const outside = before.itemKey !== null && keys.some((k) => k !== before.itemKey);
      checkAnswers(visit.template.sections, input.answers);
      for (const key of keys) {
        const old = visit.answers[key] ?? null;
        if (old !== input.answers[key]) changes[key] = [old, input.answers[key] ?? null];
      }
      if (outside || Object.keys(changes).length === 0) {
        throw new QmFailure('INVALID_INPUT', 'an upheld appeal changes the appealed answers', { reason: 'no_change' });
      }
      writeVisitScore(db, visit.id, visit.template.sections, { ...visit.answers, ...input.answers }, now);
    }
    const scoreAfter = input.outcome === 'upheld' ? getVisit(db, visit.id).score : visit.score;
    db.prepare(
      `UPDATE mystery_appeals SET status = ?, changes = ?, decision = ?, decided_by = ?, decided_at = ?, score_before = ?, score_after = ?
       WHERE id = ?`,
    ).run(input.outcome, JSON.stringify(changes), input.decision, actor, now, visit.score, scoreAfter, input.id);
    const after = listAppeals(db, visit.id).find((a) => a.id === input.id);
    record({ action: 'update', entity: 'mystery_appeal', entityId: input.id, before, after });
    if (input.outcome === 'upheld') {
      record({ action: 'update', entity: 'mystery_visit', entityId: visit.id, before: { score: visit.score, answers: visit.answers }, after: { score: scoreAfter, appeal: input.id } });
    }
    return getVisit(db, visit.id);
  });
}
