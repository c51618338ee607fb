import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/schemas/importers';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Field } from '../../../components/Field';
import { importErrorText } from './importErrorText';

/**
 * Step 1: the file. A path field (a browser host has no file dialog that yields a path), with the host's own
 * dialog behind "Browse…" where there is one; reading it asks core for a preview, which detects the encoding.
 */
export function FileStep({
  initialPath,
  nativeDialogs,
  onRead,
}: {
  initialPath: string;
  nativeDialogs: boolean;
  onRead: (path: string, preview: ImportPreview) => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState(initialPath);
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const read = async (chosen: string) => {
    const trimmed = chosen.trim();
    if (!trimmed) {
      setProblem('required');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onRead(trimmed, await call('import.preview', { path: trimmed }));
    } catch (err) {
      setProblem(toApiError(err));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void read(path);
  };

  const browse = async () => {
    try {
      const picked = await call('app.pickPath', { purpose: 'open', kind: 'import' });
      if (picked.path) {
        setPath(picked.path);
        await read(picked.path);
      }
    } catch (err) {
      setProblem(toApiError(err));
    }
  };

  const error =
    problem === null
      ? undefined
      : problem === 'required'
        ? t('ticketImport.file.required')
        : importErrorText(t, problem);
  return (
    <form className="card import-file" onSubmit={submit} noValidate aria-labelledby="import-file-title">
      <h2 id="import-file-title" className="card__title">
        {t('ticketImport.file.title')}
      </h2>
      <Field label={t('ticketImport.file.pathLabel')} hint={t('ticketImport.file.pathHint')} error={error}>
        {(control) => (
          <span className="import-file__row">
            <input
              {...control}
              ref={input}
              className="input input--path"
              type="text"
              name="path"
              spellCheck={false}
              autoComplete="off"
              readOnly={busy}
              value={path}
              onChange={(event) => {
                setPath(event.target.value);
                if (problem) setProblem(null);
              }}
            />
            {nativeDialogs && (
              <button type="button" className="button" onClick={() => void browse()} disabled={busy}>
                {t('ticketImport.file.browse')}
              </button>
            )}
          </span>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('ticketImport.file.reading') : t('ticketImport.file.preview')}
        </button>
      </div>
    </form>
  );
}
