import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVQUAL_DIMENSIONS, SERVQUAL_ITEMS, SERVQUAL_SCALE } from '../../../../../shared/domain/servqual';
import { SurveyDate, type ServqualDetail, type ServqualFields } from '../../../../../shared/schemas/surveys';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { itemKey } from '../itemKey';
import type { Outlet } from '../SurveyFilters';
import { SurveyError } from '../SurveyError';
import { localIsoDay } from '../../../i18n/format';

type Side = 'expectation' | 'perception';
type Scores = Record<number, Record<Side, string>>;
const valid = (text: string): boolean => /^\d$/.test(text.trim()) && Number(text) >= SERVQUAL_SCALE.min && Number(text) <= SERVQUAL_SCALE.max;

/**
 * One questionnaire on one screen: the 22 statements by dimension, each with its expectation and perception
 * score; Tab walks E then P of each item in reading order.
 */
export function ServqualDialog({
  questionnaire,
  outlets,
  onClose,
  onSaved,
}: {
  questionnaire: ServqualDetail | null;
  outlets: readonly Outlet[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [outletId, setOutletId] = useState(questionnaire?.outletId ? String(questionnaire.outletId) : String(outlets[0]?.id ?? ''));
  const [respondedOn, setRespondedOn] = useState(questionnaire?.respondedOn ?? localIsoDay());
  const [respondent, setRespondent] = useState(questionnaire?.respondent ?? '');
  const [scores, setScores] = useState<Scores>(() =>
    Object.fromEntries(
      SERVQUAL_ITEMS.map(({ item }) => {
        const a = questionnaire?.answers.find((x) => x.item === item);
        return [item, { expectation: a ? String(a.expectation) : '', perception: a ? String(a.perception) : '' }];
      }),
    ),
  );
  const [checked, setChecked] = useState(false);
  const [dateError, setDateError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const invalid = SERVQUAL_ITEMS.flatMap(({ item }) => (['expectation', 'perception'] as const).filter((s) => !valid(scores[item]![s])).map((s) => `${item}${s}`));

  const set = (item: number, side: Side, value: string) => setScores((s) => ({ ...s, [item]: { ...s[item]!, [side]: value } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const badDate = !SurveyDate.safeParse(respondedOn).success;
    setDateError(badDate ? t('surveys.form.badDate') : undefined);
    if (badDate || invalid.length > 0) return;
    const fields: ServqualFields = {
      outletId: outletId ? Number(outletId) : null,
      respondedOn,
      respondent: respondent.trim(),
      answers: SERVQUAL_ITEMS.map(({ item }) => ({ item, expectation: Number(scores[item]!.expectation), perception: Number(scores[item]!.perception) })),
    };
    setBusy(true);
    setFailure(null);
    try {
      await call('surveys.servqual.save', { ...(questionnaire ? { id: questionnaire.id } : {}), fields });
      onSaved();
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  const cell = (item: number, side: Side) => {
    const bad = checked && !valid(scores[item]![side]);
    const kind = t(side === 'expectation' ? 'surveys.servqual.expectation' : 'surveys.servqual.perception');
    return (
      <input
        className={bad ? 'input servqual-score servqual-score--bad' : 'input servqual-score'}
        inputMode="numeric"
        maxLength={1}
        aria-label={t('surveys.servqual.scoreLabel', { item, kind })}
        aria-invalid={bad || undefined}
        value={scores[item]![side]}
        onChange={(e) => set(item, side, e.target.value)}
      />
    );
  };

  return (
    <Modal title={t(questionnaire ? 'surveys.servqual.editTitle' : 'surveys.servqual.addTitle')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form survey-form servqual-form" onSubmit={submit} noValidate>
        {failure && <SurveyError title={t('surveys.saveFailed')} error={failure} />}
        <div className="survey-form__row">
          <Field label={t('surveys.servqual.outlet')}>
            {(c) => (
              <select {...c} className="input" value={outletId} onChange={(e) => setOutletId(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {outlets.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('surveys.servqual.respondedOn')} error={dateError}>
            {(c) => <input {...c} type="date" className="input" value={respondedOn} onChange={(e) => setRespondedOn(e.target.value)} />}
          </Field>
          <Field label={t('surveys.servqual.respondent')}>
            {(c) => <input {...c} className="input" maxLength={80} value={respondent} onChange={(e) => setRespondent(e.target.value)} />}
          </Field>
        </div>
        <p className="field__hint">{t('surveys.servqual.scoreHint')}</p>
        {checked && invalid.length > 0 && (
          <p className="field__error" role="alert">
            {t('surveys.servqual.invalidScores', { count: invalid.length })}
          </p>
        )}
        <div className="servqual-form__items">
          <table className="survey-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.servqual.item')}</th>
                <th scope="col">{t('surveys.servqual.statement')}</th>
                <th scope="col">{t('surveys.servqual.expectation')}</th>
                <th scope="col">{t('surveys.servqual.perception')}</th>
              </tr>
            </thead>
            {SERVQUAL_DIMENSIONS.map((dimension) => (
              <tbody key={dimension}>
                <tr className="servqual-form__dimension">
                  <th scope="rowgroup" colSpan={4}>
                    {t(`surveys.dimensions.${dimension}`)}
                  </th>
                </tr>
                {SERVQUAL_ITEMS.filter((i) => i.dimension === dimension).map(({ item }) => (
                  <tr key={item}>
                    <td>{item}</td>
                    <td>{t(itemKey(item))}</td>
                    <td>{cell(item, 'expectation')}</td>
                    <td>{cell(item, 'perception')}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
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
