import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOG, KPI_IDS, type KpiId } from '../../../../shared/domain/kpi-catalog';
import {
  customPeriod,
  monthPeriod,
  trailingPeriods,
  type Period,
} from '../../../../shared/domain/kpi-period';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { heatmapOption } from '../../../../shared/charts/kpi-heatmap';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useLanguage } from '../../i18n/useLanguage';
import { ChartCard } from './ChartCard';
import { createdBetween, kpiAreaHref, ticketsDrillHref } from '../../../../shared/domain/kpi-drill';
import { openDrill } from './drill';
import { EChart } from './EChart';

/** The twelve months up to the end of the chosen period (a year: its own months). */
function heatWindow(p: Period): string {
  if (p.kind === 'year') return p.text;
  const [y, m] = p.to.split('-').map(Number) as [number, number];
  const months = trailingPeriods(monthPeriod(y, m), 12);
  return customPeriod((months[0] as Period).from, (months[11] as Period).to).text;
}

/** One KPI for every outlet by month; a click on a cell opens that outlet's tickets of the month. */
export function HeatmapCard({ period }: { period: Period }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [kpi, setKpi] = useState<KpiId>('csat_avg');
  const span = heatWindow(period);
  const load = useCallback(() => call('kpi.chart.heatmap', { period: span, kpi }), [span, kpi]);
  const heat = useResource(load);
  const unit = t(`kpi.units.${KPI_CATALOG[kpi].unit}`);
  const option = useMemo(() => {
    if (heat.status !== 'ready') return null;
    return heatmapOption({
      months: heat.data.months,
      outletNames: heat.data.outlets.map((o) => o.name),
      cells: heat.data.cells,
      direction: KPI_CATALOG[kpi].direction,
      format: (v) => formatKpiValue(kpi, v, language, unit),
    });
  }, [heat, kpi, language, unit]);
  const height = heat.status === 'ready' ? Math.max(200, heat.data.outlets.length * 30 + 90) : 240;
  return (
    <ChartCard
      title={t('kpi.dashboard.heatTitle')}
      hint={t('kpi.dashboard.heatHint')}
      testId="chart-heatmap"
      resource={heat}
      isEmpty={(d) => d.cells.length === 0}
      empty={t('kpi.dashboard.heatEmpty')}
      controls={
        <select
          className="input"
          value={kpi}
          onChange={(e) => setKpi(e.target.value as KpiId)}
          aria-label={t('kpi.dashboard.heatKpi')}
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
            label={t('kpi.dashboard.heatTitle')}
            height={height}
            onClick={({ value }) => {
              const [x, y] = value as [number, number];
              const month = data.months[x];
              const outlet = data.outlets[y];
              if (!month || !outlet) return;
              const [yy, mm] = month.split('-').map(Number) as [number, number];
              const m = monthPeriod(yy, mm);
              openDrill(
                kpiAreaHref(kpi) ??
                  ticketsDrillHref({
                    ...createdBetween(m.from, m.to),
                    outlet: { filterType: 'set', values: [String(outlet.id)] },
                  }),
              );
            }}
          />
        )
      }
    </ChartCard>
  );
}
