import type { EChartsOption } from 'echarts';
import type { ItemFailure } from '../schemas/audits.ts';
import { paretoOption } from './kpi-pareto.ts';

/**
 * Item-failure Pareto of audits or mystery shops: the KPI Pareto's bars and cumulative line, with the items'
 * labels in the reader's language. The share is of all failures, so the line ends at 100 %.
 */
export function itemParetoOption(
  items: readonly ItemFailure[],
  language: 'zh-CN' | 'en',
  names: { failures: string; cumulative: string },
): EChartsOption {
  return paretoOption({
    names: items.map((i) => (language === 'en' ? i.labelEn : i.labelZh)),
    counts: items.map((i) => i.failures),
    total: items.reduce((n, i) => n + i.failures, 0),
    countName: names.failures,
    cumulativeName: names.cumulative,
    formatCount: (v) => String(v),
  });
}
