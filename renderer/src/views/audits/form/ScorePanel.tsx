import { useTranslation } from 'react-i18next';
import type { ScoreResult, ScorecardSection } from '../../../../../shared/schemas/audits';
import { formatScore } from '../grid';

/** The live score: form total, auto-fail, progress and each section's score. */
export function ScorePanel({ result, sections }: { result: ScoreResult; sections: readonly ScorecardSection[] }) {
  const { t, i18n } = useTranslation();
  const none = t('audits.form.none');
  return (
    <aside className="audit-score" aria-live="polite" data-testid="audit-score">
      <p className="audit-score__label">{t('audits.form.score')}</p>
      <p className={`audit-score__value${result.autoFail ? ' audit-score__value--fail' : ''}`}>
        {result.score === null ? t('audits.form.noScore') : formatScore(result.score, none)}
      </p>
      {result.autoFail && <p className="badge badge--danger">{t(`audits.autoFail.${result.autoFail}`)}</p>}
      <p className="muted">{t('audits.form.answered', result)}</p>
      <ul className="audit-score__sections">
        {result.sections.map((s, i) => (
          <li key={s.key} className={s.autoFailed ? 'audit-score__section--fail' : undefined}>
            <span>{i18n.language === 'en' ? sections[i]?.labelEn : sections[i]?.labelZh}</span>
            <span className="numeric">{formatScore(s.score, none)}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
