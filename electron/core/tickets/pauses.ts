import type { Db } from '../db/open.ts';

/**
 * Keeps ticket_pauses in step with status changes: entering a pause status (settings.pauseStatuses, e.g. pending
 * customer) opens a pause, leaving it closes the pause, moving between two pause statuses closes one and opens the
 * next. A ticket that stood in a pause status without an open row (imported or generated that way) was measured as
 * paused since its last change (sla/measure.ts); that assumed pause is written down the first time the ticket is
 * edited, so the clock does not jump.
 */
export function trackPause(
  db: Db,
  ticketId: number,
  change: { before: string | null; after: string; lastChange: number; createdAt: number },
  pauseStatuses: ReadonlySet<string>,
  now: number,
): void {
  const wasPaused = change.before !== null && pauseStatuses.has(change.before);
  const isPaused = pauseStatuses.has(change.after);
  if (!wasPaused && !isPaused) return;
  const open = db.prepare('SELECT id, status FROM ticket_pauses WHERE ticket_id = ? AND end_at IS NULL').get(ticketId) as
    | { id: number; status: string }
    | undefined;
  const at = Math.max(now, change.createdAt);
  const insert = db.prepare('INSERT INTO ticket_pauses (ticket_id, status, start_at, end_at) VALUES (?, ?, ?, ?)');
  if (wasPaused && !open) {
    // The assumed pause since the last change.
    const start = Math.max(change.lastChange, change.createdAt);
    if (change.before === change.after) {
      insert.run(ticketId, change.after, start, null);
      return;
    }
    insert.run(ticketId, change.before, start, Math.max(at, start));
  } else if (open && change.before !== change.after) {
    db.prepare('UPDATE ticket_pauses SET end_at = max(start_at, ?) WHERE id = ?').run(at, open.id);
  } else if (open) {
    return; // still in the same pause
  }
  if (isPaused && change.before !== change.after) insert.run(ticketId, change.after, at, null);
}
