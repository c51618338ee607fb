import type { Change } from '../audit-log/record.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';
import { updateRollup } from '../kpi/rollup-build.ts';
import { getSettings } from '../settings/service.ts';
import { recomputeSla, measureTickets, type RecomputeScope } from '../sla/recompute.ts';
import { refreshArchiveIndex } from './archive-index.ts';
import { enterAllFollowUps, enterFollowUp } from './follow-ups.ts';
import { linkChanges, relinkAll, relinkFor, type CustomerCategory } from './repeats.ts';

/*
 * Derived data of tickets - SLA columns, repeat links, second follow-ups, the text index - kept up to date after
 * every write: per ticket for edits (in the edit's transaction), for the whole workspace after imports, demo
 * generation and settings or policy changes.
 */

/**
 * After a few tickets were created or edited: measure them, re-link the complaints of the (customer, category)
 * pairs they had before and have now, and enter follow-ups. Runs inside the caller's transaction; returns audit
 * entries for other records it changed (links of other tickets, new follow-ups).
 */
export function deriveTickets(db: Db, ids: readonly number[], pairs: readonly CustomerCategory[], now: number): Change[] {
  const settings = getSettings(db);
  measureTickets(db, ids, now);
  const relinked = relinkFor(db, settings.repeatWindowDays, ids, pairs);
  const changes = linkChanges(relinked);
  for (const id of ids) {
    const followUp = enterFollowUp(db, id, now);
    if (followUp) changes.push(followUp);
  }
  return changes;
}

export interface DeriveAllResult {
  tickets: number;
  slaChanged: number;
  relinked: number;
  followUps: number;
  indexed: number;
  seconds: number;
}

/** From this many measured rows on, planner statistics are refreshed afterwards. */
const ANALYZE_FROM = 100_000;

/**
 * The whole workspace, as a job with phases: SLA ('all' re-measures every ticket under the current policy and
 * calendar, 'unmeasured' only new rows), repeat links and follow-ups (whole table, about a second per million),
 * the text index (only rows not indexed yet), the KPI rollup (changed days, or everything after a large change) and,
 * after large changes, the query planner's statistics - sampled statistics mislead SQLite on columns with few
 * values, so they are computed in full.
 * This is what an import or the demo generator should call once its rows are committed.
 */
export async function deriveAll(db: Db, actor: string, scope: RecomputeScope, job?: JobControl, now = Date.now()): Promise<DeriveAllResult> {
  const started = performance.now();
  const sla = await recomputeSla(db, scope, job, now);
  job?.checkpoint();
  job?.progress('repeats', 0, 1);
  const settings = getSettings(db);
  const derived = writeTransaction(db, actor, (record) => {
    const relinked = relinkAll(db, settings.repeatWindowDays).changed.length;
    const followUps = enterAllFollowUps(db, now);
    record({
      action: 'update',
      entity: 'tickets',
      entityId: 'derived',
      before: null,
      after: { scope, measured: sla.tickets, slaChanged: sla.changed, relinked, followUpsCreated: followUps },
    });
    return { relinked, followUps };
  });
  job?.progress('repeats', 1, 1);
  const { indexed } = await refreshArchiveIndex(db, job);
  await updateRollup(db, settings.timeZone, job);
  if (sla.changed >= ANALYZE_FROM || indexed >= ANALYZE_FROM) {
    job?.progress('statistics', 0, 1);
    db.pragma('analysis_limit = 0');
    db.exec('ANALYZE tickets');
    db.exec('ANALYZE customers');
    job?.progress('statistics', 1, 1);
  }
  return { tickets: sla.tickets, slaChanged: sla.changed, ...derived, indexed, seconds: Math.round(performance.now() - started) / 1000 };
}
