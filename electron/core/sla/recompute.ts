import type { Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';
import { getSettings } from '../settings/service.ts';
import { detachSlaIndexes, ensureIndexes, reattachIndexes } from './bulk-indexes.ts';
import { factsFromRaw, latestInstant, pausesBetween, SlaMeasurer, SlaWriter, type FactsRow } from './store.ts';

/** Rows per transaction: a cancel is answered within a fraction of a second and a batch's pauses load in one query. */
const BATCH = 20_000;
/** From this many rows on, the SLA indexes are dropped for the run and built again afterwards. */
const BULK_FROM = 100_000;

export type RecomputeScope = 'all' | 'unmeasured';

export interface RecomputeResult {
  /** Tickets measured (whether or not their columns changed). */
  tickets: number;
  /** Tickets whose stored columns changed. */
  changed: number;
  seconds: number;
}

/**
 * Measure tickets under the current policy version and calendar: 'all' re-measures every ticket (after a policy or
 * calendar change), 'unmeasured' only rows never measured (after an import). Each batch is its own transaction -
 * measuring is idempotent, so a cancel or crash between batches leaves correct rows and the rest to do again.
 */
export async function recomputeSla(db: Db, scope: RecomputeScope, job?: JobControl, now = Date.now()): Promise<RecomputeResult> {
  const started = performance.now();
  const settings = getSettings(db);
  ensureIndexes(db);
  const range = db.prepare('SELECT min(created_at) AS lo, max(created_at) AS hi, count(*) AS n FROM tickets').get() as {
    lo: number | null;
    hi: number | null;
    n: number;
  };
  const total =
    scope === 'all'
      ? range.n
      : (db.prepare('SELECT count(*) AS n FROM tickets WHERE sla_version IS NULL').get() as { n: number }).n;
  const measurer = new SlaMeasurer(db, settings, range.lo ?? now, Math.max(now, range.hi ?? now));
  const version = measurer.current;
  const writer = new SlaWriter(db);
  // Raw arrays instead of row objects: reading a million rows is the largest cost after writing them.
  const select = (
    scope === 'all'
      ? db.prepare(
          `SELECT id, tier, created_at, first_response_at, resolved_at, closed_at, status, updated_at, sla_version,
             response_due_at, resolution_due_at, response_warn_at, resolution_warn_at, response_ms, resolution_ms,
             response_breached, resolution_breached
           FROM tickets WHERE id > ? ORDER BY id LIMIT ?`,
        )
      : db.prepare(
          `SELECT id, tier, created_at, first_response_at, resolved_at, closed_at, status, updated_at, sla_version,
             response_due_at, resolution_due_at, response_warn_at, resolution_warn_at, response_ms, resolution_ms,
             response_breached, resolution_breached
           FROM tickets WHERE sla_version IS NULL AND id > ? ORDER BY id LIMIT ?`,
        )
  ).raw(true);
  const batch = db.transaction((rows: FactsRow[]) => {
    const first = rows[0]!.id;
    const last = rows[rows.length - 1]!.id;
    const pauses = pausesBetween(db, first, last);
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    for (const row of rows) {
      lo = Math.min(lo, row.created_at);
      hi = Math.max(hi, latestInstant(row, pauses.get(row.id)));
    }
    measurer.cover(lo, hi);
    for (const row of rows) writer.write(row, version, measurer.measure(row, version, pauses.get(row.id) ?? []));
  });

  let done = 0;
  let cursor = 0;
  job?.progress('sla', 0, total);
  const bulk = total >= BULK_FROM;
  if (bulk) detachSlaIndexes(db);
  try {
    for (;;) {
      job?.checkpoint();
      const rows = (select.all(cursor, BATCH) as unknown[][]).map(factsFromRaw);
      if (rows.length === 0) break;
      batch(rows);
      cursor = rows[rows.length - 1]!.id;
      done += rows.length;
      job?.progress('sla', done, total);
      await new Promise<void>((resolve) => setImmediate(resolve)); // lets the host deliver a cancel between batches
    }
  } finally {
    if (bulk) {
      job?.progress('indexes', 0, 1);
      reattachIndexes(db);
      job?.progress('indexes', 1, 1);
    }
  }
  return { tickets: done, changed: writer.written, seconds: Math.round(performance.now() - started) / 1000 };
}

/**
 * Measure a few tickets inside the caller's transaction (after a create, an edit or an import). A ticket keeps the
 * policy version it was measured under; a ticket never measured gets the current one.
 */
export function measureTickets(db: Db, ids: readonly number[], now = Date.now()): void {
  if (ids.length === 0) return;
  const select = db.prepare(
    `SELECT id, tier, created_at, first_response_at, resolved_at, closed_at, status, updated_at, sla_version,
       response_due_at, resolution_due_at, response_warn_at, resolution_warn_at, response_ms, resolution_ms,
       response_breached, resolution_breached
     FROM tickets WHERE id = ?`,
  );
  const rows = ids.map((id) => select.get(id) as FactsRow | undefined).filter((r): r is FactsRow => r !== undefined);
  if (rows.length === 0) return;
  const settings = getSettings(db);
  let lo = Number.POSITIVE_INFINITY;
  for (const r of rows) lo = Math.min(lo, r.created_at);
  const measurer = new SlaMeasurer(db, settings, lo, now);
  const writer = new SlaWriter(db);
  const pausesOf = db.prepare('SELECT start_at, end_at FROM ticket_pauses WHERE ticket_id = ? ORDER BY start_at');
  for (const row of rows) {
    const pauses = (pausesOf.all(row.id) as { start_at: number; end_at: number | null }[]).map((p) => ({ start: p.start_at, end: p.end_at }));
    measurer.cover(row.created_at, latestInstant(row, pauses));
    const version = row.sla_version ?? measurer.current;
    writer.write(row, version, measurer.measure(row, version, pauses));
  }
}
