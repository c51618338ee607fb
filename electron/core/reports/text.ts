import { formatKpiChange, formatKpiValue } from '../../../shared/charts/kpi-format.ts';
import type { Language } from '../../../shared/domain/enums.ts';
import { KPI_CATALOG, type KpiId } from '../../../shared/domain/kpi-catalog.ts';
import { kpiEn } from '../../../shared/i18n/kpi/en.ts';
import { kpiZh } from '../../../shared/i18n/kpi/zh-CN.ts';
import { reportsEn } from '../../../shared/i18n/reports/en.ts';
import { reportsZh } from '../../../shared/i18n/reports/zh-CN.ts';

/** Texts and number formatting of one report language: the same catalogs the app shows. */
export interface ReportText {
  language: Language;
  r: (typeof reportsZh)['file'];
  kpi: typeof kpiZh;
  /** Fill {{name}} placeholders. */
  fill: (template: string, vars: Record<string, string | number>) => string;
  kpiName: (id: KpiId) => string;
  /** "12.5 分钟", "85.0%", "—" for no value. */
  value: (id: KpiId, value: number | null) => string;
  change: (id: KpiId, change: number | null) => string;
  integer: (n: number) => string;
  percent: (share: number) => string;
  date: (epochMs: number, timeZone: string) => string;
}

export function reportText(language: Language): ReportText {
  const kpi = language === 'en' ? kpiEn : kpiZh;
  const r = language === 'en' ? reportsEn.file : reportsZh.file;
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return {
    language,
    r,
    kpi,
    fill: (template, vars) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(vars[key] ?? '')),
    kpiName: (id) => kpi.defs[id].name,
    value: (id, value) =>
      value === null ? '—' : formatKpiValue(id, value, language, kpi.units[KPI_CATALOG[id].unit]),
    change: (id, change) => (change === null ? '—' : formatKpiChange(id, change, language)),
    integer: (n) => integer.format(n),
    percent: (share) => pct.format(share),
    date: (ms, timeZone) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
        new Date(ms),
      ),
  };
}
