import type { ServqualDimension } from '../../../shared/domain/servqual.ts';
import { dimensionGaps } from '../../../shared/domain/servqual.ts';
import type { SURVEY_KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import type { Period } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { servqualItemSums } from '../surveys/servqual.ts';
import type { Measured } from './formulas.ts';

export type SurveyKpiId = (typeof SURVEY_KPI_IDS)[number];

const dimensionOfKpi = (id: SurveyKpiId): ServqualDimension =>
  id.slice('servqual_gap_'.length) as ServqualDimension;

/**
 * SERVQUAL gap (perception − expectation) of each KPI's dimension over the questionnaires answered in each period,
 * scored as the surveys page scores them (shared/domain/servqual.ts); n is the number of questionnaires.
 */
export function servqualGaps(
  db: Db,
  scope: KpiScope,
  periods: readonly Period[],
  kpis: readonly SurveyKpiId[],
): Map<SurveyKpiId, Measured[]> {
  const outletId = scope.dim === 'outlet' ? Number(scope.key) : undefined;
  const perPeriod = periods.map((p) => {
    const { responses, sums } = servqualItemSums(db, { period: `${p.from}..${p.to}`, outletId });
    const gaps = new Map(dimensionGaps(sums).map((d) => [d.dimension, d.gap]));
    return { responses, gaps };
  });
  return new Map(
    kpis.map((id) => [
      id,
      perPeriod.map(({ responses, gaps }) => {
        const gap = gaps.get(dimensionOfKpi(id)) ?? null;
        return { value: gap, n: gap === null ? 0 : responses };
      }),
    ]),
  );
}
