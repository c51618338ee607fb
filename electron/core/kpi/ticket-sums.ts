import { dayNumber } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { dayCutter, dayStart, COUNTER_COLUMNS, type RollupDim } from './rollup.ts';
import type { DenseHistogram } from './histogram.ts';
import { addTicket, COUNTER_FIELDS, groupSums, type Sums } from './sums.ts';
import { overdueRunningClocks, ticketFacts } from './ticket-rows.ts';

export interface LoadContext {
  timeZone: string;
  /** Current time: running SLA clocks past their due instant count as breached. */
  now: number;
}

export const SLA_CLOCKS = ['response', 'resolution'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

/** Where a day (local day number) and tier go: indexes of the result's groups, possibly several, possibly none. */
export type Assign = (day: number, tier: number) => readonly number[];

const ROLLUP_SQL = `SELECT day, tier, ${COUNTER_COLUMNS} FROM kpi_rollup WHERE dim = ? AND key = ? AND day BETWEEN ? AND ?`;
const ROLLUP_SQL_HIST = `SELECT day, tier, ${COUNTER_COLUMNS}, fr_hist, res_hist
  FROM kpi_rollup WHERE dim = ? AND key = ? AND day BETWEEN ? AND ?`;

/** The rollup row of a scope, or null when the scope is read from the tickets themselves (agents). */
function rollupKey(db: Db, scope: KpiScope): { dim: RollupDim; key: string } | null {
  switch (scope.dim) {
    case 'org':
      return { dim: 'org', key: '' };
    case 'agent':
      return null;
    case 'category': {
      const row = db.prepare('SELECT parent_id FROM categories WHERE id = ?').get(Number(scope.key)) as
        { parent_id: number | null } | undefined;
      return { dim: row && row.parent_id === null ? 'category_group' : 'category', key: scope.key };
    }
    default:
      return { dim: scope.dim, key: scope.key };
  }
}

/**
 * Sums of the tickets of a scope created on local days fromDay..toDay, spread over `groups` groups by `assign`.
 * Reads the rollup (refreshed by the caller) or, for agents, the tickets; then adds the running clocks already
 * past due as SLA breaches. `withHist` = false skips the histograms when no median is wanted; `clocks` names the
 * running clocks to read (each costs a query over the open tickets, wasted when no SLA rate is wanted).
 */
export function loadTicketSums(
  db: Db,
  ctx: LoadContext,
  scope: KpiScope,
  fromDay: string,
  toDay: string,
  groups: number,
  assign: Assign,
  withHist = true,
  clocks: readonly SlaClock[] = SLA_CLOCKS,
): Sums<DenseHistogram>[] {
  const out = Array.from({ length: groups }, groupSums);
  const first = dayNumber(fromDay);
  const last = dayNumber(toDay);
  const from = dayStart(ctx.timeZone, first);
  const to = dayStart(ctx.timeZone, last + 1);
  const cut = dayCutter(ctx.timeZone);
  const rollup = rollupKey(db, scope);
  if (rollup) {
    const rows = db
      .prepare(withHist ? ROLLUP_SQL_HIST : ROLLUP_SQL)
      .raw(true)
      .all(rollup.dim, rollup.key, first, last) as (number | Buffer)[][];
    const counters = COUNTER_FIELDS.length;
    for (const row of rows) {
      for (const g of assign(row[0] as number, row[1] as number)) {
        const s = out[g] as Sums<DenseHistogram>;
        for (let i = 0; i < counters; i++)
          s[COUNTER_FIELDS[i] as (typeof COUNTER_FIELDS)[number]] += row[i + 2] as number;
        if (withHist) {
          s.frHist.addBlob(row[counters + 2] as Buffer);
          s.resHist.addBlob(row[counters + 3] as Buffer);
        }
      }
    }
  } else {
    for (const facts of ticketFacts(db, from, to, scope)) {
      for (const g of assign(cut(facts[0]), facts[1])) addTicket(out[g] as Sums<DenseHistogram>, facts);
    }
  }
  for (const clock of clocks) {
    for (const row of overdueRunningClocks(db, clock, ctx.now, from, to, scope)) {
      for (const g of assign(cut(row.created_at), row.tier)) {
        const s = out[g] as Sums<DenseHistogram>;
        if (clock === 'response') s.slaRespN += 1;
        else s.slaResN += 1;
      }
    }
  }
  return out;
}
