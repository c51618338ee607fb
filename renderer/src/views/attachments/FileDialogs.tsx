import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/attachments';
import { call, toApiError, type ApiError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { Alert } from '../../components/Alert';
import { Modal } from '../../components/Modal';
import { attachmentError } from './attachmentError';
import { PathForm } from './PathForm';

/** An image attachment shown whole; the bytes come from the workspace, never from the original path. */
export function PreviewDialog({ file, onClose }: { file: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('attachments.preview', { id: file.id }), [file.id]);
  const preview = useResource(load);
  return (
    <Modal title={t('attachments.previewTitle', { name: file.fileName })} onCancel={onClose}>
      <div className="attachments__preview">
        {preview.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {preview.status === 'error' && <Alert tone="error">{attachmentError(t, preview.error)}</Alert>}
        {preview.status === 'ready' && (
          <img src={`data:${preview.data.mimeType};base64,${preview.data.base64}`} alt={file.fileName} />
        )}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('attachments.closePreview')}
        </button>
      </div>
    </Modal>
  );
}

/** Save a copy of an attachment to a new file the user names. */
export function SaveCopyDialog({ file, onClose }: { file: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (path: string) => {
    setBusy(true);
    setError(null);
    try {
      setSaved((await call('attachments.saveCopy', { id: file.id, path })).path);
      return true;
    } catch (err) {
      setError(toApiError(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={`${t('attachments.saveCopy')} ${file.fileName}`}
      onCancel={() => !busy && onClose()}
      onDismissed={onClose}
    >
      <div className="modal__form">
        <PathForm
          label={t('attachments.savePath')}
          hint={t('attachments.savePathHint')}
          submitLabel={t('attachments.save')}
          busy={busy}
          purpose="create"
          fileName={file.fileName}
          onSubmit={save}
          autoFocus
        />
        {error && <Alert tone="error">{attachmentError(t, error)}</Alert>}
        {saved && <Alert tone="success">{t('attachments.savedTo', { path: saved })}</Alert>}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
