import { z } from 'zod';
import { AnswerValue } from '../../../shared/schemas/audits.ts';
import type { Appeal } from '../../../shared/schemas/mystery.ts';
import type { Db } from '../db/open.ts';

export interface AppealRow {
  id: number;
  visit_id: number;
  item_key: string | null;
  reason: string;
  raised_by: string;
  status: Appeal['status'];
  changes: string;
  decision: string;
  decided_by: string | null;
  decided_at: number | null;
  score_before: number | null;
  score_after: number | null;
  created_at: number;
}

const Changes = z.record(z.string(), z.tuple([AnswerValue, AnswerValue]));

export const toAppeal = (r: AppealRow): Appeal => ({
  id: r.id,
  visitId: r.visit_id,
  itemKey: r.item_key,
  reason: r.reason,
  raisedBy: r.raised_by,
  status: r.status,
  changes: Changes.parse(JSON.parse(r.changes)),
  decision: r.decision,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  scoreBefore: r.score_before,
  scoreAfter: r.score_after,
  createdAt: r.created_at,
});

export function listAppeals(db: Db, visitId: number): Appeal[] {
  return (db.prepare('SELECT * FROM mystery_appeals WHERE visit_id = ? ORDER BY id').all(visitId) as AppealRow[]).map(toAppeal);
}
