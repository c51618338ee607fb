import type { AlertRuleFields } from '../../../shared/schemas/alerts.ts';
import { insertRule } from '../alerts/rules.ts';
import type { Db } from '../db/open.ts';
import type { Period } from './calendar.ts';

const rule = (fields: Partial<AlertRuleFields> & Pick<AlertRuleFields, 'name' | 'kpi'>): AlertRuleFields => ({
  scope: { dim: 'org', key: '' },
  grain: 'day',
  comparator: 'below',
  reference: 'target',
  threshold: null,
  marginPct: 0,
  consecutive: 1,
  minN: 1,
  enabled: true,
  ...fields,
});

/*
 * The rules a quality team would start with, from the seeds: seed 001's outlet NPS against the benchmark for three
 * days, seed 000's average response ≤ 15 min per week, and monthly watches on first-contact resolution (≥ 85 %) and
 * CSAT against their targets. Alerts are not written here: the first evaluation after the workspace opens raises them
 * from the generated tickets, as it would for real data.
 */
const RULES: AlertRuleFields[] = [
  rule({
    name: '网点 NPS 连续 3 天低于标杆 30% 以上',
    kpi: 'nps',
    scope: { dim: 'outlet', key: '' },
    reference: 'benchmark',
    threshold: 40,
    marginPct: 30,
    consecutive: 3,
    minN: 5,
  }),
  rule({
    name: '平均首次响应超过 15 分钟（周）',
    kpi: 'first_response_avg_min',
    grain: 'week',
    comparator: 'above',
    reference: 'value',
    threshold: 15,
  }),
  rule({
    name: '网点一次解决率低于目标（月）',
    kpi: 'fcr_rate',
    scope: { dim: 'outlet', key: '' },
    grain: 'month',
    minN: 30,
  }),
  rule({ name: '客户满意度连续 2 个月低于目标', kpi: 'csat_avg', grain: 'month', consecutive: 2, minN: 30 }),
];

export function writeAlertsDemo(db: Db, period: Period): void {
  db.transaction(() => {
    for (const fields of RULES) insertRule(db, fields, period.end);
  })();
}
