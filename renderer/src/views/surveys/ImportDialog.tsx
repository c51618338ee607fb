import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rowErrorText } from '../../../../shared/i18n/ticket-import/row-error-text';
import type { Language } from '../../../../shared/domain/enums';
import type { SurveyImportKind, SurveyImportSummary } from '../../../../shared/schemas/surveys';
import { call, newJobId, toApiError, type ApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { importErrorText } from '../tickets/import/importErrorText';

/**
 * Import a CSV or XLSX of responses or SERVQUAL questionnaires through the shared import framework. The path is
 * typed (a browser host has no file dialog that yields a path) or picked with the host's dialog where there is one.
 */
export function ImportDialog({ kind: initialKind, onClose, onImported }: { kind: SurveyImportKind; onClose: () => void; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<SurveyImportKind>(initialKind);
  const [path, setPath] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [result, setResult] = useState<SurveyImportSummary | null>(null);
  const input = useRef<HTMLInputElement>(null);

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
      const summary = await call('surveys.import.run', {
        jobId: newJobId('survey-import'),
        kind,
        path: path.trim(),
        dryRun,
        skipInvalid,
        language: i18n.language as Language,
      });
      setResult(summary);
      if (summary.inserted > 0) onImported();
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
        ? t('surveys.import.required')
        : problem.details['importError'] === 'MISSING_COLUMNS' && Array.isArray(problem.details['missing'])
          ? t('surveys.import.missingColumns', { missing: (problem.details['missing'] as string[]).join(t('common.listSeparator')) })
          : importErrorText(t, problem);
  const language = i18n.language as Language;

  return (
    <Modal title={t('surveys.import.title')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form survey-form survey-import" onSubmit={run} noValidate>
        <fieldset className="survey-import__kinds">
          <legend className="field__label">{t('surveys.import.kind')}</legend>
          {(['responses', 'servqual'] as const).map((k) => (
            <label key={k} className="survey-check">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(k === 'responses' ? 'surveys.import.kindResponses' : 'surveys.import.kindServqual')}</span>
            </label>
          ))}
        </fieldset>
        <p className="field__hint">{t(kind === 'responses' ? 'surveys.import.layoutResponses' : 'surveys.import.layoutServqual')}</p>
        <Field label={t('surveys.import.path')} hint={t('surveys.import.pathHint')} error={error}>
          {(c) => (
            <span className="survey-import__path">
              <input {...c} ref={input} className="input" name="path" spellCheck={false} autoComplete="off" value={path} onChange={(e) => setPath(e.target.value)} />
              <button type="button" className="button" onClick={() => void browse()} disabled={busy}>
                {t('surveys.import.browse')}
              </button>
            </span>
          )}
        </Field>
        <label className="survey-check">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <span>{t('surveys.import.dryRun')}</span>
        </label>
        <label className="survey-check">
          <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
          <span>{t('surveys.import.skipInvalid')}</span>
        </label>
        {!skipInvalid && <p className="field__hint">{t('surveys.import.allOrNothing')}</p>}
        {result && (
          <Alert tone={result.rejected > 0 ? 'error' : 'success'} title={t(result.dryRun ? 'surveys.import.dryDone' : 'surveys.import.done', result)}>
            {result.rejected > 0 && !result.dryRun && result.inserted === 0 && <p>{t('surveys.import.nothingWritten')}</p>}
            {result.errorReportPath && <p className="survey-import__report">{t('surveys.import.report', { path: result.errorReportPath })}</p>}
          </Alert>
        )}
        {result && result.errors.length > 0 && (
          <div className="survey-import__errors">
            <table className="survey-table">
              <thead>
                <tr>
                  <th scope="col">{t('surveys.import.row')}</th>
                  <th scope="col">{t('surveys.import.column')}</th>
                  <th scope="col">{t('surveys.import.value')}</th>
                  <th scope="col">{t('surveys.import.reason')}</th>
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
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('surveys.import.running') : t('surveys.import.run')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
