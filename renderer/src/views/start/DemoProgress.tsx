import { useTranslation } from 'react-i18next';
import { zhCN } from '../../../../shared/i18n/zh-CN';
import { ProgressBar } from '../../components/ProgressBar';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

type KnownPhase = keyof typeof zhCN.demoPhase;
const isKnownPhase = (phase: string): phase is KnownPhase => Object.hasOwn(zhCN.demoPhase, phase);

/** Progress of the demo generation: what it is doing, how far, and a way out. */
export function DemoProgress({
  phase,
  done,
  total,
  cancelling,
  onCancel,
}: {
  phase: string | null;
  done: number;
  total: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const phaseLabel =
    phase === null
      ? t('demoPhase.prepare')
      : isKnownPhase(phase)
        ? t(`demoPhase.${phase}`)
        : t('demoPhase.other');
  return (
    <section className="demo-progress card" aria-labelledby="demo-progress-title" data-testid="demo-progress">
      <div className="demo-progress__head">
        <h2 id="demo-progress-title" className="demo-progress__title">
          {t('start.demo.running')}
        </h2>
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('start.demo.cancelling') : t('start.demo.cancel')}
        </button>
      </div>
      <ProgressBar done={done} total={total} label={t('start.demo.progressLabel')} />
      <p className="demo-progress__detail" aria-live="polite">
        <span>{phaseLabel}</span>
        {/* Phases that report 0/1 → 1/1 have no count worth reading. */}
        {total > 1 && (
          <span className="numeric">
            {t('start.demo.progress', {
              done: formatNumber(language, done),
              total: formatNumber(language, total),
            })}
          </span>
        )}
      </p>
    </section>
  );
}
