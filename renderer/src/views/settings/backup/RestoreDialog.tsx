import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api';
import type { BackupEntry } from '../../../../../shared/schemas/backup';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

type Restored = MethodOutput<'backup.restore'>;

/** Confirm a restore of the open workspace: from a listed backup, or from a file whose path the user types. */
export function RestoreDialog({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupEntry | null;
  onClose: () => void;
  onRestored: (result: Restored) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const backupPath = backup ? backup.path : path.trim();
    if (!backupPath) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onRestored(await call('backup.restore', { backupPath }));
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={t('backup.restoreDialog.title')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form" onSubmit={(e) => void submit(e)} noValidate>
        {failure && <ErrorAlert title={t('backup.restoreDialog.failed')} error={failure} />}
        <p>
          {backup
            ? t('backup.restoreDialog.body', { when: formatDateTime(language, backup.at) })
            : t('backup.restoreDialog.fileBody')}
        </p>
        {!backup && (
          <Field
            label={t('backup.restoreDialog.fileLabel')}
            hint={t('backup.restoreDialog.fileHint')}
            error={missing ? t('backup.restoreDialog.required') : undefined}
          >
            {(c) => (
              <input
                {...c}
                className="input input--path"
                value={path}
                autoFocus
                spellCheck={false}
                onChange={(e) => {
                  setPath(e.target.value);
                  setMissing(false);
                }}
              />
            )}
          </Field>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            autoFocus={Boolean(backup)}
          >
            {busy ? t('backup.restoreDialog.running') : t('backup.restoreDialog.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
