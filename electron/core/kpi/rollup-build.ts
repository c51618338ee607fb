import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';
import {
  CellAggregator,
  dayCutter,
  refreshDays,
  replaceRollup,
  refreshRollup,
  rollupPlan,
  type RefreshResult,
} from './rollup.ts';
import { ticketFactChunks } from './ticket-rows.ts';

/** Tickets per chunk of a full build: about a tenth of a second of work, so a cancel is answered at once. */
const CHUNK = 20_000;
/**
 * Up to this many tickets a missing rollup is built on the spot when the dashboard asks (under a second); above it,
 * as a job with progress (about 16 s per million tickets on a slow machine).
 */
export const SYNC_BUILD_LIMIT = 20_000;

const ticketCount = (db: Db): number => db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;

/** Builds running per connection: a second request joins the first instead of doing the work twice. */
const running = new WeakMap<Db, Promise<RefreshResult>>();

/**
 * Brings the rollup up to date where the tickets are written (demo generation, import, SLA recompute) or as the
 * dashboard's job for a workspace that lacks it: changed days at once, a full build chunk by chunk with progress
 * (phase 'kpi') and cancel between chunks. A cancelled build leaves the rollup as it was.
 */
export function updateRollup(
  db: Db,
  timeZone: string,
  job?: JobControl,
  chunk = CHUNK,
): Promise<RefreshResult> {
  const current = running.get(db);
  if (current) return current;
  const plan = rollupPlan(db, timeZone);
  if (plan.mode === 'none') return Promise.resolve({ mode: 'none', days: 0 });
  if (plan.mode === 'days') return Promise.resolve(refreshDays(db, timeZone, plan.runs));
  const build = buildAll(db, timeZone, job, chunk).finally(() => running.delete(db));
  running.set(db, build);
  return build;
}

async function buildAll(
  db: Db,
  timeZone: string,
  job: JobControl | undefined,
  chunkSize: number,
): Promise<RefreshResult> {
  const total = ticketCount(db);
  // Changes written while the chunks are read mark their quarter hours again; the next refresh takes them up.
  db.prepare('DELETE FROM kpi_dirty').run();
  const aggregator = new CellAggregator(dayCutter(timeZone));
  let done = 0;
  job?.progress('kpi', 0, total);
  for (const chunk of ticketFactChunks(db, chunkSize)) {
    for (const facts of chunk) aggregator.add(facts);
    done += chunk.length;
    job?.progress('kpi', done, total);
    await new Promise<void>((resolve) => setImmediate(resolve)); // lets the host deliver a cancel
    job?.checkpoint();
  }
  return replaceRollup(db, timeZone, aggregator.cells());
}

/** Whether the dashboard has to run the rollup build as a job before it can show numbers. */
export function rollupNeedsJob(db: Db, timeZone: string): boolean {
  return running.has(db) || (rollupPlan(db, timeZone).mode === 'full' && ticketCount(db) > SYNC_BUILD_LIMIT);
}

/**
 * For readers of the rollup (tiles, series, charts): brings it up to date when that is quick, and refuses with a
 * typed CONFLICT (`details.reason` 'kpi_rollup') while a large build is due or running, instead of freezing the
 * app for seconds. The dashboard runs the build as a job first (kpi.rollup.build).
 */
export function ensureRollup(db: Db, timeZone: string): void {
  if (rollupNeedsJob(db, timeZone)) {
    throw new QmFailure('CONFLICT', 'The KPI rollup is being built; try again when the build job has finished.', {
      reason: 'kpi_rollup',
    });
  }
  refreshRollup(db, timeZone);
}
