import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../../shared/domain/enums';
import { CES_RANGE, CSAT_RANGE, NPS_RANGE } from '../../../../../shared/domain/surveys';
import { SurveyDate, type SurveyResponse, type SurveyResponseFields } from '../../../../../shared/schemas/surveys';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import type { Outlet } from '../SurveyFilters';
import { SurveyError } from '../SurveyError';
import { localIsoDay } from '../../../i18n/format';

type Key = 'respondedOn' | 'csat' | 'nps' | 'ces';
const RANGES = { csat: CSAT_RANGE, nps: NPS_RANGE, ces: CES_RANGE } as const;
/** Enter or correct one CSAT/NPS/CES answer, linked to a ticket or standing alone. */
export function ResponseDialog({
  response,
  outlets,
  onClose,
  onSaved,
}: {
  response: SurveyResponse | null;
  outlets: readonly Outlet[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [ticketRef, setTicketRef] = useState(response?.ticketLabel ?? '');
  const [outletId, setOutletId] = useState(response?.outletId ? String(response.outletId) : '');
  const [channel, setChannel] = useState<string>(response?.channel ?? '');
  const [respondedOn, setRespondedOn] = useState(response?.respondedOn ?? localIsoDay());
  const [scores, setScores] = useState({
    csat: response?.csat?.toString() ?? '',
    nps: response?.nps?.toString() ?? '',
    ces: response?.ces?.toString() ?? '',
  });
  const [comment, setComment] = useState(response?.comment ?? '');
  const [shown, setShown] = useState<Partial<Record<Key, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<Key, string>> = {};
    if (!SurveyDate.safeParse(respondedOn).success) errors.respondedOn = t('surveys.form.badDate');
    const parsed = { csat: null as number | null, nps: null as number | null, ces: null as number | null };
    for (const key of ['csat', 'nps', 'ces'] as const) {
      const text = scores[key].trim();
      if (text === '') continue;
      const n = Number(text);
      const { min, max } = RANGES[key];
      if (!/^\d+$/.test(text) || n < min || n > max) errors[key] = t('surveys.form.outOfRange', { min, max });
      else parsed[key] = n;
    }
    if (!errors.csat && !errors.nps && !errors.ces && parsed.csat === null && parsed.nps === null && parsed.ces === null) {
      errors.csat = t('surveys.form.needOne');
    }
    setShown(errors);
    if (Object.keys(errors).length > 0) return;
    const fields: SurveyResponseFields = {
      ticketRef: ticketRef.trim() || null,
      outletId: outletId ? Number(outletId) : null,
      channel: (channel || null) as SurveyResponseFields['channel'],
      respondedOn,
      ...parsed,
      comment: comment.trim(),
    };
    setBusy(true);
    setFailure(null);
    try {
      await call('surveys.responses.save', { ...(response ? { id: response.id } : {}), fields });
      onSaved();
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  const scoreField = (key: 'csat' | 'nps' | 'ces') => (
    <Field label={t(`surveys.form.${key}`)} error={shown[key]}>
      {(c) => (
        <input
          {...c}
          className="input input--short"
          inputMode="numeric"
          name={key}
          value={scores[key]}
          onChange={(e) => setScores((s) => ({ ...s, [key]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <Modal title={t(response ? 'surveys.form.editTitle' : 'surveys.form.addTitle')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form survey-form" onSubmit={submit} noValidate>
        {failure && <SurveyError title={t('surveys.saveFailed')} error={failure} />}
        <Field label={t('surveys.form.ticketRef')} hint={t('surveys.form.ticketHint')}>
          {(c) => <input {...c} className="input" name="ticketRef" maxLength={64} value={ticketRef} onChange={(e) => setTicketRef(e.target.value)} />}
        </Field>
        <div className="survey-form__row">
          <Field label={t('surveys.form.outlet')}>
            {(c) => (
              <select {...c} className="input" value={outletId} onChange={(e) => setOutletId(e.target.value)}>
                <option value="">{t('surveys.form.sameAsTicket')}</option>
                {outlets.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('surveys.form.channel')}>
            {(c) => (
              <select {...c} className="input" value={channel} onChange={(e) => setChannel(e.target.value)}>
                <option value="">{t('surveys.form.sameAsTicket')}</option>
                {CHANNELS.map((ch) => (
                  <option key={ch} value={ch}>
                    {t(`tickets.channel.${ch}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('surveys.form.respondedOn')} error={shown.respondedOn}>
            {(c) => <input {...c} type="date" className="input" value={respondedOn} onChange={(e) => setRespondedOn(e.target.value)} />}
          </Field>
        </div>
        <div className="survey-form__row">
          {scoreField('csat')}
          {scoreField('nps')}
          {scoreField('ces')}
        </div>
        <p className="field__hint">{t('surveys.form.scoreHint')}</p>
        <Field label={t('surveys.form.comment')}>
          {(c) => <textarea {...c} className="input" rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
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
