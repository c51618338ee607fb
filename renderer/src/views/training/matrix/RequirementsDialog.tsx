import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '../../../../../shared/domain/enums';
import type { Course, TrainingSettings } from '../../../../../shared/schemas/training';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Modal } from '../../../components/Modal';
import { TrainingError } from '../TrainingError';

/** Roles down, courses across: tick what each role must hold. */
export function RequirementsDialog({
  courses,
  settings,
  onClose,
  onSaved,
}: {
  courses: Course[];
  settings: TrainingSettings;
  onClose: () => void;
  onSaved: (s: TrainingSettings) => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState(() => new Set(settings.requirements.map((r) => `${r.role}:${r.courseId}`)));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const toggle = (key: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const save = async () => {
    setBusy(true);
    setFailure(null);
    const requirements = [...chosen].map((key) => {
      const [role, courseId] = key.split(':') as [TrainingSettings['requirements'][number]['role'], string];
      return { role, courseId: Number(courseId) };
    });
    try {
      onSaved(await call('training.settings.save', { patch: { requirements } }));
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };
  return (
    <Modal title={t('training.matrix.requirementsTitle')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <div className="modal__form">
        <p className="card__hint">{t('training.matrix.requirementsHint')}</p>
        {failure && <TrainingError title={t('training.saveFailed')} error={failure} />}
        <div className="requirements">
          <table className="requirements__table">
            <thead>
              <tr>
                <th scope="col">{t('training.sessions.course')}</th>
                {STAFF_ROLES.map((role) => <th key={role} scope="col">{t(`training.roles.${role}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {courses.map((c) => (
                <tr key={c.id}>
                  <th scope="row" title={`${c.code} ${c.name}`}>
                    <span className="requirements__code">{c.code}</span>
                    <span className="requirements__name">{c.name}</span>
                  </th>
                  {STAFF_ROLES.map((role) => (
                    <td key={role}>
                      <input type="checkbox" aria-label={`${t(`training.roles.${role}`)} · ${c.name}`} checked={chosen.has(`${role}:${c.id}`)} onChange={() => toggle(`${role}:${c.id}`)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        </div>
      </div>
    </Modal>
  );
}
