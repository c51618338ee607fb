import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectFigure, trainingEffectOption } from '../../../../../shared/charts/training-effect';
import type { EffectMetric, TrainingEffect } from '../../../../../shared/schemas/training-effect';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { EChart } from '../../dashboard/EChart';
import { TrainingError } from '../TrainingError';
import './effect.css';

const MONTHS = [3, 4, 5, 6] as const;

export type EffectScope = { sessionId: number } | { courseId: number };

function MetricRow({ metric }: { metric: EffectMetric }) {
  const { t } = useTranslation();
  const show = (v: number | null, signed = false) => {
    const f = effectFigure(metric, v);
    if (f === null) return t('training.effect.noValue');
    const text = metric.kind === 'rate' ? `${f.toFixed(1)}%` : f.toFixed(2);
    return signed && f > 0 ? `+${text}` : text;
  };
  const side = (w: EffectMetric['before']) => (
    <td className="num">
      <strong>{show(w.value)}</strong>
      <span className="effect-n">{t('training.effect.sample', { n: w.n })}</span>
    </td>
  );
  const p = metric.p === null ? t('training.effect.noValue') : metric.p < 0.001 ? '< 0.001' : metric.p.toFixed(3);
  return (
    <tr>
      <th scope="row">
        {t(`training.effect.metrics.${metric.id}`)}
        <span className="effect-n">{t(`training.effect.better.${metric.better}`)}</span>
      </th>
      {side(metric.before)}
      {side(metric.after)}
      <td className="num">
        {show(metric.diff, true)}
        {metric.ciLow !== null && metric.ciHigh !== null && (
          <span className="effect-n">{t('training.effect.ci', { low: show(metric.ciLow, true), high: show(metric.ciHigh, true) })}</span>
        )}
      </td>
      <td className="num">{p}</td>
      <td>
        <span className={`effect-verdict effect-verdict--${metric.verdict}`}>{t(`training.effect.verdicts.${metric.verdict}`)}</span>
      </td>
    </tr>
  );
}

function EffectBody({ effect, noTrainees }: { effect: TrainingEffect; noTrainees: string }) {
  const { t } = useTranslation();
  const option = useMemo(
    () =>
      trainingEffectOption({
        metrics: effect.metrics,
        titles: effect.metrics.map((m) => t(`training.effect.metrics.${m.id}`)),
        beforeName: t('training.effect.before'),
        afterName: t('training.effect.after'),
      }),
    [effect, t],
  );
  if (effect.trainees === 0) {
    return <section className="empty-state"><p className="empty-state__summary">{noTrainees}</p></section>;
  }
  return (
    <>
      <p className="card__hint">
        {t('training.effect.trainees', { count: effect.trainees })}
        {' · '}
        {t('training.effect.windows', {
          beforeFrom: effect.before.from,
          beforeTo: effect.before.to,
          afterFrom: effect.after.from,
          afterTo: effect.after.to,
        })}
      </p>
      {!effect.afterComplete && <p className="effect-running" role="note">{t('training.effect.running')}</p>}
      <EChart option={option} label={t('training.effect.chartLabel')} height={230} testId="chart-training-effect" />
      <div className="kpi-table-wrap">
        <table className="kpi-table effect-table">
          <thead>
            <tr>
              <th scope="col">{t('training.effect.metric')}</th>
              <th scope="col" className="num">{t('training.effect.before')}</th>
              <th scope="col" className="num">{t('training.effect.after')}</th>
              <th scope="col" className="num">{t('training.effect.difference')}</th>
              <th scope="col" className="num">{t('training.effect.pValue')}</th>
              <th scope="col">{t('training.effect.verdictHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {effect.metrics.map((m) => <MetricRow key={m.id} metric={m} />)}
          </tbody>
        </table>
      </div>
      <p className="effect-note">{t('training.effect.minSample', { n: effect.minSample })}</p>
    </>
  );
}

/**
 * Did the training move the trainees' own ticket KPIs: before/after bars per KPI and the tests behind them, with
 * the window length (3–6 months) to choose.
 */
export function EffectPanel({ scope, title }: { scope: EffectScope; title: string }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<number>(3);
  const sessionId = 'sessionId' in scope ? scope.sessionId : undefined;
  const courseId = 'courseId' in scope ? scope.courseId : undefined;
  const load = useCallback(
    () => call('training.effect', { ...(sessionId === undefined ? { courseId: courseId! } : { sessionId }), months }),
    [sessionId, courseId, months],
  );
  const effect = useResource(load);
  return (
    <section className="card effect-card" aria-labelledby="effect-title">
      <div className="card__heading-row">
        <h2 id="effect-title" className="card__title">{title}</h2>
        <label className="training-inline-filter">
          <span>{t('training.effect.months')}</span>
          <select className="input" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {MONTHS.map((m) => <option key={m} value={m}>{t('training.effect.monthsOption', { count: m })}</option>)}
          </select>
        </label>
      </div>
      <p className="card__hint">{t('training.effect.intro', { months })}</p>
      {effect.status === 'error' && <TrainingError title={t('training.effect.failed')} error={effect.error} />}
      {effect.status === 'loading' && <p className="muted" role="status">{t('training.effect.loading')}</p>}
      {effect.status === 'ready' && (
        <EffectBody
          effect={effect.data}
          noTrainees={t(sessionId === undefined ? 'training.effect.courseNoTrainees' : 'training.effect.noTrainees')}
        />
      )}
    </section>
  );
}
