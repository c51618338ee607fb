import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/domain/kpi-period';
import { paretoOption } from '../../../../shared/charts/kpi-pareto';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ChartCard } from './ChartCard';
import { createdBetween, scopeFilter, ticketsDrillHref } from '../../../../shared/domain/kpi-drill';
import { openDrill } from './drill';
import { EChart } from './EChart';

/** Complaints by category with their cumulative share; a click on a bar opens those complaints. */
export function ParetoCard({ period, scope }: { period: Period; scope: KpiScope }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const load = useCallback(
    () => call('kpi.chart.pareto', { period: period.text, scope, limit: 12 }),
    [period.text, scope],
  );
  const pareto = useResource(load);
  const option = useMemo(() => {
    if (pareto.status !== 'ready') return null;
    const { items, total } = pareto.data;
    return paretoOption({
      names: items.map((i) => (language === 'en' ? i.nameEn : i.nameZh) ?? '—'),
      counts: items.map((i) => i.count),
      total,
      countName: t('kpi.dashboard.paretoCount'),
      cumulativeName: t('kpi.dashboard.paretoCumulative'),
      formatCount: (v) => formatNumber(language, v),
    });
  }, [pareto, language, t]);
  return (
    <ChartCard
      title={t('kpi.dashboard.paretoTitle')}
      hint={t('kpi.dashboard.paretoHint')}
      testId="chart-pareto"
      resource={pareto}
      isEmpty={(d) => d.total === 0}
      empty={t('kpi.dashboard.paretoEmpty')}
    >
      {(data) =>
        option && (
          <EChart
            option={option}
            label={t('kpi.dashboard.paretoTitle')}
            height={300}
            onClick={({ dataIndex }) => {
              const item = data.items[dataIndex];
              if (!item) return;
              openDrill(
                ticketsDrillHref({
                  ...createdBetween(period.from, period.to),
                  ...scopeFilter(scope),
                  type: { filterType: 'set', values: ['complaint'] },
                  category:
                    item.categoryId === null
                      ? { filterType: 'text', type: 'blank' }
                      : { filterType: 'set', values: [String(item.categoryId)] },
                }),
              );
            }}
          />
        )
      }
    </ChartCard>
  );
}
