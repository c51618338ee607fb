import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STRATA, type SampleSummary } from '../../../../../shared/schemas/audits';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { AuditsError } from '../AuditsError';

const loadTemplates = () => call('audits.templates.list', { kind: 'audit' });

type Mode = 'perAgent' | 'percent';
type ErrorKey = 'amount' | 'seed' | 'template';

/** The month's sampling plan: scorecard, N per agent or a percentage, strata and an optional seed. */
export function SampleDialog({ month, onClose, onDrawn }: { month: string; onClose: () => void; onDrawn: (s: SampleSummary) => void }) {
  const { t, i18n } = useTranslation();
  const templates = useResource(loadTemplates);
  const usable = templates.status === 'ready' ? templates.data.filter((tpl) => tpl.active) : [];
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [mode, setMode] = useState<Mode>('perAgent');
  const [amount, setAmount] = useState('5');
  const [stratify, setStratify] = useState<(typeof STRATA)[number]>('channel');
  const [seed, setSeed] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, true>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const chosen = templateId ?? usable[0]?.id ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(amount);
    const seedValue = seed.trim() === '' ? undefined : Number(seed);
    const found: Partial<Record<ErrorKey, true>> = {};
    const amountOk = mode === 'perAgent' ? Number.isInteger(value) && value >= 1 && value <= 200 : value >= 0.1 && value <= 100;
    if (amount.trim() === '' || !amountOk) found.amount = true;
    if (seedValue !== undefined && !(Number.isInteger(seedValue) && seedValue >= 0 && seedValue <= 2 ** 31 - 1)) found.seed = true;
    if (chosen === null) found.template = true;
    setErrors(found);
    if (Object.keys(found).length > 0 || chosen === null) return;
    setBusy(true);
    setFailure(null);
    try {
      onDrawn(
        await call('audits.samples.draw', {
          month,
          templateId: chosen,
          stratify,
          ...(mode === 'perAgent' ? { perAgent: value } : { percent: value }),
          ...(seedValue !== undefined ? { seed: seedValue } : {}),
        }),
      );
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={`${t('audits.sample.title')} · ${month}`} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form" onSubmit={submit} noValidate>
        <Field label={t('audits.sample.template')} error={errors.template ? t('audits.sample.errors.template') : undefined}>
          {(control) => (
            <select {...control} className="input" value={chosen ?? ''} onChange={(e) => setTemplateId(Number(e.target.value))} autoFocus>
              {usable.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>{`${tpl.code} · ${t('audits.form.version', { version: tpl.version })} · ${i18n.language === 'en' ? tpl.nameEn : tpl.nameZh}`}</option>
              ))}
            </select>
          )}
        </Field>
        <div className="audits-form-grid">
          <Field label={t('audits.sample.mode')}>
            {(control) => (
              <select {...control} className="input" value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
                <option value="perAgent">{t('audits.sample.perAgent')}</option>
                <option value="percent">{t('audits.sample.percent')}</option>
              </select>
            )}
          </Field>
          <Field label={t('audits.sample.amount')} error={errors.amount ? t('audits.sample.errors.amount') : undefined}>
            {(control) => <input {...control} className="input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
          </Field>
          <Field label={t('audits.sample.stratify')}>
            {(control) => (
              <select {...control} className="input" value={stratify} onChange={(e) => setStratify(e.target.value as (typeof STRATA)[number])}>
                {STRATA.map((s) => (
                  <option key={s} value={s}>{t(`audits.strata.${s}`)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('audits.sample.seed')} hint={t('audits.sample.seedHint')} error={errors.seed ? t('audits.sample.errors.seed') : undefined}>
            {(control) => <input {...control} className="input" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} />}
          </Field>
        </div>
        {templates.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={templates.error} />}
        {failure && <AuditsError title={t('audits.saveFailed')} error={failure} />}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy || templates.status !== 'ready'}>
            {busy ? t('common.saving') : t('audits.sample.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
