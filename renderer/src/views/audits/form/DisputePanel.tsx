import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleValues } from '../../../../../shared/domain/scorecard';
import type { AnswerValue, AuditDetail, Dispute, ScorecardItem } from '../../../../../shared/schemas/audits';
import { call, toApiError, type ApiError } from '../../../api/client';
import { AuditsError } from '../AuditsError';
import { formatScore } from '../grid';

/** An item's disputes on a submitted audit: what was decided, the open one with the arbitrator's form, or a new one. */
export function DisputePanel({
  audit,
  item,
  onChanged,
}: {
  audit: AuditDetail;
  item: ScorecardItem;
  onChanged: (next: AuditDetail, notice: string) => void;
}) {
  const { t } = useTranslation();
  const [raising, setRaising] = useState(false);
  const disputes = audit.disputeList.filter((d) => d.itemKey === item.key);
  const open = disputes.find((d) => d.status === 'open');
  const valueText = (v: AnswerValue) =>
    v === 'na' ? t('audits.form.na') : v === null ? t('audits.form.none') : item.scale === 'yes_no' ? t(v === 1 ? 'audits.form.yes' : 'audits.form.no') : String(v);
  const none = t('audits.form.none');

  return (
    <div className="audit-dispute">
      {disputes
        .filter((d) => d.status !== 'open')
        .map((d) => (
          <p key={d.id} className={`audit-dispute__line audit-dispute__line--${d.status}`}>
            {d.status === 'upheld'
              ? t('audits.form.dispute.upheld', { old: valueText(d.oldValue), new: valueText(d.newValue), before: formatScore(d.scoreBefore, none), after: formatScore(d.scoreAfter, none), decision: d.decision })
              : t('audits.form.dispute.rejected', { decision: d.decision })}
          </p>
        ))}
      {open && <DecideForm dispute={open} item={item} valueText={valueText} onChanged={onChanged} />}
      {!open && !raising && (
        <button type="button" className="button button--small" onClick={() => setRaising(true)}>{t('audits.form.dispute.raise')}</button>
      )}
      {!open && raising && <RaiseForm audit={audit} item={item} onCancel={() => setRaising(false)} onChanged={onChanged} />}
    </div>
  );
}

function RaiseForm({ audit, item, onCancel, onChanged }: { audit: AuditDetail; item: ScorecardItem; onCancel: () => void; onChanged: (next: AuditDetail, notice: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [raisedBy, setRaisedBy] = useState(audit.agentName ?? '');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim() || !raisedBy.trim()) return setMissing(true);
    try {
      onChanged(await call('audits.disputes.raise', { auditId: audit.id, itemKey: item.key, reason, raisedBy }), t('audits.form.dispute.raised'));
    } catch (err) {
      setFailure(toApiError(err));
    }
  };
  return (
    <form className="audit-dispute__form" onSubmit={submit} noValidate>
      <label className="audits-filter audit-dispute__wide">
        <span>{t('audits.form.dispute.reason')}</span>
        <input className="input" value={reason} maxLength={2000} autoFocus onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="audits-filter">
        <span>{t('audits.form.dispute.raisedBy')}</span>
        <input className="input" value={raisedBy} maxLength={100} onChange={(e) => setRaisedBy(e.target.value)} />
      </label>
      <button type="submit" className="button button--small button--primary">{t('audits.form.dispute.submit')}</button>
      <button type="button" className="button button--small" onClick={onCancel}>{t('common.cancel')}</button>
      {missing && <p className="audit-dispute__error" role="alert">{t('audits.form.dispute.required')}</p>}
      {failure && <AuditsError title={t('audits.saveFailed')} error={failure} />}
    </form>
  );
}

function DecideForm({ dispute, item, valueText, onChanged }: { dispute: Dispute; item: ScorecardItem; valueText: (v: AnswerValue) => string; onChanged: (next: AuditDetail, notice: string) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('upheld');
  const choices: AnswerValue[] = [...scaleValues(item), 'na'];
  const [newValue, setNewValue] = useState<AnswerValue>(choices.find((c) => c !== dispute.oldValue) ?? 'na');
  const [decision, setDecision] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision.trim()) return setMissing(true);
    try {
      const next = await call('audits.disputes.decide', { id: dispute.id, outcome, decision, ...(outcome === 'upheld' ? { newValue } : {}) });
      onChanged(next, t('audits.form.dispute.decided'));
    } catch (err) {
      setFailure(toApiError(err));
    }
  };
  return (
    <form className="audit-dispute__form" onSubmit={submit} noValidate>
      <p className="audit-dispute__line audit-dispute__wide">{t('audits.form.dispute.open', { reason: dispute.reason, by: dispute.raisedBy })}</p>
      <label className="audits-filter">
        <span>{t('audits.form.dispute.outcome')}</span>
        <select className="input" value={outcome} onChange={(e) => setOutcome(e.target.value as 'upheld' | 'rejected')}>
          <option value="upheld">{t('audits.form.dispute.outcomes.upheld')}</option>
          <option value="rejected">{t('audits.form.dispute.outcomes.rejected')}</option>
        </select>
      </label>
      {outcome === 'upheld' && (
        <label className="audits-filter">
          <span>{t('audits.form.dispute.newValue')}</span>
          <select className="input" value={String(newValue)} onChange={(e) => setNewValue(e.target.value === 'na' ? 'na' : Number(e.target.value))}>
            {choices.map((c) => <option key={String(c)} value={String(c)}>{valueText(c)}</option>)}
          </select>
        </label>
      )}
      <label className="audits-filter audit-dispute__wide">
        <span>{t('audits.form.dispute.decision')}</span>
        <input className="input" value={decision} maxLength={2000} onChange={(e) => setDecision(e.target.value)} />
      </label>
      <button type="submit" className="button button--small button--primary">{t('audits.form.dispute.decide')}</button>
      {missing && <p className="audit-dispute__error" role="alert">{t('audits.form.dispute.required')}</p>}
      {failure && <AuditsError title={t('audits.saveFailed')} error={failure} />}
    </form>
  );
}
