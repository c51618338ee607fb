import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, BackupList } from '../../../../../shared/schemas/backup';
import { call, toApiError, type ApiError } from '../../../api/client';
import type { Resource } from '../../../api/useResource';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { formatBytes, formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { RestoreDialog } from './RestoreDialog';
import { setRestoreNotice, useRestoreNotice } from './restoreNotice';

type Notice = { tone: 'success'; lines: string[] } | { tone: 'error'; title: string; error: ApiError };

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** "Back up now", the list of backups with a restore action on each, and restore from any other file. */
export function BackupsCard({
  backups,
  onChanged,
}: {
  backups: Resource<BackupList>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | 'file' | null>(null);
  const restoredLines = useRestoreNotice();
  const seconds = (s: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(s);

  const backUpNow = async () => {
    setBusy(true);
    setNotice(null);
    setRestoreNotice(null);
    try {
      const made = await call('backup.create', {});
      setNotice({
        tone: 'success',
        lines: [
          t('backup.made', {
            name: made.backup.name,
            size: formatBytes(language, made.backup.sizeBytes),
            seconds: seconds(made.seconds),
          }),
        ],
      });
      onChanged();
    } catch (err) {
      setNotice({ tone: 'error', title: t('backup.failed'), error: toApiError(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="backups-title" data-testid="backups">
      <h2 id="backups-title" className="card__title">
        {t('backup.title')}
      </h2>
      <p className="card__hint">{t('backup.hint')}</p>
      {backups.status === 'ready' && backups.data.autoBackupError && (
        <Alert tone="error">
          <p>{t('backup.autoFailed', { message: backups.data.autoBackupError })}</p>
        </Alert>
      )}
      {restoredLines && (
        <Alert tone="success" onDismiss={() => setRestoreNotice(null)}>
          {restoredLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      )}
      {notice?.tone === 'success' && (
        <Alert tone="success" onDismiss={() => setNotice(null)}>
          {notice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      )}
      {notice?.tone === 'error' && (
        <ErrorAlert title={notice.title} error={notice.error} onDismiss={() => setNotice(null)} />
      )}
      <div className="button-row backups__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void backUpNow()}
        >
          {busy ? t('backup.nowRunning') : t('backup.now')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setRestoring('file')}>
          {t('backup.restoreFile')}
        </button>
      </div>
      <h3 className="backups__subtitle">{t('backup.listTitle')}</h3>
      {backups.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {backups.status === 'error' && <ErrorAlert title={t('backup.loadFailed')} error={backups.error} />}
      {backups.status === 'ready' && (
        <>
          <p className="backups__dir">{t('backup.dir', { dir: backups.data.dir })}</p>
          {backups.data.backups.length === 0 ? (
            <p className="muted">{t('backup.empty')}</p>
          ) : (
            <div className="edit-table-wrap">
              <table className="edit-table backups__table" data-testid="backup-table">
                <thead>
                  <tr>
                    <th scope="col">{t('backup.columns.at')}</th>
                    <th scope="col">{t('backup.columns.reason')}</th>
                    <th scope="col" className="numeric">
                      {t('backup.columns.size')}
                    </th>
                    <th scope="col" className="edit-table__actions">
                      <span className="sr-only">{t('backup.columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {backups.data.backups.map((b) => (
                    <tr key={b.path}>
                      <td title={b.name}>
                        <time dateTime={new Date(b.at).toISOString()}>{formatDateTime(language, b.at)}</time>
                      </td>
                      <td>{t(`backup.reasons.${b.reason}`)}</td>
                      <td className="numeric">{formatBytes(language, b.sizeBytes)}</td>
                      <td className="edit-table__actions">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={busy}
                          aria-label={t('backup.restoreNamed', { when: formatDateTime(language, b.at) })}
                          onClick={() => setRestoring(b)}
                        >
                          {t('backup.restore')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {restoring && (
        <RestoreDialog
          backup={restoring === 'file' ? null : restoring}
          onClose={() => setRestoring(null)}
          onRestored={(r) => {
            setRestoring(null);
            setRestoreNotice([
              t('backup.restored', { name: baseName(r.restoredFrom), seconds: seconds(r.seconds) }),
              ...(r.safetyBackup ? [t('backup.restoredSafety', { name: baseName(r.safetyBackup) })] : []),
            ]);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
