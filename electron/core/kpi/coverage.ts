import type { Db } from '../db/open.ts';
import { localDate } from '../sla/calendar.ts';
import { rollupNeedsJob } from './rollup-build.ts';

/**
 * How many tickets the workspace holds, the local days of the first and the last (the dashboard's default period),
 * and whether the KPIs can answer now or the rollup's build job has to run first.
 */
export function ticketCoverage(
  db: Db,
  timeZone: string,
): { tickets: number; firstDay: string | null; lastDay: string | null; rollupReady: boolean } {
  const row = db
    .prepare('SELECT count(*) AS n, min(created_at) AS first, max(created_at) AS last FROM tickets')
    .get() as {
    n: number;
    first: number | null;
    last: number | null;
  };
  return {
    tickets: row.n,
    firstDay: row.first === null ? null : localDate(timeZone, row.first),
    lastDay: row.last === null ? null : localDate(timeZone, row.last),
    rollupReady: !rollupNeedsJob(db, timeZone),
  };
}
