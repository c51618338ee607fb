import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/schemas/training';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../i18n/format';

/** Every attempt of the selected trainee per part, oldest first; the last one counts. */
export function ScoreHistory({ detail, staffId }: { detail: SessionDetail; staffId: number | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const trainee = detail.trainees.find((x) => x.staffId === staffId);
  if (!trainee) return <p className="muted score-history__hint">{t('training.grid.history.hint')}</p>;
  const any = detail.parts.some((p) => (trainee.attempts[String(p.id)]?.length ?? 0) > 0);
  return (
    <section className="score-history" aria-live="polite">
      <h3 className="score-history__title">{t('training.grid.history.title', { name: `${trainee.employeeNo} ${trainee.name}` })}</h3>
      {!any && <p className="muted">{t('training.grid.history.empty')}</p>}
      {any && (
        <div className="score-history__parts">
          {detail.parts.map((part) => {
            const attempts = trainee.attempts[String(part.id)] ?? [];
            return (
              <div key={part.id} className="score-history__part">
                <h4>{part.name}</h4>
                <ol>
                  {attempts.map((a, i) => (
                    <li key={a.attempt}>
                      <span className={a.score < part.passMark ? 'score-history__below' : undefined}>{t('training.grid.history.attempt', { attempt: a.attempt, score: a.score })}</span>
                      {i === attempts.length - 1 && <strong> {t('training.grid.history.latest')}</strong>}
                      <span className="muted"> {t('training.grid.history.by', { when: formatDateTime(language, a.enteredAt), who: a.enteredBy })}</span>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
