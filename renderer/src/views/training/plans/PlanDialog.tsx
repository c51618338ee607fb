import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_DAYS, type PlanDetail, type PlanFields } from '../../../../../shared/schemas/training-plans';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { TrainingError } from '../TrainingError';
import { localIsoDay } from '../../../i18n/format';

const loadStaff = () => call('ref.options', { kind: 'staff', limit: 1000 });
type Day = (typeof PLAN_DAYS)[number];
type Errors = Partial<Record<'staffId' | 'reason' | 'startOn' | `goal${Day}`, string>>;

/** Create or edit a plan: who, mentor, why, from when, and the goal for each of the 30/60/90-day milestones. */
export function PlanDialog({ plan, onClose, onSaved }: { plan: PlanDetail | null; onClose: () => void; onSaved: (p: PlanDetail) => void }) {
  const { t } = useTranslation();
  const staff = useResource(loadStaff);
  const [staffId, setStaffId] = useState(plan ? String(plan.staffId) : '');
  const [mentorId, setMentorId] = useState(plan?.mentorId ? String(plan.mentorId) : '');
  const [reason, setReason] = useState(plan?.reason ?? '');
  const [startOn, setStartOn] = useState(plan?.startOn ?? localIsoDay());
  const goalOf = (day: Day) => plan?.goals.find((g) => g.day === day)?.goal ?? '';
  const [goals, setGoals] = useState<Record<Day, string>>({ 30: goalOf(30), 60: goalOf(60), 90: goalOf(90) });
  const [shown, setShown] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Errors = {};
    if (!staffId) errors.staffId = t('training.plans.errors.staff');
    if (!reason.trim()) errors.reason = t('training.plans.errors.reason');
    if (!startOn) errors.startOn = t('training.plans.errors.date');
    for (const day of PLAN_DAYS) if (!goals[day].trim()) errors[`goal${day}`] = t('training.plans.errors.goal');
    setShown(errors);
    if (Object.keys(errors).length > 0) return;
    const fields: PlanFields = {
      staffId: Number(staffId),
      mentorId: mentorId && mentorId !== staffId ? Number(mentorId) : null,
      reason: reason.trim(),
      startOn,
      goals: { 30: goals[30].trim(), 60: goals[60].trim(), 90: goals[90].trim() },
    };
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await call('training.plans.save', { ...(plan ? { id: plan.id } : {}), fields }));
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  const people = staff.status === 'ready' ? staff.data : [];
  return (
    <Modal title={t(plan ? 'training.plans.editTitle' : 'training.plans.newTitle')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form training-form" onSubmit={submit} noValidate>
        {failure && <TrainingError title={t('training.saveFailed')} error={failure} />}
        {staff.status === 'error' && <TrainingError title={t('training.loadFailed')} error={staff.error} />}
        <div className="training-form__row">
          <Field label={t('training.plans.staff')} error={shown.staffId}>
            {(c) => (
              <select {...c} className="input" value={staffId} onChange={(e) => setStaffId(e.target.value)}>
                <option value="" />
                {people.map((s) => <option key={s.id} value={s.id}>{`${s.code} ${s.label}`}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('training.plans.mentor')}>
            {(c) => (
              <select {...c} className="input" value={mentorId} onChange={(e) => setMentorId(e.target.value)}>
                <option value="">{t('training.plans.noMentor')}</option>
                {people.filter((s) => String(s.id) !== staffId).map((s) => <option key={s.id} value={s.id}>{`${s.code} ${s.label}`}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('training.plans.startOn')} error={shown.startOn}>
            {(c) => <input {...c} type="date" className="input" value={startOn} onChange={(e) => setStartOn(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('training.plans.reason')} error={shown.reason}>
          {(c) => <input {...c} className="input" value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        {PLAN_DAYS.map((day) => (
          <Field key={day} label={t('training.plans.goal', { day })} error={shown[`goal${day}`]}>
            {(c) => <input {...c} className="input" value={goals[day]} maxLength={300} onChange={(e) => setGoals({ ...goals, [day]: e.target.value })} />}
          </Field>
        ))}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
