import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course, SessionDetail, SessionFields } from '../../../../../shared/schemas/training';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { TrainingError } from '../TrainingError';
import { localIsoDay } from '../../../i18n/format';

const loadStaff = () => call('ref.options', { kind: 'staff', limit: 1000 });
type Errors = Partial<Record<'courseId' | 'startOn' | 'endOn' | 'hours', string>>;

/** Create or edit a session: course, days, hours, trainer and place. */
export function SessionDialog({
  courses,
  session,
  onClose,
  onSaved,
}: {
  courses: Course[];
  session: SessionDetail | null;
  onClose: () => void;
  onSaved: (s: SessionDetail) => void;
}) {
  const { t } = useTranslation();
  const staff = useResource(loadStaff);
  const active = courses.filter((c) => c.active || c.id === session?.courseId);
  const [courseId, setCourseId] = useState(String(session?.courseId ?? active[0]?.id ?? ''));
  const [startOn, setStartOn] = useState(session?.startOn ?? localIsoDay());
  const [endOn, setEndOn] = useState(session?.endOn ?? localIsoDay());
  const [hours, setHours] = useState(String(session?.hours ?? 7));
  const [trainerId, setTrainerId] = useState(session?.trainerId ? String(session.trainerId) : '');
  const [location, setLocation] = useState(session?.location ?? '');
  const [shown, setShown] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Errors = {};
    const h = Number(hours);
    if (!courseId) errors.courseId = t('training.courses.errors.required');
    if (!startOn) errors.startOn = t('training.sessions.errors.date');
    if (!endOn) errors.endOn = t('training.sessions.errors.date');
    else if (startOn && endOn < startOn) errors.endOn = t('training.sessions.errors.endOn');
    if (hours.trim() === '' || !Number.isFinite(h) || h < 0.5 || h > 2000) errors.hours = t('training.sessions.errors.hours');
    setShown(errors);
    if (Object.keys(errors).length > 0) return;
    const fields: SessionFields = { courseId: Number(courseId), startOn, endOn, hours: h, trainerId: trainerId ? Number(trainerId) : null, location: location.trim() };
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await call('training.sessions.save', { ...(session ? { id: session.id } : {}), fields }));
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={t(session ? 'training.sessions.editTitle' : 'training.sessions.newTitle')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form training-form" onSubmit={submit} noValidate>
        {failure && <TrainingError title={t('training.saveFailed')} error={failure} />}
        <Field label={t('training.sessions.course')} error={shown.courseId}>
          {(c) => (
            <select {...c} className="input" value={courseId} onChange={(e) => setCourseId(e.target.value)}>
              {active.map((course) => <option key={course.id} value={course.id}>{`${course.code} ${course.name}`}</option>)}
            </select>
          )}
        </Field>
        <div className="training-form__row">
          <Field label={t('training.sessions.startOn')} error={shown.startOn}>
            {(c) => <input {...c} type="date" className="input" value={startOn} onChange={(e) => setStartOn(e.target.value)} />}
          </Field>
          <Field label={t('training.sessions.endOn')} error={shown.endOn}>
            {(c) => <input {...c} type="date" className="input" value={endOn} onChange={(e) => setEndOn(e.target.value)} />}
          </Field>
          <Field label={t('training.sessions.hours')} error={shown.hours}>
            {(c) => <input {...c} className="input input--short" inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />}
          </Field>
        </div>
        <div className="training-form__row">
          <Field label={t('training.sessions.trainer')}>
            {(c) => (
              <select {...c} className="input" value={trainerId} onChange={(e) => setTrainerId(e.target.value)}>
                <option value="">{t('training.sessions.noTrainer')}</option>
                {staff.status === 'ready' && staff.data.map((s) => <option key={s.id} value={s.id}>{`${s.code} ${s.label}`}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('training.sessions.location')}>
            {(c) => <input {...c} className="input" value={location} maxLength={80} onChange={(e) => setLocation(e.target.value)} />}
          </Field>
        </div>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
