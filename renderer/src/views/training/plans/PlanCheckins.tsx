import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../../shared/schemas/training-plans';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Field } from '../../../components/Field';
import { TrainingError } from '../TrainingError';
import { localIsoDay } from '../../../i18n/format';

/** The plan's check-ins, oldest first, and a form to add one (Enter in the note saves it). */
export function PlanCheckins({ plan, onChanged }: { plan: PlanDetail; onChanged: (p: PlanDetail) => void }) {
  const { t } = useTranslation();
  const [onDate, setOnDate] = useState(localIsoDay());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim() || !onDate) {
      setError(t(onDate ? 'training.plans.errors.note' : 'training.plans.errors.date'));
      return;
    }
    setError(undefined);
    setBusy(true);
    setFailure(null);
    try {
      onChanged(await call('training.plans.checkin', { id: plan.id, onDate, note: note.trim() }));
      setNote('');
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card plan-card" aria-labelledby="plan-checkins-title">
      <h2 id="plan-checkins-title" className="card__title">{t('training.plans.checkin.title')}</h2>
      {plan.checkinList.length === 0 ? (
        <p className="muted">{t('training.plans.checkin.empty')}</p>
      ) : (
        <ol className="plan-checkins">
          {plan.checkinList.map((c) => (
            <li key={c.id}>
              <span className="muted">{t('training.plans.checkin.by', { date: c.onDate, by: c.createdBy })}</span>
              <p className="plan-goal__text">{c.note}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="plan-checkin-form" onSubmit={submit} noValidate>
        {failure && <TrainingError title={t('training.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
        <Field label={t('training.plans.checkin.onDate')}>
          {(c) => <input {...c} type="date" className="input" value={onDate} onChange={(e) => setOnDate(e.target.value)} />}
        </Field>
        <Field label={t('training.plans.checkin.note')} error={error}>
          {(c) => <input {...c} className="input" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="plan-checkins__add">
          <button type="submit" className="button" disabled={busy}>{busy ? t('common.saving') : t('training.plans.checkin.add')}</button>
        </div>
      </form>
    </section>
  );
}
