import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleValues } from '../../../../../shared/domain/scorecard';
import type { AnswerValue, ScorecardItem } from '../../../../../shared/schemas/audits';
import type { Appeal, VisitDetail } from '../../../../../shared/schemas/mystery';
import { call, toApiError, type ApiError } from '../../../api/client';
import { formatScore } from '../../audits/grid';
import { MysteryError } from '../MysteryError';

type Changed = (next: VisitDetail, notice: string) => void;

/** The outlet's appeals of a published visit: decided ones with the score change and reason, open ones to decide, a new one. */
export function AppealPanel({ visit, onChanged }: { visit: VisitDetail; onChanged: Changed }) {
  const { t, i18n } = useTranslation();
  const items = visit.template.sections.flatMap((s) => s.items);
  const label = (key: string | null) => {
    if (key === null) return t('mystery.appeal.wholeVisit');
    const item = items.find((i) => i.key === key);
    return item ? (i18n.language === 'en' ? item.labelEn : item.labelZh) : key;
  };
  const valueText = (key: string, v: AnswerValue) => {
    const item = items.find((i) => i.key === key);
    if (v === 'na') return t('audits.form.na');
    if (v === null) return t('audits.form.none');
    return item?.scale === 'yes_no' ? t(v === 1 ? 'audits.form.yes' : 'audits.form.no') : String(v);
  };
  const none = t('audits.form.none');
  const line = (a: Appeal) =>
    a.status === 'upheld'
      ? t('mystery.appeal.upheld', {
          target: label(a.itemKey),
          changes: Object.entries(a.changes).map(([k, [o, n]]) => t('mystery.appeal.change', { item: label(k), old: valueText(k, o), new: valueText(k, n) })).join(t('common.listSeparator')),
          before: formatScore(a.scoreBefore, none),
          after: formatScore(a.scoreAfter, none),
          decision: a.decision,
        })
      : t('mystery.appeal.rejected', { target: label(a.itemKey), decision: a.decision });
  return (
    <section className="card mystery-appeals" data-testid="appeals">
      <h2 className="mystery-card__title">{t('mystery.appeal.title')}</h2>
      {visit.appealList.length === 0 && <p className="muted">{t('mystery.appeal.none')}</p>}
      {visit.appealList.filter((a) => a.status !== 'open').map((a) => (
        <p key={a.id} className={`audit-dispute__line audit-dispute__line--${a.status}`}>{line(a)}</p>
      ))}
      {visit.appealList.filter((a) => a.status === 'open').map((a) => (
        <DecideForm key={a.id} appeal={a} items={a.itemKey === null ? items : items.filter((i) => i.key === a.itemKey)} visit={visit} label={label} valueText={valueText} onChanged={onChanged} />
      ))}
      <RaiseForm visit={visit} items={items} label={label} onChanged={onChanged} />
    </section>
  );
}

function RaiseForm({ visit, items, label, onChanged }: { visit: VisitDetail; items: ScorecardItem[]; label: (k: string | null) => string; onChanged: Changed }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [raisedBy, setRaisedBy] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim() || !raisedBy.trim()) return setMissing(true);
    try {
      const next = await call('mystery.appeals.raise', { visitId: visit.id, itemKey: target || null, reason, raisedBy });
      setReason('');
      setMissing(false);
      onChanged(next, t('mystery.appeal.raised'));
    } catch (err) {
      setFailure(toApiError(err));
    }
  };
  return (
    <form className="mystery-appeal-form" onSubmit={submit} noValidate>
      <label className="audits-filter">
        <span>{t('mystery.appeal.target')}</span>
        <select className="input" aria-label={t('mystery.appeal.target')} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('mystery.appeal.wholeVisit')}</option>
          {items.map((i) => <option key={i.key} value={i.key}>{label(i.key)}</option>)}
        </select>
      </label>
      <label className="audits-filter">
        <span>{t('mystery.appeal.reason')}</span>
        <input className="input" aria-label={t('mystery.appeal.reason')} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label className="audits-filter">
        <span>{t('mystery.appeal.raisedBy')}</span>
        <input className="input" aria-label={t('mystery.appeal.raisedBy')} value={raisedBy} maxLength={100} onChange={(e) => setRaisedBy(e.target.value)} />
      </label>
      <button type="submit" className="button button--small">{t('mystery.appeal.submit')}</button>
      {missing && <p className="audit-dispute__error" role="alert">{t('mystery.appeal.required')}</p>}
      {failure && <MysteryError title={t('mystery.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
    </form>
  );
}

function DecideForm({
  appeal,
  items,
  visit,
  label,
  valueText,
  onChanged,
}: {
  appeal: Appeal;
  items: ScorecardItem[];
  visit: VisitDetail;
  label: (k: string | null) => string;
  valueText: (key: string, v: AnswerValue) => string;
  onChanged: Changed;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('upheld');
  const [itemKey, setItemKey] = useState(items[0]?.key ?? '');
  const item = items.find((i) => i.key === itemKey);
  const choices: AnswerValue[] = item ? [...scaleValues(item), 'na'] : [];
  const [value, setValue] = useState<AnswerValue>(choices.find((c) => c !== visit.answers[itemKey]) ?? 'na');
  const [decision, setDecision] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!decision.trim()) return setMissing(true);
    try {
      const next = await call('mystery.appeals.decide', { id: appeal.id, outcome, decision, answers: outcome === 'upheld' ? { [itemKey]: value } : {} });
      onChanged(next, t('mystery.appeal.decided'));
    } catch (err) {
      setFailure(toApiError(err));
    }
  };
  return (
    <form className="mystery-appeal-form mystery-appeal-form--open" onSubmit={submit} noValidate>
      <p className="audit-dispute__line">{t('mystery.appeal.open', { target: label(appeal.itemKey), reason: appeal.reason, by: appeal.raisedBy })}</p>
      <label className="audits-filter">
        <span>{t('mystery.appeal.outcome')}</span>
        <select className="input" aria-label={t('mystery.appeal.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as 'upheld' | 'rejected')}>
          <option value="upheld">{t('mystery.appeal.outcomes.upheld')}</option>
          <option value="rejected">{t('mystery.appeal.outcomes.rejected')}</option>
        </select>
      </label>
      {outcome === 'upheld' && items.length > 1 && (
        <label className="audits-filter">
          <span>{t('mystery.appeal.item')}</span>
          <select className="input" aria-label={t('mystery.appeal.item')} value={itemKey} onChange={(e) => setItemKey(e.target.value)}>
            {items.map((i) => <option key={i.key} value={i.key}>{label(i.key)}</option>)}
          </select>
        </label>
      )}
      {outcome === 'upheld' && item && (
        <label className="audits-filter">
          <span>{t('mystery.appeal.newValue')}</span>
          <select className="input" aria-label={t('mystery.appeal.newValue')} value={String(value)} onChange={(e) => setValue(e.target.value === 'na' ? 'na' : Number(e.target.value))}>
            {choices.map((c) => <option key={String(c)} value={String(c)}>{valueText(item.key, c)}</option>)}
          </select>
        </label>
      )}
      <label className="audits-filter">
        <span>{t('mystery.appeal.decision')}</span>
        <input className="input" aria-label={t('mystery.appeal.decision')} value={decision} maxLength={2000} onChange={(e) => setDecision(e.target.value)} />
      </label>
      <button type="submit" className="button button--small button--primary">{t('mystery.appeal.decide')}</button>
      {missing && <p className="audit-dispute__error" role="alert">{t('mystery.appeal.required')}</p>}
      {failure && <MysteryError title={t('mystery.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
    </form>
  );
}
