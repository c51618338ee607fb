import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rpn, rpnReduction } from '../../../../../shared/domain/fmea';
import type { FmeaFields, FmeaItem } from '../../../../../shared/schemas/fmea';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { ScoreSelect } from './ScoreSelect';

type Scores = FmeaFields['scores'];
const SCORE_KEYS = ['severity', 'occurrence', 'detection'] as const;
const TEXTS = ['processStep', 'failureMode', 'effect', 'cause', 'controls', 'recommendedAction'] as const;

const blank: FmeaFields = {
  processStep: '',
  failureMode: '',
  effect: '',
  cause: '',
  controls: '',
  scores: { severity: 5, occurrence: 5, detection: 5 },
  recommendedAction: '',
  rescored: null,
};

const fieldsOf = (item: FmeaItem): FmeaFields => {
  const { processStep, failureMode, effect, cause, controls, scores, recommendedAction, rescored } = item;
  return { processStep, failureMode, effect, cause, controls, scores, recommendedAction, rescored };
};

/** Create or edit one failure mode; the RPN is shown as the scores change, and again once re-scored. */
export function FmeaDialog({
  item,
  onClose,
  onSaved,
}: {
  item: FmeaItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<FmeaFields>(() => (item ? fieldsOf(item) : blank));
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (patch: Partial<FmeaFields>) => setDraft((d) => ({ ...d, ...patch }));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.processStep.trim() === '' || draft.failureMode.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('fmea.save', { ...(item ? { id: item.id } : {}), fields: draft });
      onSaved();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  const scoreRow = (scores: Scores, onScores: (s: Scores) => void) => (
    <div className="form-grid form-grid--three">
      {SCORE_KEYS.map((key) => (
        <Field
          key={key}
          label={t(`improvement.risk.fmea.fields.${key}`)}
          {...(key === 'detection' ? { hint: t('improvement.risk.fmea.detectionHint') } : {})}
        >
          {(control) => (
            <ScoreSelect
              control={control}
              max={10}
              value={scores[key]}
              onChange={(v) => onScores({ ...scores, [key]: v })}
            />
          )}
        </Field>
      ))}
    </div>
  );
  const reduction = rpnReduction(draft.scores, draft.rescored);

  return (
    <Modal
      title={t(item ? 'improvement.risk.fmea.editRow' : 'improvement.risk.fmea.newRow')}
      onCancel={onClose}
    >
      <form className="modal__form improvement-form" onSubmit={submit} noValidate>
        <div className="form-grid form-grid--two">
          {TEXTS.map((key, index) => (
            <Field key={key} label={t(`improvement.risk.fmea.fields.${key}`)}>
              {(control) => (
                <textarea
                  {...control}
                  className="input textarea"
                  rows={key === 'processStep' ? 1 : 2}
                  value={draft[key]}
                  maxLength={key === 'processStep' ? 120 : key === 'failureMode' ? 300 : 1000}
                  autoFocus={index === 0}
                  onChange={(e) => set({ [key]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        {scoreRow(draft.scores, (scores) => set({ scores }))}
        <p className="risk-form__rpn" role="status">
          {t('improvement.risk.fmea.scoreHint', {
            s: draft.scores.severity,
            o: draft.scores.occurrence,
            d: draft.scores.detection,
            rpn: rpn(draft.scores),
          })}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.rescored !== null}
            onChange={(e) => set({ rescored: e.target.checked ? { ...draft.scores } : null })}
          />
          {t('improvement.risk.fmea.fields.rescored')}
        </label>
        {draft.rescored && (
          <>
            {scoreRow(draft.rescored, (rescored) => set({ rescored }))}
            <p className="risk-form__rpn" data-testid="rescored-rpn">
              {t('improvement.risk.fmea.rescoredHint', {
                rpn: rpn(draft.rescored),
                drop: percent.format(reduction ?? 0),
              })}
            </p>
          </>
        )}
        {missing && (draft.processStep.trim() === '' || draft.failureMode.trim() === '') && (
          <p className="field__error" role="alert">
            {t('improvement.risk.fmea.required')}
          </p>
        )}
        {error && <ErrorAlert title={t('improvement.common.saveFailed')} error={error} />}
        <div className="modal__actions">
          {item && (
            <button
              type="button"
              className="button button--danger modal__actions-start"
              disabled={busy}
              onClick={() => {
                if (!window.confirm(t('improvement.risk.fmea.confirmDelete', { title: item.failureMode })))
                  return;
                setBusy(true);
                call('fmea.delete', { id: item.id }).then(onSaved, (err: unknown) => {
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
