import type { KpiId } from '../../../shared/domain/kpi-catalog.ts';
import { dayNumber, splitPeriod } from '../../../shared/domain/kpi-period.ts';
import type { HeatmapChart, KpiScope, ParetoChart, SlaTierChart } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { periodOf } from './compute.ts';
import { TICKET_FORMULAS } from './formulas.ts';
import { ensureRollup } from './rollup-build.ts';
import { dayRangeUtc } from './rollup.ts';
import { measureKpis } from './sources.ts';
import { PARETO_SQL, scopeKeyParam } from './ticket-rows.ts';
import { loadTicketSums, type LoadContext } from './ticket-sums.ts';

/** Complaints of a period and scope by category, most frequent first (uncategorised ones as a null category). */
export function complaintPareto(
  db: Db,
  ctx: LoadContext,
  input: { period: string; scope: KpiScope; limit: number },
): ParetoChart {
  const period = periodOf(input.period);
  const [from, to] = dayRangeUtc(ctx.timeZone, period.from, period.to);
  const params: Record<string, number | string> = { from, to };
  if (input.scope.dim !== 'org') params['key'] = scopeKeyParam(input.scope.dim, input.scope.key);
  const rows = db.prepare(PARETO_SQL[input.scope.dim]).all(params) as ParetoChart['items'];
  return { total: rows.reduce((sum, r) => sum + r.count, 0), items: rows.slice(0, input.limit) };
}

/** Response and resolution SLA met per severity tier. */
export function slaByTier(
  db: Db,
  ctx: LoadContext,
  input: { period: string; scope: KpiScope },
): SlaTierChart {
  const period = periodOf(input.period);
  ensureRollup(db, ctx.timeZone);
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  const tiers = [[0], [1], [2], [3]] as const;
  const none: number[] = [];
  const sums = loadTicketSums(
    db,
    ctx,
    input.scope,
    period.from,
    period.to,
    4,
    (day, tier) => (day >= first && day <= last ? (tiers[tier - 1] ?? none) : none),
    false,
  );
  return sums.map((s, i) => {
    const response = TICKET_FORMULAS.sla_response_rate(s);
    const resolution = TICKET_FORMULAS.sla_resolution_rate(s);
    return {
      tier: i + 1,
      responseRate: response.value,
      responseN: response.n,
      resolutionRate: resolution.value,
      resolutionN: resolution.n,
    };
  });
}

/** Longest heat map: three years of months. */
const MAX_MONTHS = 36;

/** One KPI for every active outlet by month of the period. */
export function outletHeatmap(db: Db, ctx: LoadContext, input: { period: string; kpi: KpiId }): HeatmapChart {
  const months = splitPeriod(periodOf(input.period), 'month').slice(-MAX_MONTHS);
  const outlets = db
    .prepare('SELECT id, code, name FROM outlets WHERE active = 1 ORDER BY code')
    .all() as HeatmapChart['outlets'];
  const cells: HeatmapChart['cells'] = [];
  outlets.forEach((outlet, y) => {
    const values =
      measureKpis(db, ctx, { dim: 'outlet', key: String(outlet.id) }, months, [input.kpi]).get(input.kpi) ??
      [];
    values.forEach((v, x) => {
      if (v.n > 0) cells.push([x, y, v.value]);
    });
  });
  return { kpi: input.kpi, months: months.map((m) => m.text), outlets, cells };
}
