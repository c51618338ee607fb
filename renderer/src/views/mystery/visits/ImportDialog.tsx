import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/enums';
import { rowErrorText } from '../../../../../shared/i18n/ticket-import/row-error-text';
import type { MysteryImportSummary, Wave } from '../../../../../shared/schemas/mystery';
import { call, newJobId, toApiError, type ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { importErrorText } from '../../tickets/import/importErrorText';

/**
 * Import a wave's visit results from CSV or XLSX through the shared import framework: all-or-nothing, with a dry
 * run and the rejected rows listed. The path is typed or picked with the host's dialog where there is one.
 */
export function ImportDialog({ wave, onClose, onImported }: { wave: Wave; onClose: () => void; onImported: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const [path, setPath] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [publish, setPublish] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [result, setResult] = useState<MysteryImportSummary | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const language = i18n.language as Language;

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!path.trim()) {
      setProblem('required');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      const summary = await call('mystery.import.run', { jobId: newJobId('mystery-import'), waveId: wave.id, path: path.trim(), dryRun, publish, language });
      setResult(summary);
      if (summary.inserted > 0) onImported(t('mystery.import.done', summary));
    } catch (err) {
      setProblem(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const browse = async () => {
    try {
      const picked = await call('app.pickPath', { purpose: 'open', kind: 'import' });
      if (picked.path) setPath(picked.path);
    } catch (err) {
      setProblem(toApiError(err));
    }
  };

  const error =
    problem === null
      ? undefined
      : problem === 'required'
        ? t('mystery.import.required')
        : problem.details['importError'] === 'MISSING_COLUMNS' && Array.isArray(problem.details['missing'])
          ? t('mystery.import.missingColumns', { missing: (problem.details['missing'] as string[]).join(t('common.listSeparator')) })
          : importErrorText(t, problem);

  return (
    <Modal title={t('mystery.import.title')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form mystery-import" onSubmit={run} noValidate>
        <p className="muted">{t('mystery.import.wave', { wave: wave.name })}</p>
        <p className="field__hint">{t('mystery.import.layout')}</p>
        <Field label={t('mystery.import.path')} hint={t('mystery.import.pathHint')} error={error}>
          {(c) => (
            <span className="mystery-import__path">
              <input {...c} ref={input} className="input" name="path" spellCheck={false} autoComplete="off" value={path} onChange={(e) => setPath(e.target.value)} />
              <button type="button" className="button" onClick={() => void browse()} disabled={busy}>{t('mystery.import.browse')}</button>
            </span>
          )}
        </Field>
        <label className="audits-check">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <span>{t('mystery.import.dryRun')}</span>
        </label>
        <label className="audits-check">
          <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
          <span>{t('mystery.import.publish')}</span>
        </label>
        <p className="field__hint">{t('mystery.import.allOrNothing')}</p>
        {result && (
          <Alert tone={result.rejected > 0 ? 'error' : 'success'} title={t(result.dryRun ? 'mystery.import.dryDone' : 'mystery.import.done', result)}>
            {result.rejected > 0 && !result.dryRun && <p>{t('mystery.import.nothingWritten')}</p>}
            {result.errorReportPath && <p className="mystery-import__report">{t('mystery.import.report', { path: result.errorReportPath })}</p>}
          </Alert>
        )}
        {result && result.errors.length > 0 && (
          <div className="mystery-import__errors">
            <table className="mystery-table">
              <thead>
                <tr>
                  <th scope="col">{t('mystery.import.row')}</th>
                  <th scope="col">{t('mystery.import.column')}</th>
                  <th scope="col">{t('mystery.import.value')}</th>
                  <th scope="col">{t('mystery.import.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.slice(0, 50).map((e, i) => (
                  <tr key={`${e.row}-${i}`}>
                    <td>{e.row}</td>
                    <td>{e.column ?? ''}</td>
                    <td>{e.value ?? ''}</td>
                    <td>{rowErrorText(language, e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.close')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('mystery.import.running') : t('mystery.import.run')}</button>
        </div>
      </form>
    </Modal>
  );
}
