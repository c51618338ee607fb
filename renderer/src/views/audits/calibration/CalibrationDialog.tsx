import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationSummary } from '../../../../../shared/schemas/audit-calibration';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { AuditsError } from '../AuditsError';

const loadTemplates = () => call('audits.templates.list', { kind: 'audit' });

type ErrorKey = 'name' | 'ticket' | 'auditors' | 'template';

/** Names as typed: commas (either width), the enumeration comma or new lines separate them. */
const splitNames = (text: string): string[] =>
  text
    .split(/[,，、;；\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');

/** A new session: its name, the scorecard version, the record and the auditors who score it blind. */
export function CalibrationDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (s: CalibrationSummary) => void }) {
  const { t, i18n } = useTranslation();
  const templates = useResource(loadTemplates);
  const usable = templates.status === 'ready' ? templates.data.filter((tpl) => tpl.active) : [];
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [ticketRef, setTicketRef] = useState('');
  const [auditors, setAuditors] = useState('');
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, true>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const chosen = templateId ?? usable[0]?.id ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const names = splitNames(auditors);
    const found: Partial<Record<ErrorKey, true>> = {};
    if (title.trim() === '') found.name = true;
    if (ticketRef.trim() === '') found.ticket = true;
    if (names.length < 2 || names.length > 12 || new Set(names).size !== names.length || names.some((n) => n.length > 100)) found.auditors = true;
    if (chosen === null) found.template = true;
    setErrors(found);
    if (Object.keys(found).length > 0 || chosen === null) return;
    setBusy(true);
    setFailure(null);
    try {
      onCreated(await call('audits.calibration.create', { title: title.trim(), templateId: chosen, ticketRef: ticketRef.trim(), auditors: names }));
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };
  const err = (key: ErrorKey) => (errors[key] ? t(`audits.calibration.dialog.errors.${key}`) : undefined);

  return (
    <Modal title={t('audits.calibration.dialog.title')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form" onSubmit={submit} noValidate>
        <Field label={t('audits.calibration.dialog.name')} error={err('name')}>
          {(control) => <input {...control} className="input" value={title} maxLength={200} autoFocus onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('audits.calibration.dialog.template')} error={err('template')}>
          {(control) => (
            <select {...control} className="input" value={chosen ?? ''} onChange={(e) => setTemplateId(Number(e.target.value))}>
              {usable.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>{`${tpl.code} · ${t('audits.form.version', { version: tpl.version })} · ${i18n.language === 'en' ? tpl.nameEn : tpl.nameZh}`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('audits.calibration.dialog.ticket')} hint={t('audits.calibration.dialog.ticketHint')} error={err('ticket')}>
          {(control) => <input {...control} className="input" value={ticketRef} maxLength={100} onChange={(e) => setTicketRef(e.target.value)} />}
        </Field>
        <Field label={t('audits.calibration.dialog.auditors')} hint={t('audits.calibration.dialog.auditorsHint')} error={err('auditors')}>
          {(control) => <input {...control} className="input" value={auditors} onChange={(e) => setAuditors(e.target.value)} />}
        </Field>
        {templates.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={templates.error} />}
        {failure && <AuditsError title={t('audits.saveFailed')} error={failure} />}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy || templates.status !== 'ready'}>
            {busy ? t('common.saving') : t('audits.calibration.dialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
