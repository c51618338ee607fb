import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOption } from '../../../../../shared/charts/pdca-check';
import { changeIsBetter, formatKpiChange, formatKpiValue } from '../../../../../shared/charts/kpi-format';
import { KPI_CATALOG, KPI_IDS, type KpiId } from '../../../../../shared/domain/kpi-catalog';
import { checkWindow, periodText } from '../../../../../shared/domain/pdca-check';
import type { CycleFields } from '../../../../../shared/schemas/improvement';
import type { KpiScope } from '../../../../../shared/schemas/kpi';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { useLanguage } from '../../../i18n/useLanguage';
import { EChart } from '../../dashboard/EChart';

const isKpi = (id: string): id is KpiId => (KPI_IDS as readonly string[]).includes(id);

const scopeOf = (f: CycleFields): KpiScope =>
  f.scopeKind === 'organisation' || f.scopeId === null
    ? { dim: 'org', key: '' }
    : { dim: f.scopeKind, key: String(f.scopeId) };

/** Everything the Check section draws, from the KPI engine: the series and the two periods' values. */
async function loadCheck(kpi: KpiId, fields: CycleFields) {
  const { lastDay } = await call('kpi.coverage', {});
  const window = checkWindow(fields.startOn, lastDay);
  if (window === null) return null;
  const scope = scopeOf(fields);
  const [series, before, after] = await Promise.all([
    call('kpi.series', {
      period: `${window.before.from}..${window.after.to}`,
      scope,
      kpis: [kpi],
      grain: window.grain,
    }),
    call('kpi.compute', { period: periodText(window.before), scope, kpis: [kpi] }),
    call('kpi.compute', { period: periodText(window.after), scope, kpis: [kpi] }),
  ]);
  return { window, series, before: before.kpis[0]!, after: after.kpis[0]! };
}

/** The saved cycle's KPI since its start against the period before, its baseline and its target. */
export function CheckChart({ fields }: { fields: CycleFields }) {
  const { t } = useTranslation();
  const kpiId = fields.kpiId;
  if (kpiId === null) return <p className="muted">{t('improvement.pdca.check.kpiNone')}</p>;
  if (!isKpi(kpiId))
    return (
      <p className="muted" data-testid="check-kpi">
        {t('improvement.pdca.check.notCatalog', { kpi: kpiId })}
      </p>
    );
  if (fields.startOn === null) return <p className="muted">{t('improvement.pdca.check.noStart')}</p>;
  return <CheckData kpi={kpiId} fields={fields} />;
}

function CheckData({ kpi, fields }: { kpi: KpiId; fields: CycleFields }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const load = useCallback(() => loadCheck(kpi, fields), [kpi, fields]);
  const data = useResource(load);
  const unit = t(`kpi.units.${KPI_CATALOG[kpi].unit}`);
  const format = useCallback((v: number) => formatKpiValue(kpi, v, language, unit), [kpi, language, unit]);
  const name = t(`kpi.defs.${kpi}.name`);
  const ready = data.status === 'ready' ? data.data : null;
  const option = useMemo(() => {
    if (!ready) return null;
    const buckets = ready.series.buckets;
    return checkOption({
      labels: buckets.map((b) => b.text),
      values: buckets.map((b) => b.values[kpi] ?? null),
      startIndex: buckets.findIndex((b) => b.to >= ready.window.after.from),
      baseline: fields.baseline,
      target: fields.target ?? ready.series.targets[kpi] ?? null,
      names: {
        actual: name,
        baseline: t('improvement.pdca.check.series.baseline'),
        target: t('improvement.pdca.check.series.target'),
        start: t('improvement.pdca.check.series.start'),
      },
      format,
    });
  }, [ready, kpi, fields, name, t, format]);

  if (data.status === 'error')
    return <ErrorAlert title={t('improvement.common.loadFailed')} error={data.error} />;
  if (data.status === 'loading' || option === null)
    return data.status === 'loading' ? (
      <p className="muted">{t('common.loading')}</p>
    ) : (
      <p className="muted" data-testid="check-kpi">
        {t('improvement.pdca.check.noData', { start: fields.startOn })}
      </p>
    );

  const { window, before, after } = ready!;
  const change = before.value !== null && after.value !== null ? after.value - before.value : null;
  const better = change === null ? null : changeIsBetter(kpi, change);
  const target = fields.target ?? after.target;
  const met =
    target === null || after.value === null || KPI_CATALOG[kpi].direction === 'neutral'
      ? null
      : KPI_CATALOG[kpi].direction === 'higher'
        ? after.value >= target
        : after.value <= target;
  const cell = (v: number | null) => (v === null ? t('improvement.common.none') : format(v));
  return (
    <div className="check-kpi" data-testid="check-kpi">
      <EChart
        option={option}
        label={t('improvement.pdca.check.chartLabel', { kpi: name })}
        height={280}
        testId="check-chart"
      />
      <table className="check-compare">
        <caption>{t('improvement.pdca.check.compare.title')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('improvement.pdca.check.compare.period')}</th>
            <th scope="col">{t('improvement.pdca.check.compare.value')}</th>
            <th scope="col">{t('improvement.pdca.check.compare.n')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('improvement.pdca.check.compare.before')}</th>
            <td>{periodText(window.before).replace('..', ' – ')}</td>
            <td>{cell(before.value)}</td>
            <td>{before.n}</td>
          </tr>
          <tr>
            <th scope="row">{t('improvement.pdca.check.compare.after')}</th>
            <td>{periodText(window.after).replace('..', ' – ')}</td>
            <td>{cell(after.value)}</td>
            <td>{after.n}</td>
          </tr>
        </tbody>
      </table>
      <p className="check-verdict-hint" role="status">
        {change !== null && (
          <span
            className={
              better === null ? 'badge badge--muted' : better ? 'badge badge--success' : 'badge badge--danger'
            }
          >
            {t('improvement.pdca.check.compare.change')} {formatKpiChange(kpi, change, language)}
            {better !== null &&
              ` · ${better ? t('improvement.pdca.check.compare.better') : t('improvement.pdca.check.compare.worse')}`}
          </span>
        )}
        {met !== null && (
          <span className={met ? 'badge badge--success' : 'badge badge--warning'}>
            {met
              ? t('improvement.pdca.check.compare.targetMet')
              : t('improvement.pdca.check.compare.targetNotMet')}
          </span>
        )}
      </p>
    </div>
  );
}
