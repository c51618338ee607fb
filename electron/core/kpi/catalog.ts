import { KPI_CATALOG, KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import { kpiEn } from '../../../shared/i18n/kpi/en.ts';
import { kpiZh } from '../../../shared/i18n/kpi/zh-CN.ts';
import type { KpiDef } from '../../../shared/schemas/kpi.ts';

const texts = (t: (typeof kpiZh)['defs'][keyof (typeof kpiZh)['defs']]) => ({
  name: t.name,
  definition: t.definition,
  formula: t.formula,
  denominator: t.denominator === '' ? null : t.denominator,
});

/** Every KPI with its unit, direction, default target and texts in both languages. */
export const kpiCatalog = (): KpiDef[] =>
  KPI_IDS.map((id) => ({
    ...KPI_CATALOG[id],
    scopes: [...KPI_CATALOG[id].scopes],
    texts: { 'zh-CN': texts(kpiZh.defs[id]), en: texts(kpiEn.defs[id]) },
  }));
