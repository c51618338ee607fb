import { useTranslation } from 'react-i18next';
import { zhCN } from '../../../../../shared/i18n/zh-CN';
import { ProgressBar } from '../../../components/ProgressBar';
import { formatBytes, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

type Phase = keyof typeof zhCN.ticketImport.progress.phases;
const isPhase = (phase: string): phase is Phase => Object.hasOwn(zhCN.ticketImport.progress.phases, phase);

/** What the running import is doing, how far it got, and the way out. */
export function ImportProgress({
  title,
  phase,
  done,
  total,
  cancelling,
  onCancel,
}: {
  title: string;
  phase: string | null;
  done: number;
  total: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const label =
    phase === null
      ? t('ticketImport.progress.phases.prepare')
      : isPhase(phase)
        ? t(`ticketImport.progress.phases.${phase}`)
        : t('ticketImport.progress.phases.other');
  // Reading reports bytes; the other phases count rows.
  const amount = (n: number) => (phase === 'read' ? formatBytes(language, n) : formatNumber(language, n));
  return (
    <section
      className="card import-progress"
      aria-labelledby="import-progress-title"
      data-testid="import-progress"
    >
      <div className="card__heading-row">
        <h2 id="import-progress-title" className="card__title">
          {title}
        </h2>
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('ticketImport.progress.cancelling') : t('ticketImport.progress.cancel')}
        </button>
      </div>
      <ProgressBar done={done} total={total} label={t('ticketImport.progress.label')} />
      <p className="import-progress__detail" aria-live="polite">
        <span>{label}</span>
        {total > 1 && (
          <span className="numeric">
            {t('ticketImport.progress.count', { done: amount(done), total: amount(total) })}
          </span>
        )}
      </p>
    </section>
  );
}
