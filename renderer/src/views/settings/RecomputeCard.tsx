import { useTranslation } from 'react-i18next';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import { Alert, ErrorAlert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useRecomputeJob } from './useRecomputeJob';

type Phase = keyof typeof zhCN.settings.recompute.phases;
const isPhase = (phase: string): phase is Phase => Object.hasOwn(zhCN.settings.recompute.phases, phase);

/**
 * Offer to re-measure every ticket under the current SLA version and calendar. Measured tickets otherwise keep the
 * version they were measured under, so the card says so whenever the user has just changed policy or calendar.
 */
export function RecomputeCard({ changed = false }: { changed?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { state, start, cancel } = useRecomputeJob();
  const running = state.status === 'running';
  const phase = running
    ? state.phase === null
      ? t('settings.recompute.phases.prepare')
      : t(`settings.recompute.phases.${isPhase(state.phase) ? state.phase : 'other'}`)
    : '';
  return (
    <section
      className={changed ? 'card recompute recompute--changed' : 'card recompute'}
      aria-labelledby="recompute-title"
      data-testid="sla-recompute"
    >
      <h2 id="recompute-title" className="card__title">
        {t('settings.recompute.title')}
      </h2>
      {changed && state.status === 'idle' && (
        <Alert tone="info">
          <p>{t('settings.recompute.changed')}</p>
        </Alert>
      )}
      <p className="card__hint">{t('settings.recompute.hint')}</p>
      {running && (
        <div className="recompute__progress">
          <ProgressBar done={state.done} total={state.total} label={t('settings.recompute.progressLabel')} />
          <p className="recompute__detail" aria-live="polite">
            <span>{phase}</span>
            {state.total > 1 && (
              <span className="numeric">
                {t('settings.recompute.progress', {
                  done: formatNumber(language, state.done),
                  total: formatNumber(language, state.total),
                })}
              </span>
            )}
          </p>
        </div>
      )}
      {state.status === 'done' && (
        <Alert tone="success">
          <p>
            {t('settings.recompute.done', {
              count: state.tickets,
              tickets: formatNumber(language, state.tickets),
              seconds: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(state.seconds),
            })}
          </p>
        </Alert>
      )}
      {state.status === 'cancelled' && (
        <Alert tone="info">
          <p>{t('settings.recompute.cancelled')}</p>
        </Alert>
      )}
      {state.status === 'failed' && <ErrorAlert title={t('settings.recompute.failed')} error={state.error} />}
      <div className="recompute__actions">
        {running ? (
          <button type="button" className="button" onClick={() => void cancel()} disabled={state.cancelling}>
            {state.cancelling ? t('settings.recompute.cancelling') : t('settings.recompute.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className={changed ? 'button button--primary' : 'button'}
            onClick={() => void start()}
          >
            {t('settings.recompute.start')}
          </button>
        )}
      </div>
    </section>
  );
}
