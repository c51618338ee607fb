import { KPI_IDS, kpiStatus, type KpiId } from '../../../shared/domain/kpi-catalog.ts';
import {
  parsePeriod,
  samePeriodLastYear,
  trailingPeriods,
  type Period,
  type PeriodKind,
} from '../../../shared/domain/kpi-period.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { KpiReport, KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { measureKpis } from './sources.ts';
import { targetsFor } from './targets.ts';
import type { LoadContext } from './ticket-sums.ts';

/** Points of a tile's sparkline per period kind: two weeks of days, a year of months, two years of quarters… */
const SPARKLINE_POINTS: Record<PeriodKind, number> = {
  day: 14,
  week: 12,
  month: 12,
  quarter: 8,
  year: 5,
  custom: 6,
};

export function periodOf(text: string): Period {
  const period = parsePeriod(text);
  if (!period)
    throw new QmFailure('INVALID_INPUT', `Not a period: "${text.slice(0, 40)}"`, { field: 'period' });
  return period;
}

const out = (p: Period) => ({ kind: p.kind, from: p.from, to: p.to, text: p.text });

/**
 * The KPI tiles of a period and scope: value, denominator size, target and status, the previous period, the same
 * period last year and a sparkline of the trailing periods - all from one pass per source.
 */
export function computeKpis(
  db: Db,
  ctx: LoadContext,
  input: { period: string; scope: KpiScope; kpis?: readonly KpiId[] | undefined },
): KpiReport {
  const period = periodOf(input.period);
  const ids = input.kpis && input.kpis.length > 0 ? input.kpis : KPI_IDS;
  const trailing = trailingPeriods(period, SPARKLINE_POINTS[period.kind]);
  const previous = trailing[trailing.length - 2] as Period;
  const lastYear = samePeriodLastYear(period);
  const measured = measureKpis(db, ctx, input.scope, [...trailing, lastYear], ids);
  const targets = targetsFor(db, input.scope);
  const current = trailing.length - 1;
  return {
    period: out(period),
    previous: out(previous),
    lastYear: out(lastYear),
    scope: { dim: input.scope.dim, key: input.scope.key },
    sparkline: trailing.map((p) => p.text),
    kpis: ids.map((id) => {
      const values = measured.get(id) ?? [];
      const now = values[current] ?? { value: null, n: 0 };
      const prev = values[current - 1]?.value ?? null;
      const { target, origin } = targets.get(id) ?? { target: null, origin: 'default' as const };
      return {
        id,
        value: now.value,
        n: now.n,
        target,
        targetOrigin: origin,
        status: kpiStatus(id, now.value, target),
        previous: prev,
        lastYear: values[trailing.length]?.value ?? null,
        change: now.value === null || prev === null ? null : now.value - prev,
        sparkline: values.slice(0, trailing.length).map((v) => v.value),
      };
    }),
  };
}
