import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { heatmapOption } from '../../../../../shared/charts/kpi-heatmap';
import { mysteryTrendOption } from '../../../../../shared/charts/mystery-trend';
import type { ItemStanding } from '../../../../../shared/schemas/mystery';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { EChart } from '../../dashboard/EChart';
import { MysteryError } from '../MysteryError';
import type { WaveChoice } from '../useWave';
import { WavePicker } from '../WavePicker';

const SHOWN_ITEMS = 5;

/** Section names are long in English: show every one, wrapped, rather than every other. */
const withAllSectionLabels = (option: EChartsOption): EChartsOption => ({
  ...option,
  xAxis: { type: 'category', data: (option.xAxis as { data: string[] }).data, splitArea: { show: true }, axisLabel: { interval: 0, width: 120, overflow: 'break' } },
});

/** The wave's section heat map and best/worst items, and every outlet's trend across the programme's waves. */
export function AnalysisPanel({ choice }: { choice: WaveChoice }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const waveId = choice.wave!.id;
  const programmeId = choice.programme!.id;
  const load = useCallback(
    () => Promise.all([call('mystery.heat', { waveId }), call('mystery.items', { waveId }), call('mystery.trend', { programmeId })]),
    [waveId, programmeId],
  );
  const data = useResource(load);
  const charts = useMemo(() => {
    if (data.status !== 'ready') return null;
    const [heat, , trend] = data.data;
    return {
      heat: heat.cells.length
        ? withAllSectionLabels(heatmapOption({
            months: heat.sections.map((s) => (en ? s.labelEn : s.labelZh)),
            outletNames: heat.outlets.map((o) => o.name),
            cells: heat.cells.map(([o, s, v]) => [s, o, v] as const),
            direction: 'higher',
            format: (v) => v.toFixed(0),
          }))
        : null,
      heatHeight: 90 + heat.outlets.length * 30,
      trend: trend.outlets.length ? mysteryTrendOption({ waves: trend.waves.map((w) => w.name), outlets: trend.outlets }) : null,
    };
  }, [data, en]);
  const items = data.status === 'ready' ? data.data[1] : [];
  const wave = choice.wave!.name;
  return (
    <section className="audits-panel">
      <div className="audits-toolbar">
        <WavePicker choice={choice} />
      </div>
      {data.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {data.status === 'error' && <MysteryError title={t('mystery.loadFailed')} error={data.error} />}
      {charts && (
        <div className="mystery-analysis">
          <section className="card mystery-card mystery-card--wide">
            <h2 className="mystery-card__title">{t('mystery.analysis.heat')}</h2>
            {charts.heat ? (
              <EChart option={charts.heat} height={charts.heatHeight} label={t('mystery.analysis.heatLabel', { wave })} testId="mystery-heat" />
            ) : (
              <p className="muted">{t('mystery.analysis.empty')}</p>
            )}
          </section>
          <ItemList title={t('mystery.analysis.best')} items={items.slice(0, SHOWN_ITEMS)} en={en} testId="items-best" />
          <ItemList title={t('mystery.analysis.worst')} items={items.slice(-SHOWN_ITEMS).reverse()} en={en} testId="items-worst" />
          <section className="card mystery-card mystery-card--wide">
            <h2 className="mystery-card__title">{t('mystery.analysis.trend')}</h2>
            {charts.trend ? (
              <EChart option={charts.trend} height={320} label={t('mystery.analysis.trendLabel')} testId="mystery-trend" />
            ) : (
              <p className="muted">{t('mystery.analysis.trendEmpty')}</p>
            )}
          </section>
        </div>
      )}
    </section>
  );
}

function ItemList({ title, items, en, testId }: { title: string; items: ItemStanding[]; en: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <section className="card mystery-card" data-testid={testId}>
      <h2 className="mystery-card__title">{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('mystery.analysis.empty')}</p>
      ) : (
        <table className="mystery-table">
          <thead>
            <tr>
              <th scope="col">{t('mystery.analysis.item')}</th>
              <th scope="col" className="numeric">{t('mystery.analysis.average')}</th>
              <th scope="col" className="numeric">{t('mystery.analysis.failures')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.key}>
                <td>{en ? i.labelEn : i.labelZh}</td>
                <td className="numeric">{i.average.toFixed(1)}</td>
                <td className="numeric">{i.failures} / {i.scored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
