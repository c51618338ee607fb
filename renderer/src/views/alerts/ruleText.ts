import type { TFunction } from 'i18next';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { KPI_CATALOG, type KpiId } from '../../../../shared/domain/kpi-catalog';
import type { AlertRuleFields } from '../../../../shared/schemas/alerts';

/** A KPI value with its unit, in the UI language. */
export function kpiValueText(t: TFunction, language: string, kpi: KpiId, value: number | null): string {
  if (value === null) return '—';
  return formatKpiValue(kpi, value, language, t(`kpi.units.${KPI_CATALOG[kpi].unit}`));
}

/**
 * A scope in words: the organisation, every member of a dimension, or one named member. `name` is the record's
 * name from core (outlets, teams, agents, categories); channels and segments are named from the catalogs.
 */
export function scopeText(
  t: TFunction,
  scope: { dim: AlertRuleFields['scope']['dim']; key: string },
  name: string | null,
): string {
  if (scope.dim === 'org') return t('alerts.text.org');
  if (scope.key === '') return t(`alerts.text.every.${scope.dim}`);
  const label =
    scope.dim === 'channel'
      ? t(`tickets.channel.${scope.key}` as 'tickets.channel.phone')
      : scope.dim === 'segment'
        ? t(`tickets.segment.${scope.key}` as 'tickets.segment.vip')
        : (name ?? `#${scope.key}`);
  return t('alerts.text.one', { dim: t(`kpi.scopeDims.${scope.dim}`), name: label });
}

/** The condition alone: "NPS more than 30% below its benchmark (50)". */
export function conditionText(t: TFunction, language: string, rule: AlertRuleFields): string {
  const kpi = t(`kpi.defs.${rule.kpi}.name`);
  const pct = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(rule.marginPct);
  const margin = rule.marginPct > 0;
  const c = rule.comparator;
  switch (rule.reference) {
    case 'value':
      return t(`alerts.text.value.${c}`, { kpi, limit: kpiValueText(t, language, rule.kpi, rule.threshold) });
    case 'target':
      return margin
        ? t(`alerts.text.targetMargin.${c}`, { kpi, pct })
        : t(`alerts.text.target.${c}`, { kpi });
    case 'benchmark': {
      const bench = kpiValueText(t, language, rule.kpi, rule.threshold);
      return margin
        ? t(`alerts.text.benchmarkMargin.${c}`, { kpi, pct, bench })
        : t(`alerts.text.benchmark.${c}`, { kpi, bench });
    }
    case 'org':
      return margin
        ? t(`alerts.text.orgRefMargin.${c}`, { kpi, pct })
        : t(`alerts.text.orgRef.${c}`, { kpi });
  }
}

/** What a rule means, rendered from its fields: "每个网点：NPS低于标杆 50 超过 30%，连续 3 天". */
export function ruleText(
  t: TFunction,
  language: string,
  rule: AlertRuleFields,
  scopeName: string | null,
): string {
  const when =
    rule.consecutive === 1
      ? t(`alerts.text.once.${rule.grain}`)
      : t(`alerts.text.consecutive.${rule.grain}`, { count: rule.consecutive });
  const text = t('alerts.text.full', {
    scope: scopeText(t, rule.scope, scopeName),
    condition: conditionText(t, language, rule),
    when,
  });
  return rule.minN > 1 ? text + t('alerts.text.minN', { count: rule.minN }) : text;
}
