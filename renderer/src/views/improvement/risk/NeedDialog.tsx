import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KANO_CATEGORIES, needPriority, needScore } from '../../../../../shared/domain/kano';
import type { Need, NeedFields } from '../../../../../shared/schemas/needs';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { ScoreSelect } from './ScoreSelect';

const blank: NeedFields = { need: '', source: '', category: 'expected', impact: 3, cost: 3 };

/** Create or edit one need of the KANO pool; score and priority follow the choices as they are made. */
export function NeedDialog({
  need,
  onClose,
  onSaved,
}: {
  need: Need | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<NeedFields>(() =>
    need
      ? {
          need: need.need,
          source: need.source,
          category: need.category,
          impact: need.impact,
          cost: need.cost,
        }
      : blank,
  );
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (patch: Partial<NeedFields>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.need.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('needs.save', { ...(need ? { id: need.id } : {}), fields: draft });
      onSaved();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  const priority = needPriority(draft.category, draft.impact, draft.cost);
  return (
    <Modal
      title={t(need ? 'improvement.risk.needs.editNeed' : 'improvement.risk.needs.newNeed')}
      onCancel={onClose}
    >
      <form className="modal__form improvement-form" onSubmit={submit} noValidate>
        <Field
          label={t('improvement.risk.needs.fields.need')}
          error={missing && draft.need.trim() === '' ? t('improvement.risk.needs.required') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.need}
              maxLength={300}
              autoFocus
              onChange={(e) => set({ need: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('improvement.risk.needs.fields.source')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.source}
              maxLength={200}
              onChange={(e) => set({ source: e.target.value })}
            />
          )}
        </Field>
        <div className="form-grid form-grid--three">
          <Field label={t('improvement.risk.needs.fields.category')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.category}
                onChange={(e) => set({ category: e.target.value as NeedFields['category'] })}
              >
                {KANO_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`improvement.risk.needs.categories.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('improvement.risk.needs.fields.impact')}>
            {(control) => (
              <ScoreSelect
                control={control}
                max={5}
                value={draft.impact}
                onChange={(impact) => set({ impact })}
              />
            )}
          </Field>
          <Field label={t('improvement.risk.needs.fields.cost')}>
            {(control) => (
              <ScoreSelect control={control} max={5} value={draft.cost} onChange={(cost) => set({ cost })} />
            )}
          </Field>
        </div>
        <p className="risk-form__rpn" role="status">
          {t('improvement.risk.needs.scoreHint', {
            score: needScore(draft.category, draft.impact, draft.cost),
            priority: t(`improvement.risk.levels.${priority}`),
          })}
        </p>
        {error && <ErrorAlert title={t('improvement.common.saveFailed')} error={error} />}
        <div className="modal__actions">
          {need && (
            <button
              type="button"
              className="button button--danger modal__actions-start"
              disabled={busy}
              onClick={() => {
                if (!window.confirm(t('improvement.risk.needs.confirmDelete', { title: need.need }))) return;
                setBusy(true);
                call('needs.delete', { id: need.id }).then(onSaved, (err: unknown) => {
                  setError(toApiError(err));
                  setBusy(false);
                });
              }}
            >
              {t('improvement.common.delete')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
