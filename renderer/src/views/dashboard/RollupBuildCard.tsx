import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, newJobId, subscribe, toApiError, type ApiError } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { cancelJob } from '../../api/cancelJob';

type BuildState =
  | { status: 'running'; done: number; total: number; cancelling: boolean }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

/**
 * A workspace written before the KPI rollup existed: the rollup is built once as a job (kpi.rollup.build) while
 * this card shows how far it is, with a cancel; `onReady` when done. Leaving the dashboard cancels the job.
 */
export function RollupBuildCard({ onReady }: { onReady: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [state, setState] = useState<BuildState>({ status: 'running', done: 0, total: 0, cancelling: false });
  const running = useRef<string | null>(null);
  const mounted = useRef(true);

  const start = useCallback(async () => {
    if (running.current) return;
    const jobId = newJobId('kpi-rollup');
    running.current = jobId;
    setState({ status: 'running', done: 0, total: 0, cancelling: false });
    const off = subscribe('job.progress', (p) => {
      if (p.jobId !== jobId || !mounted.current) return;
      setState((prev) => (prev.status === 'running' ? { ...prev, done: p.done, total: p.total } : prev));
    });
    try {
      await call('kpi.rollup.build', { jobId });
      if (mounted.current) onReady();
    } catch (err) {
      const error = toApiError(err);
      if (mounted.current)
        setState(error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error });
    } finally {
      off();
      running.current = null;
    }
  }, [onReady]);

  useEffect(() => {
    mounted.current = true;
    void start();
    return () => {
      mounted.current = false;
      const jobId = running.current;
      if (jobId) void call('jobs.cancel', { jobId }).catch(() => undefined);
    };
  }, [start]);

  const cancel = async () => {
    const jobId = running.current;
    if (!jobId) return;
    setState((prev) => (prev.status === 'running' ? { ...prev, cancelling: true } : prev));
    await cancelJob(jobId, () => running.current === jobId, 8);
  };

  return (
    <section
      className="card rollup-build"
      aria-labelledby="rollup-build-title"
      data-testid="kpi-rollup-build"
    >
      <h2 id="rollup-build-title" className="card__title">
        <Icon name="dashboard" size={18} /> {t('kpi.rollup.title')}
      </h2>
      <p className="card__hint">{t('kpi.rollup.body')}</p>
      {state.status === 'running' && (
        <div className="rollup-build__progress">
          <ProgressBar done={state.done} total={state.total} label={t('kpi.rollup.progressLabel')} />
          <p className="rollup-build__detail numeric" aria-live="polite">
            {state.total > 0 &&
              t('kpi.rollup.progress', {
                done: formatNumber(language, state.done),
                total: formatNumber(language, state.total),
              })}
          </p>
          <button type="button" className="button" onClick={() => void cancel()} disabled={state.cancelling}>
            {state.cancelling ? t('kpi.rollup.cancelling') : t('kpi.rollup.cancel')}
          </button>
        </div>
      )}
      {state.status === 'cancelled' && (
        <Alert tone="info">
          <p>{t('kpi.rollup.cancelled')}</p>
        </Alert>
      )}
      {state.status === 'failed' && <ErrorAlert title={t('kpi.rollup.failed')} error={state.error} />}
      {state.status !== 'running' && (
        <button type="button" className="button button--primary" onClick={() => void start()}>
          {t('kpi.rollup.start')}
        </button>
      )}
    </section>
  );
}
