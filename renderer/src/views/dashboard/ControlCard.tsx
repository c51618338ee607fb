import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { controlOption } from '../../../../shared/charts/kpi-control';
import { KPI_CATALOG, KPI_IDS, type KpiId } from '../../../../shared/domain/kpi-catalog';
import {
  createdBetween,
  kpiFilter,
  scopeFilter,
  ticketsDrillHref,
} from '../../../../shared/domain/kpi-drill';
import { addDays, customPeriod, dayNumber, type Period } from '../../../../shared/domain/kpi-period';
import { RULE_SETS, type RuleSet } from '../../../../shared/domain/spc-rules';
import { chartsFor, type ControlChartKind, type KpiScope } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useLanguage } from '../../i18n/useLanguage';
import { ChartCard } from './ChartCard';
import { ControlViolations } from './ControlViolations';
import { openDrill } from './drill';
import { EChart } from './EChart';

/** KPIs a control chart suits (counts have none). */
const CHARTABLE = KPI_IDS.filter((id) => chartsFor(id, KPI_CATALOG[id].unit).length > 0);

/** The picked chart when it suits the KPI, else the first that does. */
function chartOf(kpi: KpiId, picked: ControlChartKind): ControlChartKind {
  const suits = chartsFor(kpi, KPI_CATALOG[kpi].unit);
  return suits.includes(picked) ? picked : (suits[0] as ControlChartKind);
}

/** Days of the chart: the period itself, or the 30 days up to its end when it is shorter than two weeks. */
function controlSpan(p: Period): Period {
  return dayNumber(p.to) - dayNumber(p.from) < 13 ? customPeriod(addDays(p.to, -29), p.to) : p;
}

/**
 * A control chart of one KPI over the days of the period: the chart that suits the KPI, a rule set, and limits
 * recalculated from a chosen baseline; the points that break a rule are listed and drill down to their day.
 */
export function ControlCard({ period, scope }: { period: Period; scope: KpiScope }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [kpi, setKpi] = useState<KpiId>('complaint_rate');
  const charts = chartsFor(kpi, KPI_CATALOG[kpi].unit);
  const [picked, setPicked] = useState<ControlChartKind>('p');
  const chart = chartOf(kpi, picked);
  const [rules, setRules] = useState<RuleSet>('western_electric');
  const span = controlSpan(period);
  // A baseline (and the dates being typed) belongs to the span it was chosen in; another period starts afresh.
  type Days = { span: string; from: string; to: string };
  const [chosen, setChosen] = useState<Days | null>(null);
  const [typed, setTyped] = useState<Days | null>(null);
  const baseline = chosen?.span === span.text ? chosen : null;
  const draft = typed?.span === span.text ? typed : { span: span.text, from: span.from, to: span.to };
  const [draftError, setDraftError] = useState(false);
  const baselineText = baseline ? `${baseline.from}..${baseline.to}` : null;

  const load = useCallback(
    () =>
      call('kpi.chart.control', {
        period: span.text,
        scope,
        kpi,
        chart,
        rules,
        ...(baselineText ? { baseline: baselineText } : {}),
      }),
    [span.text, scope, kpi, chart, rules, baselineText],
  );
  const data = useResource(load);
  const unit = t(`kpi.units.${KPI_CATALOG[kpi].unit}`);
  const format = useCallback((v: number) => formatKpiValue(kpi, v, language, unit), [kpi, language, unit]);
  const option = useMemo(() => {
    if (data.status !== 'ready') return null;
    return controlOption({
      chart: data.data,
      format,
      names: {
        value: t(`kpi.defs.${kpi}.name`),
        center: t('kpi.control.center'),
        ucl: t('kpi.control.ucl'),
        lcl: t('kpi.control.lcl'),
        violation: t('kpi.control.violation'),
        secondary: t(chart === 'xbar_r' ? 'kpi.control.range' : 'kpi.control.movingRange'),
      },
    });
  }, [data, format, t, kpi, chart]);

  const drillDay = (day: string) =>
    openDrill(ticketsDrillHref({ ...createdBetween(day, day), ...scopeFilter(scope), ...kpiFilter(kpi) }));

  const applyBaseline = (event: FormEvent) => {
    event.preventDefault();
    const valid =
      draft.from >= span.from && draft.to <= span.to && draft.from <= draft.to && draft.from !== '';
    setDraftError(!valid);
    if (valid) setChosen(draft);
  };

  return (
    <ChartCard
      title={t('kpi.control.title')}
      hint={t('kpi.control.hint')}
      testId="chart-control"
      resource={data}
      isEmpty={(c) => c.main.values.every((v) => v === null)}
      empty={t('kpi.control.empty')}
      controls={
        <div className="control-card__pickers">
          <select
            className="input"
            value={kpi}
            onChange={(e) => setKpi(e.target.value as KpiId)}
            aria-label={t('kpi.control.kpi')}
          >
            {CHARTABLE.map((id) => (
              <option key={id} value={id}>
                {t(`kpi.defs.${id}.name`)}
              </option>
            ))}
          </select>
          <select
            className="input"
            value={chart}
            onChange={(e) => setPicked(e.target.value as ControlChartKind)}
            aria-label={t('kpi.control.chart')}
          >
            {charts.map((c) => (
              <option key={c} value={c}>
                {t(`kpi.control.charts.${c}`)}
              </option>
            ))}
          </select>
          <select
            className="input"
            value={rules}
            onChange={(e) => setRules(e.target.value as RuleSet)}
            aria-label={t('kpi.control.rules')}
          >
            {RULE_SETS.map((r) => (
              <option key={r} value={r}>
                {t(`kpi.control.ruleSets.${r}`)}
              </option>
            ))}
          </select>
        </div>
      }
    >
      {(c) => (
        <>
          {option && (
            <EChart
              option={option}
              label={t('kpi.control.title')}
              height={c.secondary ? 380 : 280}
              onClick={({ dataIndex }) => {
                const day = c.days[dataIndex];
                if (day) drillDay(day);
              }}
            />
          )}
          <form className="control-card__baseline" onSubmit={applyBaseline} noValidate>
            <label className="field-inline">
              <span className="field-inline__label">{t('kpi.control.baselineFrom')}</span>
              <input
                className="input"
                type="date"
                min={span.from}
                max={span.to}
                value={draft.from}
                aria-invalid={draftError || undefined}
                onChange={(e) => setTyped({ ...draft, from: e.target.value })}
              />
            </label>
            <label className="field-inline">
              <span className="field-inline__label">{t('kpi.control.baselineTo')}</span>
              <input
                className="input"
                type="date"
                min={span.from}
                max={span.to}
                value={draft.to}
                aria-invalid={draftError || undefined}
                onChange={(e) => setTyped({ ...draft, to: e.target.value })}
              />
            </label>
            <button type="submit" className="button">
              {t('kpi.control.recalc')}
            </button>
            {baseline && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setChosen(null);
                  setTyped(null);
                  setDraftError(false);
                }}
              >
                {t('kpi.control.wholePeriod')}
              </button>
            )}
            <span className="control-card__baseline-note muted" aria-live="polite">
              {draftError
                ? t('kpi.control.baselineInvalid')
                : t('kpi.control.baselineShown', { from: c.baseline.from, to: c.baseline.to })}
            </span>
          </form>
          <ControlViolations chart={c} onDay={drillDay} />
        </>
      )}
    </ChartCard>
  );
}
