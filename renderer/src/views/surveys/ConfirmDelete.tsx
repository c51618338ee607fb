import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/client';
import { Modal } from '../../components/Modal';
import { SurveyError } from './SurveyError';

/** Ask before deleting a record; the delete runs here so a refusal is shown in the same dialog. */
export function ConfirmDelete({ title, question, onDelete, onClose }: { title: string; question: string; onDelete: () => Promise<unknown>; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const confirm = async () => {
    setBusy(true);
    try {
      await onDelete();
      onClose(true);
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };
  return (
    <Modal title={title} onCancel={() => !busy && onClose(false)} onDismissed={() => onClose(false)}>
      <div className="modal__form">
        {failure && <SurveyError title={t('surveys.deleteFailed')} error={failure} />}
        <p>{question}</p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={() => onClose(false)} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button survey-danger" onClick={() => void confirm()} disabled={busy}>
            {title}
          </button>
        </div>
      </div>
    </Modal>
  );
}
