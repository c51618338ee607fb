import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/domain/kpi-period';
import { slaTiersOption } from '../../../../shared/charts/kpi-sla-tiers';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ChartCard } from './ChartCard';
import { createdBetween, scopeFilter, ticketsDrillHref } from '../../../../shared/domain/kpi-drill';
import { openDrill } from './drill';
import { EChart } from './EChart';

/** Response and resolution SLA met per tier; a click opens the tier's breaches of that clock. */
export function SlaTierCard({ period, scope }: { period: Period; scope: KpiScope }) {
  const { t } = useTranslation();
  const load = useCallback(
    () => call('kpi.chart.slaTiers', { period: period.text, scope }),
    [period.text, scope],
  );
  const tiers = useResource(load);
  const option = useMemo(() => {
    if (tiers.status !== 'ready') return null;
    return slaTiersOption({
      tierNames: tiers.data.map((r) => t('kpi.dashboard.tier', { tier: r.tier })),
      response: tiers.data.map((r) => r.responseRate),
      resolution: tiers.data.map((r) => r.resolutionRate),
      responseName: t('kpi.dashboard.slaResponse'),
      resolutionName: t('kpi.dashboard.slaResolution'),
    });
  }, [tiers, t]);
  return (
    <ChartCard
      title={t('kpi.dashboard.slaTitle')}
      hint={t('kpi.dashboard.slaHint')}
      testId="chart-sla-tiers"
      resource={tiers}
      isEmpty={(d) => d.every((r) => r.responseN === 0 && r.resolutionN === 0)}
      empty={t('kpi.dashboard.slaEmpty')}
    >
      {(data) =>
        option && (
          <EChart
            option={option}
            label={t('kpi.dashboard.slaTitle')}
            height={280}
            onClick={({ dataIndex, seriesIndex }) => {
              const row = data[dataIndex];
              if (!row) return;
              openDrill(
                ticketsDrillHref({
                  ...createdBetween(period.from, period.to),
                  ...scopeFilter(scope),
                  tier: { filterType: 'set', values: [String(row.tier)] },
                  [seriesIndex === 0 ? 'responseBreached' : 'resolutionBreached']: {
                    filterType: 'set',
                    values: ['true'],
                  },
                }),
              );
            }}
          />
        )
      }
    </ChartCard>
  );
}
