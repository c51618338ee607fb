import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../../../../shared/schemas/workspace';
import { call, toApiError, type ApiError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * A workspace that failed its integrity check at opening: say so, show its newest backup and offer to restore from
 * the newest good one (the host skips damaged copies and keeps the damaged file beside the original).
 */
export function DamagedWorkspace({
  path,
  onOpened,
  onDismiss,
}: {
  path: string;
  onOpened: (workspace: WorkspaceSummary) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const load = useCallback(() => call('backup.list', { path }), [path]);
  const backups = useResource(load);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const newest = backups.status === 'ready' ? backups.data.backups[0] : undefined;

  const restore = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onOpened((await call('backup.restore', { workspacePath: path })).workspace);
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <section
      className="card damaged"
      role="alert"
      aria-labelledby="damaged-title"
      data-testid="damaged-workspace"
    >
      <h2 id="damaged-title" className="card__title">
        {t('backup.damaged.title')}
      </h2>
      <p>{t('backup.damaged.body', { path })}</p>
      {backups.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {backups.status === 'error' && <ErrorAlert error={backups.error} />}
      {backups.status === 'ready' && !newest && (
        <p>{t('backup.damaged.noBackups', { dir: backups.data.dir })}</p>
      )}
      {newest && (
        <>
          <p className="damaged__newest">
            {t('backup.damaged.newest', {
              when: formatDateTime(language, newest.at),
              reason: t(`backup.reasons.${newest.reason}`),
              size: formatBytes(language, newest.sizeBytes),
            })}
          </p>
          <p className="muted">{t('backup.damaged.keep')}</p>
        </>
      )}
      {failure && <ErrorAlert title={t('backup.damaged.failed')} error={failure} />}
      <div className="button-row">
        {newest && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void restore()}
          >
            {busy ? t('backup.damaged.restoring') : t('backup.damaged.restore')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onDismiss}>
          {t('backup.damaged.dismiss')}
        </button>
      </div>
    </section>
  );
}
