import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import { rowErrorText } from '../../../shared/i18n/ticket-import/row-error-text';
import type { ImportRowError } from '../../../shared/schemas/importers';
import { call, toApiError, type ApiError } from '../api/client';
import { importErrorText } from '../views/tickets/import/importErrorText';
import { Alert } from './Alert';
import { Field } from './Field';
import { Modal } from './Modal';
import './file-import.css';

/** What every fixed-layout import answers (surveys, training score sheets). */
export interface FileImportSummary {
  total: number;
  inserted: number;
  rejected: number;
  dryRun: boolean;
  errors: ImportRowError[];
  errorReportPath: string | null;
}

export interface FileImportOptions {
  path: string;
  dryRun: boolean;
  skipInvalid: boolean;
  language: Language;
}

interface Props<S extends FileImportSummary> {
  title: string;
  /** The file's expected columns, in the user's words. */
  layout: string;
  /** Controls above the path, such as the kind of data. */
  children?: ReactNode;
  /** Offer "skip rows with errors"; off where the file is one unit (a score sheet). */
  allowSkipInvalid: boolean;
  run: (options: FileImportOptions) => Promise<S>;
  /** Extra lines under the result, e.g. what else the import did. */
  details?: (summary: S) => ReactNode;
  onClose: () => void;
  onImported: (summary: S) => void;
}

/**
 * Import a CSV or XLSX file through the shared import framework: the path is typed (a browser host has no file
 * dialog that yields a path) or picked with the host's dialog; a dry run checks without writing; rejected rows are
 * listed with their reason in the user's language and written to a CSV error report.
 */
export function FileImportDialog<S extends FileImportSummary>({
  title,
  layout,
  children,
  allowSkipInvalid,
  run,
  details,
  onClose,
  onImported,
}: Props<S>) {
  const { t, i18n } = useTranslation();
  const [path, setPath] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [result, setResult] = useState<S | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const language = i18n.language as Language;

  const submit = async (event: FormEvent) => {
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
      const summary = await run({
        path: path.trim(),
        dryRun,
        skipInvalid: allowSkipInvalid && skipInvalid,
        language,
      });
      setResult(summary);
      if (summary.inserted > 0) onImported(summary);
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
        ? t('fileImport.required')
        : problem.details['importError'] === 'MISSING_COLUMNS' && Array.isArray(problem.details['missing'])
          ? t('fileImport.missingColumns', {
              missing: (problem.details['missing'] as string[]).join(t('common.listSeparator')),
            })
          : importErrorText(t, problem);

  return (
    <Modal title={title} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form file-import" onSubmit={submit} noValidate>
        {children}
        <p className="field__hint">{layout}</p>
        <Field label={t('fileImport.path')} hint={t('fileImport.pathHint')} error={error}>
          {(c) => (
            <span className="file-import__path">
              <input
                {...c}
                ref={input}
                className="input"
                name="path"
                spellCheck={false}
                autoComplete="off"
                value={path}
                onChange={(e) => setPath(e.target.value)}
              />
              <button type="button" className="button" onClick={() => void browse()} disabled={busy}>
                {t('fileImport.browse')}
              </button>
            </span>
          )}
        </Field>
        <label className="file-import__check">
          <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <span>{t('fileImport.dryRun')}</span>
        </label>
        {allowSkipInvalid && (
          <label className="file-import__check">
            <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
            <span>{t('fileImport.skipInvalid')}</span>
          </label>
        )}
        {!(allowSkipInvalid && skipInvalid) && <p className="field__hint">{t('fileImport.allOrNothing')}</p>}
        {result && (
          <Alert
            tone={result.rejected > 0 ? 'error' : 'success'}
            title={t(result.dryRun ? 'fileImport.dryDone' : 'fileImport.done', {
              total: result.total,
              inserted: result.inserted,
              rejected: result.rejected,
            })}
          >
            {result.rejected > 0 && !result.dryRun && result.inserted === 0 && (
              <p>{t('fileImport.nothingWritten')}</p>
            )}
            {details?.(result)}
            {result.errorReportPath && (
              <p className="file-import__report">
                {t('fileImport.report', { path: result.errorReportPath })}
              </p>
            )}
          </Alert>
        )}
        {result && result.errors.length > 0 && (
          <div className="file-import__errors">
            <table className="file-import__table">
              <thead>
                <tr>
                  <th scope="col">{t('fileImport.row')}</th>
                  <th scope="col">{t('fileImport.column')}</th>
                  <th scope="col">{t('fileImport.value')}</th>
                  <th scope="col">{t('fileImport.reason')}</th>
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
            {busy ? t('fileImport.running') : t('fileImport.run')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
