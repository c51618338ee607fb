import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_OUTCOMES, type PlanDetail, type PlanOutcome } from '../../../../../shared/schemas/training-plans';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { TrainingError } from '../TrainingError';

type Met = '' | 'yes' | 'no';
const metOf = (v: boolean | null): Met => (v === null ? '' : v ? 'yes' : 'no');
const fromMet = (v: Met): boolean | null => (v === '' ? null : v === 'yes');

/** Each milestone's goal with its review, and the outcome that closes the plan; one save for all of it. */
export function PlanReviewCard({ plan, onChanged }: { plan: PlanDetail; onChanged: (p: PlanDetail) => void }) {
  const { t } = useTranslation();
  const [met, setMet] = useState<Record<number, Met>>(Object.fromEntries(plan.goals.map((g) => [g.day, metOf(g.met)])));
  const [outcome, setOutcome] = useState<PlanOutcome | ''>(plan.state === 'active' ? '' : plan.state);
  const [note, setNote] = useState(plan.outcomeNote);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    setSaved(false);
    try {
      const next = await call('training.plans.review', {
        id: plan.id,
        met: { 30: fromMet(met[30] ?? ''), 60: fromMet(met[60] ?? ''), 90: fromMet(met[90] ?? '') },
        outcome: outcome === '' ? null : outcome,
        outcomeNote: note,
      });
      setSaved(true);
      onChanged(next);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card plan-card" onSubmit={submit} aria-labelledby="plan-review-title">
      <h2 id="plan-review-title" className="card__title">{t('training.plans.review.title')}</h2>
      {failure && <TrainingError title={t('training.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
      {saved && <Alert tone="success" onDismiss={() => setSaved(false)}>{t('training.plans.review.saved')}</Alert>}
      <ol className="plan-goals">
        {plan.goals.map((g) => (
          <li key={g.day} className="plan-goal">
            <div>
              <strong>{t('training.plans.goal', { day: g.day })}</strong>
              <span className="muted"> · {t('training.plans.dueOn', { date: g.dueOn })}</span>
              <p className="plan-goal__text">{g.goal}</p>
            </div>
            <label className="training-inline-filter">
              <span>{t('training.plans.review.met')}</span>
              <select className="input" value={met[g.day] ?? ''} onChange={(e) => setMet({ ...met, [g.day]: e.target.value as Met })}>
                <option value="">{t('training.plans.review.unset')}</option>
                <option value="yes">{t('training.plans.review.yes')}</option>
                <option value="no">{t('training.plans.review.no')}</option>
              </select>
            </label>
          </li>
        ))}
      </ol>
      <div className="training-form__row">
        <label className="training-filter">
          <span>{t('training.plans.review.outcome')}</span>
          <select className="input" value={outcome} onChange={(e) => setOutcome(e.target.value as PlanOutcome | '')}>
            <option value="">{t('training.plans.review.running')}</option>
            {PLAN_OUTCOMES.map((o) => <option key={o} value={o}>{t(`training.plans.states.${o}`)}</option>)}
          </select>
        </label>
        <label className="training-filter plan-note">
          <span>{t('training.plans.review.outcomeNote')}</span>
          <input className="input" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('common.saving') : t('training.plans.review.save')}</button>
      </div>
    </form>
  );
}
