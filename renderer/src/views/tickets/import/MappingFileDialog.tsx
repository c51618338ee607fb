import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../../api/client';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { importErrorText } from './importErrorText';

/** Asks for the path of a mapping JSON file (to write or to read); the action's error is shown at the path. */
export function MappingFileDialog({
  title,
  hint,
  submitLabel,
  initialPath,
  onSubmit,
  onCancel,
}: {
  title: string;
  hint: string;
  submitLabel: string;
  initialPath: string;
  /** Throws ApiError, shown next to the path. */
  onSubmit: (path: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState(initialPath);
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = path.trim();
    if (!trimmed) {
      setProblem('required');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(trimmed);
    } catch (err) {
      setProblem(toApiError(err));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const error =
    problem === null
      ? undefined
      : problem === 'required'
        ? t('ticketImport.mapping.fileRequired')
        : importErrorText(t, problem);
  return (
    <Modal title={title} onCancel={() => !busy && onCancel()} onDismissed={onCancel}>
      <form className="modal__form" onSubmit={submit} noValidate>
        <Field label={t('ticketImport.mapping.filePath')} hint={hint} error={error}>
          {(control) => (
            <input
              {...control}
              ref={input}
              autoFocus
              className="input input--path"
              type="text"
              spellCheck={false}
              autoComplete="off"
              readOnly={busy}
              value={path}
              onChange={(event) => {
                setPath(event.target.value);
                if (problem) setProblem(null);
              }}
            />
          )}
        </Field>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.pleaseWait') : submitLabel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
