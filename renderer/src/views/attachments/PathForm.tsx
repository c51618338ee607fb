import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { Field } from '../../components/Field';

/**
 * A path typed in full, or picked with the desktop host's file dialog. The web host has no dialog (NOT_SUPPORTED),
 * so there the text field is the way in, and the Browse button is left out after its first refusal. Not a <form>:
 * it sits inside other forms (the action dialog), so Enter in the field submits it instead.
 */
export function PathForm({
  label,
  hint,
  submitLabel,
  busy,
  purpose,
  fileName,
  onSubmit,
  autoFocus = false,
}: {
  label: string;
  hint: string;
  submitLabel: string;
  busy: boolean;
  purpose: 'open' | 'create';
  fileName?: string;
  onSubmit: (path: string) => Promise<boolean>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);
  const [canBrowse, setCanBrowse] = useState(true);

  const browse = async () => {
    try {
      const picked = await call('app.pickPath', {
        purpose,
        kind: 'attachment',
        ...(fileName ? { fileName } : {}),
      });
      if (picked.path) setPath(picked.path);
    } catch {
      setCanBrowse(false);
    }
  };

  const submit = async () => {
    if (path.trim() === '') {
      setMissing(true);
      return;
    }
    if (await onSubmit(path.trim())) {
      setPath('');
      setMissing(false);
    }
  };

  return (
    <div className="attachments__form">
      <Field
        label={label}
        hint={hint}
        error={missing && path.trim() === '' ? t('attachments.pathRequired') : undefined}
      >
        {(control) => (
          <span className="attachments__path">
            <input
              {...control}
              className="input"
              spellCheck={false}
              autoComplete="off"
              autoFocus={autoFocus}
              value={path}
              onChange={(e) => setPath(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                if (!busy) void submit();
              }}
            />
            {canBrowse && (
              <button type="button" className="button" onClick={() => void browse()} disabled={busy}>
                {t('attachments.browse')}
              </button>
            )}
            <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
              {submitLabel}
            </button>
          </span>
        )}
      </Field>
    </div>
  );
}
