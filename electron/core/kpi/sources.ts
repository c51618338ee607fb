import type { KpiId, KpiSource } from '../../../shared/domain/kpi-catalog.ts';
import { TICKET_KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import { dayNumber, type Period } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { TICKET_FORMULAS, type Measured } from './formulas.ts';
import { ensureRollup } from './rollup-build.ts';
import { loadTicketSums, type LoadContext } from './ticket-sums.ts';

/**
 * A source of KPIs: the records it reads and the formulas over them. Tickets are the first; audits, mystery shops
 * and training add theirs here (their ids in shared/domain/kpi-catalog.ts), and compute, series, targets, the CLI
 * and the dashboard take them up without change.
 */
export interface KpiSourceDef {
  id: KpiSource;
  kpis: readonly KpiId[];
  /** Values of `kpis` (all of this source) for each period, in the periods' order. */
  measure(
    db: Db,
    ctx: LoadContext,
    scope: KpiScope,
    periods: readonly Period[],
    kpis: readonly KpiId[],
  ): Map<KpiId, Measured[]>;
}

const MEDIANS: readonly KpiId[] = ['first_response_median_min', 'resolution_median_h'];

/** Day-range membership of several periods at once (they may overlap: a sparkline and the same period last year). */
export function periodAssigner(periods: readonly Period[]): (day: number) => readonly number[] {
  const ranges = periods.map((p) => [dayNumber(p.from), dayNumber(p.to)] as const);
  const none: number[] = [];
  return (day) => {
    let hits: number[] | null = null;
    for (let i = 0; i < ranges.length; i++) {
      const [a, b] = ranges[i] as readonly [number, number];
      if (day >= a && day <= b) (hits ??= []).push(i);
    }
    return hits ?? none;
  };
}

const ticketsSource: KpiSourceDef = {
  id: 'tickets',
  kpis: TICKET_KPI_IDS,
  measure(db, ctx, scope, periods, kpis) {
    ensureRollup(db, ctx.timeZone);
    const from = periods.reduce((m, p) => (p.from < m ? p.from : m), periods[0]?.from ?? '');
    const to = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]?.to ?? '');
    const inPeriods = periodAssigner(periods);
    const withHist = kpis.some((id) => MEDIANS.includes(id));
    const sums = loadTicketSums(db, ctx, scope, from, to, periods.length, (day) => inPeriods(day), withHist);
    return new Map(kpis.map((id) => [id, sums.map((s) => TICKET_FORMULAS[id](s))]));
  },
};

export const KPI_SOURCE_REGISTRY: readonly KpiSourceDef[] = [ticketsSource];

/** Values of any KPIs for each period, each source asked once. */
export function measureKpis(
  db: Db,
  ctx: LoadContext,
  scope: KpiScope,
  periods: readonly Period[],
  kpis: readonly KpiId[],
): Map<KpiId, Measured[]> {
  const out = new Map<KpiId, Measured[]>();
  if (periods.length === 0) return out;
  for (const source of KPI_SOURCE_REGISTRY) {
    const wanted = kpis.filter((id) => source.kpis.includes(id));
    if (wanted.length === 0) continue;
    for (const [id, values] of source.measure(db, ctx, scope, periods, wanted)) out.set(id, values);
  }
  return out;
}
