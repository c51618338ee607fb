import { KPI_CATALOG, type KpiId } from '../../../shared/domain/kpi-catalog.ts';
import { dayNumber, splitPeriod } from '../../../shared/domain/kpi-period.ts';
import { imrChart, pChart, xbarRChart, type Limits } from '../../../shared/domain/spc-limits.ts';
import { findViolations, toSigmas, type RuleSet } from '../../../shared/domain/spc-rules.ts';
import { QmFailure } from '../../../shared/errors.ts';
import {
  chartsFor,
  MAX_CONTROL_DAYS,
  type ControlChart,
  type ControlChartKind,
  type KpiScope,
} from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { periodOf } from './compute.ts';
import { dayRangeUtc } from './rollup.ts';
import { measureKpis } from './sources.ts';
import { sampleTimes, type SampledTime } from './ticket-rows.ts';
import type { LoadContext } from './ticket-sums.ts';

export interface ControlInput {
  period: string;
  scope: KpiScope;
  kpi: KpiId;
  chart: ControlChartKind;
  baseline?: string | undefined;
  rules: RuleSet;
  subgroupSize: number;
}

const SAMPLED_TIME: Partial<Record<KpiId, SampledTime>> = {
  first_response_avg_min: 'first_response',
  first_response_median_min: 'first_response',
  resolution_avg_h: 'resolution',
  resolution_median_h: 'resolution',
};

const pct = (v: number | null) => (v === null ? null : v * 100);

/**
 * A control chart of one KPI over the local days of a period: each day a subgroup, limits estimated from the
 * baseline days, rule violations found on the points in sigmas from the centre line.
 */
export function controlChart(db: Db, ctx: LoadContext, input: ControlInput): ControlChart {
  const { kpi, chart, scope } = input;
  if (!chartsFor(kpi, KPI_CATALOG[kpi].unit).includes(chart)) {
    throw new QmFailure('INVALID_INPUT', `A ${chart} chart does not suit ${kpi}.`, { field: 'chart' });
  }
  const period = periodOf(input.period);
  const days = splitPeriod(period, 'day');
  if (days.length > MAX_CONTROL_DAYS) {
    throw new QmFailure('INVALID_INPUT', `A control chart spans at most ${MAX_CONTROL_DAYS} days.`, {
      field: 'period',
    });
  }
  const base = input.baseline === undefined ? period : periodOf(input.baseline);
  const [first, last] = [dayNumber(base.from), dayNumber(base.to)];
  const baseline = days.map((d) => dayNumber(d.from) >= first && dayNumber(d.from) <= last);

  let main: ControlChart['main'];
  let limits: Limits;
  let secondary: ControlChart['secondary'] = null;
  if (chart === 'xbar_r') {
    const measure = SAMPLED_TIME[kpi] as SampledTime;
    const groups = days.map((d) => {
      const [from, to] = dayRangeUtc(ctx.timeZone, d.from, d.to);
      return sampleTimes(db, measure, from, to, input.subgroupSize, scope);
    });
    const { xbar, range } = xbarRChart(groups, input.subgroupSize, baseline);
    limits = xbar;
    main = {
      values: xbar.values,
      n: groups.map((g) => g.length),
      center: xbar.center,
      ucl: xbar.ucl,
      lcl: xbar.lcl,
    };
    secondary = range;
  } else {
    const measured = measureKpis(db, ctx, scope, days, [kpi]).get(kpi) ?? [];
    const n = days.map((_, i) => measured[i]?.n ?? 0);
    if (chart === 'p') {
      // The KPI's own percentage back to counts: part = value × n / 100 (exact, both come from the same sums).
      const p = pChart(
        days.map((_, i) => ({ defects: Math.round(((measured[i]?.value ?? 0) * n[i]!) / 100), n: n[i]! })),
        baseline,
      );
      limits = p;
      main = {
        values: p.values.map(pct),
        n,
        center: pct(p.center),
        ucl: p.ucl.map(pct),
        lcl: p.lcl.map(pct),
      };
    } else {
      const { individuals, movingRange } = imrChart(
        days.map((_, i) => measured[i]?.value ?? null),
        baseline,
      );
      limits = individuals;
      main = {
        values: individuals.values,
        n,
        center: individuals.center,
        ucl: individuals.ucl,
        lcl: individuals.lcl,
      };
      secondary = movingRange;
    }
  }
  const z = toSigmas(
    chart === 'p' ? (limits as Limits & { values: (number | null)[] }).values : main.values,
    limits.center,
    limits.sigma,
  );
  return {
    chart,
    kpi,
    rules: input.rules,
    subgroupSize: chart === 'xbar_r' ? input.subgroupSize : null,
    days: days.map((d) => d.from),
    baseline: { from: base.from, to: base.to },
    main,
    secondary,
    violations: findViolations(z, input.rules),
  };
}
