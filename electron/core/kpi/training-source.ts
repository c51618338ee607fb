import type { TRAINING_KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import type { Period } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { KpiGroup } from '../../../shared/schemas/training.ts';
import type { Db } from '../db/open.ts';
import { trainingKpis, type SessionFactsCache } from '../training/kpis.ts';
import type { Measured } from './formulas.ts';
import { dayRangeUtc } from './rollup.ts';

export type TrainingKpiId = (typeof TRAINING_KPI_IDS)[number];

const rate = (part: number, whole: number): Measured => ({
  value: whole === 0 ? null : (100 * part) / whole,
  n: whole,
});

/**
 * The training KPIs over the figures the training page computes (electron/core/training/kpis.ts), so the two
 * always agree. Certificates are counted at the period's end, the staff of the scope being their base.
 */
export const TRAINING_FORMULAS: Record<TrainingKpiId, (g: KpiGroup) => Measured> = {
  training_coverage: (g) => rate(g.assessed, g.mustAssess),
  training_pass_rate: (g) => rate(g.passed, g.results),
  cert_expiring_30d: (g) => (g.staff === 0 ? { value: null, n: 0 } : { value: g.expiring30, n: g.staff }),
};

const NOON_MS = 12 * 3_600_000;

/**
 * The training figures of a scope (organisation, outlet or team) for one period. "Today" of the certificate count
 * is the period's last day, or the real today while the period is still running.
 */
export function trainingGroupOf(
  db: Db,
  timeZone: string,
  now: number,
  scope: KpiScope,
  period: Period,
  sessionFacts: SessionFactsCache,
): KpiGroup | null {
  const endNoon = dayRangeUtc(timeZone, period.to, period.to)[0] + NOON_MS;
  const groupBy = scope.dim === 'team' ? 'team' : 'outlet';
  const figures = trainingKpis(db, { groupBy, from: period.from, to: period.to }, Math.min(now, endNoon), sessionFacts);
  if (scope.dim === 'org') return figures.total;
  return figures.groups.find((g) => g.id !== null && String(g.id) === scope.key) ?? null;
}
