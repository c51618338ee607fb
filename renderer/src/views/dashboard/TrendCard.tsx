import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOG, KPI_IDS, type KpiId } from '../../../../shared/domain/kpi-catalog';
import {
  customPeriod,
  trailingPeriods,
  type Period,
  type SeriesGrain,
} from '../../../../shared/domain/kpi-period';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { trendOption } from '../../../../shared/charts/kpi-trend';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useLanguage } from '../../i18n/useLanguage';
import { ChartCard } from './ChartCard';
import {
  createdBetween,
  kpiAreaHref,
  scopeFilter,
  ticketsDrillHref,
} from '../../../../shared/domain/kpi-drill';
import { openDrill } from './drill';
import { EChart } from './EChart';

/** What the trend spans for a chosen period: the year of months up to a month, two years of quarters, … */
function trendWindow(p: Period): { period: string; grain?: SeriesGrain } {
  const span = (count: number, grain: SeriesGrain) => {
    const all = trailingPeriods(p, count);
    return { period: customPeriod((all[0] as Period).from, p.to).text, grain };
  };
  switch (p.kind) {
    case 'day':
      return span(30, 'day');
    case 'week':
      return span(12, 'week');
    case 'month':
      return span(12, 'month');
    case 'quarter':
      return span(8, 'quarter');
    case 'year':
      return { period: p.text, grain: 'month' };
    case 'custom':
      return { period: p.text };
  }
}

/** One KPI over time against its target; a click on a point opens that bucket's tickets. */
export function TrendCard({ period, scope }: { period: Period; scope: KpiScope }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [kpi, setKpi] = useState<KpiId>('first_response_avg_min');
  const span = trendWindow(period);
  const load = useCallback(
    () =>
      call('kpi.series', {
        period: span.period,
        scope,
        kpis: [kpi],
        ...(span.grain ? { grain: span.grain } : {}),
      }),
    [span.period, span.grain, scope, kpi],
  );
  const series = useResource(load);
  const unit = t(`kpi.units.${KPI_CATALOG[kpi].unit}`);
  const option = useMemo(() => {
    if (series.status !== 'ready') return null;
    return trendOption({
      labels: series.data.buckets.map((b) => b.text),
      values: series.data.buckets.map((b) => b.values[kpi] ?? null),
      target: series.data.targets[kpi] ?? null,
      seriesName: t(`kpi.defs.${kpi}.name`),
      targetName: t('kpi.dashboard.trendTarget'),
      format: (v) => formatKpiValue(kpi, v, language, unit),
    });
  }, [series, kpi, t, language, unit]);
  return (
    <ChartCard
      title={t('kpi.dashboard.trendTitle')}
      hint={t(`kpi.defs.${kpi}.definition`)}
      testId="chart-trend"
      resource={series}
      isEmpty={() => false}
      empty=""
      controls={
        <select
          className="input"
          value={kpi}
          onChange={(e) => setKpi(e.target.value as KpiId)}
          aria-label={t('kpi.dashboard.trendKpi')}
        >
          {KPI_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`kpi.defs.${id}.name`)}
            </option>
          ))}
        </select>
      }
    >
      {(data) =>
        option && (
          <EChart
            option={option}
            label={t('kpi.dashboard.trendTitle')}
            height={280}
            onClick={({ dataIndex }) => {
              const bucket = data.buckets[dataIndex];
              if (bucket)
                openDrill(
                  kpiAreaHref(kpi) ??
                    ticketsDrillHref({ ...createdBetween(bucket.from, bucket.to), ...scopeFilter(scope) }),
                );
            }}
          />
        )
      }
    </ChartCard>
  );
}
