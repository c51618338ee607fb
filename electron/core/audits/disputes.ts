import type { ParsedInput } from '../../../shared/api.ts';
import { isValidAnswer } from '../../../shared/domain/scorecard.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { AnswerValue, type AuditDetail, type Dispute } from '../../../shared/schemas/audits.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { getAudit, writeScore } from './audits.ts';

interface DisputeRow {
  id: number;
  audit_id: number;
  item_key: string;
  reason: string;
  raised_by: string;
  status: Dispute['status'];
  old_value: string;
  new_value: string | null;
  decision: string;
  decided_by: string | null;
  decided_at: number | null;
  score_before: number | null;
  score_after: number | null;
  created_at: number;
}

const toDispute = (r: DisputeRow): Dispute => ({
  id: r.id,
  auditId: r.audit_id,
  itemKey: r.item_key,
  reason: r.reason,
  raisedBy: r.raised_by,
  status: r.status,
  oldValue: AnswerValue.parse(JSON.parse(r.old_value)),
  newValue: r.new_value === null ? null : AnswerValue.parse(JSON.parse(r.new_value)),
  decision: r.decision,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  scoreBefore: r.score_before,
  scoreAfter: r.score_after,
  createdAt: r.created_at,
});

export function listDisputes(db: Db, auditId: number): Dispute[] {
  const rows = db.prepare('SELECT * FROM audit_disputes WHERE audit_id = ? ORDER BY id').all(auditId) as DisputeRow[];
  return rows.map(toDispute);
}

/** The agent disputes one item of a submitted audit; one open dispute per item at a time. */
export function raiseDispute(db: Db, actor: string, input: ParsedInput<'audits.disputes.raise'>, now = Date.now()): AuditDetail {
  return writeTransaction(db, actor, (record) => {
    const audit = getAudit(db, input.auditId);
    if (audit.status !== 'submitted') {
      throw new QmFailure('CONFLICT', 'only a submitted audit can be disputed', { reason: 'not_submitted' });
    }
    if (!audit.template.sections.some((s) => s.items.some((i) => i.key === input.itemKey))) {
      throw new QmFailure('NOT_FOUND', `the audit has no item ${input.itemKey}`, { itemKey: input.itemKey });
    }
    if (audit.disputeList.some((d) => d.itemKey === input.itemKey && d.status === 'open')) {
      throw new QmFailure('CONFLICT', 'this item already has an open dispute', { reason: 'dispute_open' });
    }
    const id = Number(
      db
        .prepare(
          `INSERT INTO audit_disputes (audit_id, item_key, reason, raised_by, old_value, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(input.auditId, input.itemKey, input.reason.trim(), input.raisedBy.trim(), JSON.stringify(audit.answers[input.itemKey] ?? null), now)
        .lastInsertRowid,
    );
    const after = listDisputes(db, input.auditId).find((d) => d.id === id)!;
    record({ action: 'create', entity: 'audit_dispute', entityId: id, before: null, after });
    return getAudit(db, input.auditId);
  });
}

/**
 * The arbitrator's decision. Upholding sets the item's new answer and rescores the audit with its own template
 * version; the score before and after is stored with the decision, and both changes are logged.
 */
export function decideDispute(db: Db, actor: string, input: ParsedInput<'audits.disputes.decide'>, now = Date.now()): AuditDetail {
  return writeTransaction(db, actor, (record) => {
    const row = db.prepare('SELECT * FROM audit_disputes WHERE id = ?').get(input.id) as DisputeRow | undefined;
    if (!row) throw new QmFailure('NOT_FOUND', `no dispute with id ${input.id}`, { id: input.id });
    const before = toDispute(row);
    if (before.status !== 'open') throw new QmFailure('CONFLICT', 'this dispute is already decided', { reason: 'dispute_decided' });
    const audit = getAudit(db, before.auditId);
    let scoreAfter = audit.score;
    if (input.outcome === 'upheld') {
      const item = audit.template.sections.flatMap((s) => s.items).find((i) => i.key === before.itemKey)!;
      if (input.newValue === undefined || input.newValue === null || !isValidAnswer(item, input.newValue)) {
        throw new QmFailure('INVALID_INPUT', 'an upheld dispute needs a new answer on the item’s scale', { reason: 'bad_answers', items: [item.key] });
      }
      writeScore(db, audit, { ...audit.answers, [item.key]: input.newValue }, audit.findings, true, actor, now);
      scoreAfter = getAudit(db, audit.id).score;
      record({ action: 'update', entity: 'audit', entityId: audit.id, before: { score: audit.score, answers: audit.answers }, after: { score: scoreAfter, dispute: input.id } });
    }
    db.prepare(
      `UPDATE audit_disputes SET status = ?, new_value = ?, decision = ?, decided_by = ?, decided_at = ?, score_before = ?, score_after = ?
       WHERE id = ?`,
    ).run(
      input.outcome,
      input.outcome === 'upheld' ? JSON.stringify(input.newValue) : null,
      input.decision.trim(),
      actor,
      now,
      audit.score,
      scoreAfter,
      input.id,
    );
    const after = listDisputes(db, audit.id).find((d) => d.id === input.id)!;
    record({ action: 'update', entity: 'audit_dispute', entityId: input.id, before, after });
    return getAudit(db, audit.id);
  });
}
