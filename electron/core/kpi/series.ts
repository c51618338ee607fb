import type { KpiId } from '../../../shared/domain/kpi-catalog.ts';
import { defaultGrain, splitPeriod, type SeriesGrain } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope, KpiSeries } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { periodOf } from './compute.ts';
import { measureKpis } from './sources.ts';
import { targetsFor } from './targets.ts';
import type { LoadContext } from './ticket-sums.ts';

/** KPI values per day, week, month or quarter of a period (trend charts), with the scope's targets. */
export function kpiSeries(
  db: Db,
  ctx: LoadContext,
  input: { period: string; scope: KpiScope; kpis: readonly KpiId[]; grain?: SeriesGrain | undefined },
): KpiSeries {
  const period = periodOf(input.period);
  const grain = input.grain ?? defaultGrain(period);
  const buckets = splitPeriod(period, grain);
  const measured = measureKpis(db, ctx, input.scope, buckets, input.kpis);
  const targets = targetsFor(db, input.scope);
  return {
    grain,
    buckets: buckets.map((b, i) => ({
      text: b.text,
      from: b.from,
      to: b.to,
      values: Object.fromEntries(input.kpis.map((id) => [id, measured.get(id)?.[i]?.value ?? null])),
    })),
    targets: Object.fromEntries(input.kpis.map((id) => [id, targets.get(id)?.target ?? null])),
  };
}
