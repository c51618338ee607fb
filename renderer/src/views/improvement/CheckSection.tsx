import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_IDS, type KpiId } from '../../../../shared/domain/kpi-catalog';
import { CHECK_VERDICTS, type ActionCheck } from '../../../../shared/schemas/action-checks';
import type { Action } from '../../../../shared/schemas/improvement';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import { call, toApiError, type ApiError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { localIsoDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Attachments } from '../attachments/Attachments';
import { useStamp } from '../attachments/useStamp';
import { ScopePicker } from '../dashboard/ScopePicker';
import { auditOption, checkError, evidenceText } from './checkText';

type Method = ActionCheck['evidence']['method'];
type Verdict = ActionCheck['verdict'];

/**
 * Effectiveness check of a saved action: what was recorded, the form to record it once the action is done, the
 * button that closes the action, and the evidence files.
 */
export function CheckSection({
  action,
  onChecked,
  onCloseAction,
  closing,
}: {
  action: Action;
  onChecked: (action: Action) => void;
  onCloseAction: () => void;
  closing: boolean;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const stamp = useStamp();
  const check = action.check;
  const owner = useMemo(() => ({ kind: 'action' as const, id: action.id }), [action.id]);
  return (
    <section className="check-section" aria-labelledby={`check-${action.id}`} data-testid="action-check">
      <h3 id={`check-${action.id}`} className="check-section__title">
        {t('improvement.checks.title')}
      </h3>
      <p className="muted check-section__intro">{t('improvement.checks.intro')}</p>
      {check && (
        <div className={`check-result check-result--${check.verdict}`} data-testid="check-result">
          <p>
            <strong>{t(`improvement.checks.verdicts.${check.verdict}`)}</strong>
            {' · '}
            {t(`improvement.checks.methods.${check.evidence.method}`)}
          </p>
          <p>{evidenceText(t, language, check)}</p>
          <p className="check-result__note">{check.note}</p>
          <p className="muted">
            {t('improvement.checks.recorded', {
              actor: check.actor,
              date: stamp(check.checkedAt),
              verdict: t(`improvement.checks.verdicts.${check.verdict}`),
            })}
          </p>
        </div>
      )}
      {action.status === 'done' && <CheckForm action={action} again={check !== null} onChecked={onChecked} />}
      {action.status !== 'done' && action.status !== 'closed' && (
        <p className="muted">{t('improvement.checks.notDoneYet')}</p>
      )}
      {action.status === 'done' && check?.verdict === 'effective' && (
        <div className="check-section__close">
          <button type="button" className="button button--primary" disabled={closing} onClick={onCloseAction}>
            {t('improvement.checks.close')}
          </button>
        </div>
      )}
      <Attachments owner={owner} title={t('improvement.checks.evidence')} />
    </section>
  );
}

function CheckForm({
  action,
  again,
  onChecked,
}: {
  action: Action;
  again: boolean;
  onChecked: (action: Action) => void;
}) {
  const { t } = useTranslation();
  const load = useCallback(() => call('actions.check.options', { id: action.id }), [action.id]);
  const options = useResource(load);
  const fromAudit = action.source.kind === 'audit';
  const [method, setMethod] = useState<Method>(fromAudit ? 'reaudit' : 'kpi');
  const [reauditId, setReauditId] = useState<number | null>(null);
  const [kpi, setKpi] = useState<KpiId>('fcr_rate');
  const [scope, setScope] = useState<KpiScope>({ dim: 'org', key: '' });
  const [from, setFrom] = useState(() =>
    action.completedAt === null ? localIsoDay() : localIsoDay(action.completedAt),
  );
  const [verdict, setVerdict] = useState<Verdict>('effective');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const ready = options.status === 'ready' ? options.data : null;
  const reaudits = ready?.reaudits ?? [];
  const chosen = reauditId ?? reaudits[0]?.id ?? null;

  const submit = async () => {
    setTried(true);
    if (note.trim() === '' || (method === 'reaudit' && chosen === null)) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const evidence =
        method === 'reaudit'
          ? { method, reauditId: chosen ?? 0 }
          : // A dimension without a chosen value means the organisation, as the scope picker shows it.
            { method, kpi, scope: scope.key === '' ? { dim: 'org' as const, key: '' } : scope, from };
      onChecked(
        await call('actions.check.save', { actionId: action.id, evidence, verdict, note: note.trim() }),
      );
      setSaved(true);
      setTried(false);
      setNote('');
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="check-form">
      <fieldset className="check-form__choice">
        <legend className="field__label">{t('improvement.checks.method')}</legend>
        {(['reaudit', 'kpi'] as const).map((m) => (
          <label key={m} className="check-form__option">
            <input
              type="radio"
              name="check-method"
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
            />
            <span>{t(`improvement.checks.methods.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {method === 'reaudit' && !fromAudit && <p className="muted">{t('improvement.checks.noSourceAudit')}</p>}
      {method === 'reaudit' && fromAudit && ready?.audit && (
        <>
          <p className="muted">
            {t('improvement.checks.sourceAudit')}: {auditOption(t, ready.audit)}
          </p>
          {reaudits.length === 0 ? (
            <p className="muted">
              {t('improvement.checks.noReaudit', {
                agent: ready.agentName ?? t('improvement.checks.agentUnknown'),
              })}
            </p>
          ) : (
            <Field
              label={t('improvement.checks.reaudit')}
              error={tried && chosen === null ? t('improvement.checks.reauditRequired') : undefined}
            >
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={chosen ?? ''}
                  onChange={(e) => setReauditId(Number(e.target.value))}
                >
                  {reaudits.map((a) => (
                    <option key={a.id} value={a.id}>
                      {auditOption(t, a)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </>
      )}
      {method === 'kpi' && (
        <div className="form-grid">
          <Field label={t('improvement.checks.kpi')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={kpi}
                onChange={(e) => setKpi(e.target.value as KpiId)}
              >
                {KPI_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`kpi.defs.${id}.name`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('improvement.checks.from')} hint={t('improvement.checks.fromHint')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
            )}
          </Field>
          <div className="check-form__scope">
            <ScopePicker value={scope} onChange={setScope} />
          </div>
        </div>
      )}
      <fieldset className="check-form__choice">
        <legend className="field__label">{t('improvement.checks.verdict')}</legend>
        {CHECK_VERDICTS.map((v) => (
          <label key={v} className="check-form__option">
            <input
              type="radio"
              name="check-verdict"
              value={v}
              checked={verdict === v}
              onChange={() => setVerdict(v)}
            />
            <span>{t(`improvement.checks.verdicts.${v}`)}</span>
          </label>
        ))}
      </fieldset>
      <Field
        label={t('improvement.checks.note')}
        error={tried && note.trim() === '' ? t('improvement.checks.noteRequired') : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={2}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      {error && <Alert tone="error">{checkError(t, error)}</Alert>}
      {saved && <Alert tone="success">{t('improvement.checks.saved')}</Alert>}
      <div>
        <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
          {again ? t('improvement.checks.recordAgain') : t('improvement.checks.record')}
        </button>
      </div>
    </div>
  );
}
