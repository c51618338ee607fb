import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../i18n/errorMessage';

export type PathPurpose = 'create' | 'open';

/** Where the host has no native file dialog (a browser), ask for the full path of the workspace file. */
export function PathDialog({
  purpose,
  defaultDir,
  onSubmit,
  onCancel,
}: {
  purpose: PathPurpose;
  defaultDir: string;
  /** Opens or creates the file; throws ApiError, which the dialog shows next to the path. */
  onSubmit: (path: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(() =>
    suggestedPath(purpose, defaultDir, t('pathDialog.defaultFileName')),
  );
  const [problem, setProblem] = useState<'required' | ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Like a save dialog: focus the field with the file name selected, ready to be typed over.
  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    const [start, end] =
      purpose === 'create' ? fileStemRange(field.value) : [field.value.length, field.value.length];
    field.setSelectionRange(start, end);
  }, [purpose]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const path = value.trim();
    if (!path) {
      setProblem('required');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(path);
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
        ? t('pathDialog.required')
        : errorMessage(t, problem);
  return (
    <Modal
      title={purpose === 'create' ? t('pathDialog.createTitle') : t('pathDialog.openTitle')}
      onCancel={() => {
        if (!busy) onCancel();
      }}
      onDismissed={onCancel}
    >
      <form className="modal__form" onSubmit={submit} noValidate>
        <Field
          label={t('pathDialog.label')}
          hint={purpose === 'create' ? t('pathDialog.createHint') : t('pathDialog.openHint')}
          error={error}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              className="input input--path"
              type="text"
              name="path"
              spellCheck={false}
              autoComplete="off"
              readOnly={busy}
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
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
            {busy
              ? t('common.pleaseWait')
              : purpose === 'create'
                ? t('pathDialog.createSubmit')
                : t('pathDialog.openSubmit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Windows folders come with backslashes; keep the user's own separator. */
function suggestedPath(purpose: PathPurpose, dir: string, fileName: string): string {
  const separator = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  const folder = dir.replace(/[\\/]+$/, '');
  return purpose === 'create' ? `${folder}${separator}${fileName}` : `${folder}${separator}`;
}

function fileStemRange(path: string): [number, number] {
  const start = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  const dot = path.lastIndexOf('.');
  return [start, dot > start ? dot : path.length];
}
