import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, AttachmentOwner } from '../../../../shared/schemas/attachments';
import { call, toApiError, type ApiError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { Alert } from '../../components/Alert';
import { formatBytes } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { attachmentError } from './attachmentError';
import { PreviewDialog, SaveCopyDialog } from './FileDialogs';
import { PathForm } from './PathForm';
import { useStamp } from './useStamp';
import './attachments.css';

type Notice = { tone: 'success'; text: string } | { tone: 'error'; error: ApiError };

/** Evidence files of one record: list, add from a path, preview images, save a copy, delete. */
export function Attachments({ owner, title }: { owner: AttachmentOwner; title?: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { kind, id } = owner;
  // Keyed on the owner's parts: callers may pass a new object on every render.
  const load = useCallback(() => call('attachments.list', { owner: { kind, id } }), [kind, id]);
  const files = useResource(load);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  const [saving, setSaving] = useState<Attachment | null>(null);
  const when = useStamp();

  const work = async (job: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ tone: 'success', text: await job() });
      files.reload();
      return true;
    } catch (err) {
      setNotice({ tone: 'error', error: toApiError(err) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = (path: string) =>
    work(async () =>
      t('attachments.added', { name: (await call('attachments.add', { owner, path })).fileName }),
    );

  const remove = (file: Attachment) => {
    if (!window.confirm(t('attachments.confirmRemove', { name: file.fileName }))) return;
    void work(async () => {
      await call('attachments.delete', { id: file.id });
      return t('attachments.removed', { name: file.fileName });
    });
  };

  const heading = title ?? t('attachments.title');
  return (
    <section
      className="attachments"
      aria-label={heading}
      data-testid={`attachments-${owner.kind}-${owner.id}`}
    >
      <h3 className="attachments__title">{heading}</h3>
      {files.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {files.status === 'error' && (
        <Alert tone="error" title={t('attachments.loadFailed')}>
          <p>{attachmentError(t, files.error)}</p>
        </Alert>
      )}
      {files.status === 'ready' &&
        (files.data.length === 0 ? (
          <p className="muted attachments__empty">{t('attachments.empty')}</p>
        ) : (
          <ul className="attachments__list" aria-label={t('attachments.listLabel')}>
            {files.data.map((file) => (
              <li key={file.id} className="attachments__item">
                <span className="attachments__file">
                  <span className="attachments__name" title={file.fileName}>
                    {file.fileName}
                  </span>
                  <span className="muted attachments__meta">
                    {formatBytes(language, file.size)} · {when(file.createdAt)} · {file.actor}
                  </span>
                </span>
                <span className="attachments__buttons">
                  {file.previewable && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setPreviewing(file)}
                    >
                      {t('attachments.preview')}
                    </button>
                  )}
                  <button type="button" className="button button--small" onClick={() => setSaving(file)}>
                    {t('attachments.saveCopy')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => remove(file)}
                    aria-label={`${t('attachments.remove')} ${file.fileName}`}
                  >
                    {t('attachments.remove')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        ))}
      <PathForm
        label={t('attachments.path')}
        hint={t('attachments.pathHint')}
        submitLabel={busy ? t('attachments.adding') : t('attachments.add')}
        busy={busy}
        purpose="open"
        onSubmit={add}
      />
      {notice?.tone === 'success' && (
        <Alert tone="success" onDismiss={() => setNotice(null)}>
          <p>{notice.text}</p>
        </Alert>
      )}
      {notice?.tone === 'error' && (
        <Alert tone="error" title={t('attachments.failed')} onDismiss={() => setNotice(null)}>
          <p>{attachmentError(t, notice.error)}</p>
        </Alert>
      )}
      {previewing && <PreviewDialog file={previewing} onClose={() => setPreviewing(null)} />}
      {saving && <SaveCopyDialog file={saving} onClose={() => setSaving(null)} />}
    </section>
  );
}
