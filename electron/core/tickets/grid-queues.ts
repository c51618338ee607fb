import type { TICKET_QUEUES } from '../../../shared/schemas/tickets.ts';
import { TICKET_STATUSES } from '../../../shared/domain/enums.ts';

export type Queue = (typeof TICKET_QUEUES)[number];

const OPEN_STATUSES = TICKET_STATUSES.filter((s) => s !== 'resolved' && s !== 'closed');

/**
 * Open = not yet resolved or closed, said twice on purpose: the NOT IN form is the condition of the partial index
 * tickets_open_created (pages in creation order), the IN form lets a count seek the (status, created_at) index
 * instead of scanning it. The statuses are the contract's enumeration, not input.
 */
export const OPEN = `t.status NOT IN ('resolved', 'closed') AND t.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Clock conditions within a queue: the open tickets are few, so they are checked row by row; the unary + keeps
 * SQLite from answering them through the large indexes on the whole table (e.g. every closed late response).
 */

/**
 * The work queues as SQL conditions (`now`: placeholder of the query's current time). Running clocks are judged
 * against `now` here, from the due and warning instants stored when the ticket was measured.
 *   open           - not resolved or closed
 *   breaching_soon - open, a running clock past its escalation threshold (settings.escalationThreshold of the target
 *                    used up) but not yet due
 *   breached       - open, a clock breached: a running one past due, or a response that came late
 *   follow_up      - an open second follow-up
 *   callbacks_due  - resolved (not closed) and no satisfaction callback yet; due 72 h after the resolution (seed 004),
 *                    overdue ones stay in the queue until called, oldest first
 *   repeat         - linked as a repeat complaint
 */
export function queueCondition(queue: Queue, now: string): string | null {
  switch (queue) {
    case 'all':
      return null;
    case 'open':
      return OPEN;
    case 'breaching_soon':
      return (
        `${OPEN} AND ((+t.response_ms IS NULL AND +t.response_warn_at <= ${now} AND +t.response_due_at >= ${now})` +
        ` OR (+t.resolution_ms IS NULL AND +t.resolution_warn_at <= ${now} AND +t.resolution_due_at >= ${now}))`
      );
    case 'breached':
      return (
        `${OPEN} AND (+t.response_breached = 1 OR (+t.response_ms IS NULL AND +t.response_due_at < ${now})` +
        ` OR (+t.resolution_ms IS NULL AND +t.resolution_due_at < ${now}))`
      );
    case 'follow_up':
      return "t.id IN (SELECT f.ticket_id FROM follow_ups f WHERE f.status = 'open')";
    case 'callbacks_due':
      return "t.status = 'resolved' AND t.callback_at IS NULL";
    case 'repeat':
      return 't.repeat_of_id IS NOT NULL';
  }
}

/**
 * The table expression a count of the queue reads. The open queues name the partial index of open tickets: SQLite's
 * statistics sample too few rows to see that open statuses are rare (about 2 % of a year's tickets), so with any
 * extra condition it would scan the whole table instead of the ~17,000 open rows of a million. Their condition
 * repeats the index's WHERE (OPEN), which INDEXED BY requires. `indexed`: the index exists right now (a bulk import
 * drops indexes inside its transaction, and INDEXED BY a missing index is an error).
 */
export function countSource(queue: Queue, indexed: boolean): string {
  const open = queue === 'open' || queue === 'breaching_soon' || queue === 'breached';
  return open && indexed ? 'tickets t INDEXED BY tickets_open_created' : 'tickets t';
}

/** Order when the user chose none: the most urgent first in the clock and callback queues, else the newest. */
export function defaultOrder(queue: Queue): string {
  switch (queue) {
    case 'breaching_soon':
      return 'min(coalesce(t.response_due_at, 9e15), coalesce(t.resolution_due_at, 9e15)) ASC, t.id ASC';
    case 'callbacks_due':
      return 't.resolved_at ASC, t.id ASC';
    default:
      return 't.created_at DESC, t.id DESC';
  }
}

/** Callbacks are due this long after the resolution (seed 004: satisfaction callback within 72 h). */
export const CALLBACK_DUE_MS = 72 * 3_600_000;
