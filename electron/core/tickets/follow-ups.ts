import type { FollowUp } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction, type Change } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

/*
 * Second follow-up (seed 004): unresolved or unsatisfied cases go to a senior specialist. A resolved or closed ticket
 * enters when
 *   - it is a complaint closed without a resolution (no resolution time or no resolution text)  → 'unresolved'
 *   - its satisfaction callback came back unsatisfied                                          → 'callback_unsatisfied'
 *   - its CSAT is 1 or 2                                                                        → 'low_csat'
 * (first matching reason). Entry is idempotent: a ticket has at most one follow-up, and an existing one - its owner,
 * status and note - is never replaced or removed automatically, even if the ticket is edited afterwards.
 * The rule is written out in both statements below (whole table / one ticket).
 */

/** Enter every qualifying ticket; returns how many follow-ups were created. Inside the caller's transaction. */
export function enterAllFollowUps(db: Db, now: number): number {
  return db
    .prepare(
      `INSERT INTO follow_ups (ticket_id, reason, created_at)
       SELECT id, CASE
           WHEN type = 'complaint' AND status = 'closed' AND (resolved_at IS NULL OR trim(coalesce(resolution, '')) = '') THEN 'unresolved'
           WHEN callback_result = 'unsatisfied' THEN 'callback_unsatisfied'
           ELSE 'low_csat' END, @now
       FROM tickets
       WHERE status IN ('resolved', 'closed')
         AND ((type = 'complaint' AND status = 'closed' AND (resolved_at IS NULL OR trim(coalesce(resolution, '')) = ''))
              OR callback_result = 'unsatisfied' OR csat <= 2)
       ORDER BY id
       ON CONFLICT (ticket_id) DO NOTHING`,
    )
    .run({ now }).changes;
}

/** Enter one ticket if it qualifies; returns the audit change when a follow-up was created. */
export function enterFollowUp(db: Db, ticketId: number, now: number): Change | null {
  const inserted = db
    .prepare(
      `INSERT INTO follow_ups (ticket_id, reason, created_at)
       SELECT id, CASE
           WHEN type = 'complaint' AND status = 'closed' AND (resolved_at IS NULL OR trim(coalesce(resolution, '')) = '') THEN 'unresolved'
           WHEN callback_result = 'unsatisfied' THEN 'callback_unsatisfied'
           ELSE 'low_csat' END, @now
       FROM tickets
       WHERE id = @id AND status IN ('resolved', 'closed')
         AND ((type = 'complaint' AND status = 'closed' AND (resolved_at IS NULL OR trim(coalesce(resolution, '')) = ''))
              OR callback_result = 'unsatisfied' OR csat <= 2)
       ON CONFLICT (ticket_id) DO NOTHING`,
    )
    .run({ id: ticketId, now }).changes;
  if (inserted === 0) return null;
  return { action: 'create', entity: 'follow_up', entityId: ticketId, before: null, after: getFollowUp(db, ticketId) };
}

interface FollowUpRow {
  ticket_id: number;
  reason: FollowUp['reason'];
  owner_id: number | null;
  owner: string | null;
  status: FollowUp['status'];
  note: string;
  created_at: number;
  done_at: number | null;
}

export function getFollowUp(db: Db, ticketId: number): FollowUp | null {
  const r = db
    .prepare(
      `SELECT f.ticket_id, f.reason, f.owner_id, s.name AS owner, f.status, f.note, f.created_at, f.done_at
       FROM follow_ups f LEFT JOIN staff s ON s.id = f.owner_id WHERE f.ticket_id = ?`,
    )
    .get(ticketId) as FollowUpRow | undefined;
  if (!r) return null;
  return {
    ticketId: r.ticket_id,
    reason: r.reason,
    ownerId: r.owner_id,
    owner: r.owner,
    status: r.status,
    note: r.note,
    createdAt: r.created_at,
    doneAt: r.done_at,
  };
}

export interface FollowUpPatch {
  ticketId: number;
  ownerId: number | null;
  status: 'open' | 'done';
  note: string;
}

/** Assign, annotate or complete a follow-up (audited). Done keeps its first completion time. */
export function updateFollowUp(db: Db, actor: string, patch: FollowUpPatch, now = Date.now()): FollowUp {
  return writeTransaction(db, actor, (record) => {
    const before = getFollowUp(db, patch.ticketId);
    if (!before) throw new QmFailure('NOT_FOUND', `Ticket ${patch.ticketId} has no second follow-up.`, { ticketId: patch.ticketId });
    if (patch.ownerId !== null && !db.prepare('SELECT 1 FROM staff WHERE id = ?').get(patch.ownerId)) {
      throw new QmFailure('INVALID_INPUT', `ownerId: no staff member ${patch.ownerId}.`, { field: 'ownerId', value: patch.ownerId });
    }
    const doneAt = patch.status === 'done' ? (before.doneAt ?? now) : null;
    db.prepare('UPDATE follow_ups SET owner_id = ?, status = ?, note = ?, done_at = ? WHERE ticket_id = ?').run(
      patch.ownerId,
      patch.status,
      patch.note,
      doneAt,
      patch.ticketId,
    );
    const after = getFollowUp(db, patch.ticketId)!;
    const keys = (['ownerId', 'status', 'note', 'doneAt'] as const).filter((k) => before[k] !== after[k]);
    if (keys.length > 0) {
      record({
        action: 'update',
        entity: 'follow_up',
        entityId: patch.ticketId,
        before: Object.fromEntries(keys.map((k) => [k, before[k]])),
        after: Object.fromEntries(keys.map((k) => [k, after[k]])),
      });
    }
    return after;
  });
}
