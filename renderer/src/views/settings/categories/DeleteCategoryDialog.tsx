import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Modal } from '../../../components/Modal';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { deleteRefusal, type CategoryNode } from './categoryDraft';

/**
 * Confirm, then delete. The host refuses while tickets or sub-categories use the category; the refusal is shown
 * here with its count and what to do instead, and the dialog stays until the user closes it.
 */
export function DeleteCategoryDialog({
  node,
  name,
  onDeleted,
  onClose,
}: {
  node: CategoryNode;
  name: string;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const refusal = failure ? deleteRefusal(failure) : null;

  const confirm = async () => {
    setBusy(true);
    try {
      await call('categories.delete', { id: node.id });
      onDeleted();
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('settings.categories.confirmTitle')}
      onCancel={() => {
        if (!busy) onClose();
      }}
      onDismissed={onClose}
    >
      <div className="modal__form">
        {!failure && <p>{t('settings.categories.confirm', { name, code: node.code })}</p>}
        {refusal && (
          <div data-testid="category-delete-refused">
            <Alert tone="error" title={t('settings.categories.deleteFailed', { name })}>
              <p>
                {t(`settings.categories.${refusal.reason}`, {
                  count: refusal.count,
                  tickets: formatNumber(language, refusal.count),
                })}
              </p>
            </Alert>
          </div>
        )}
        {failure && !refusal && (
          <ErrorAlert title={t('settings.categories.deleteFailed', { name })} error={failure} />
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy} autoFocus>
            {failure ? t('common.close') : t('common.cancel')}
          </button>
          {!failure && (
            <button
              type="button"
              className="button button--danger"
              onClick={() => void confirm()}
              disabled={busy}
            >
              {busy ? t('common.pleaseWait') : t('settings.categories.remove')}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
