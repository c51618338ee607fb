import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/schemas/workspace';
import type { Resource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { formatBytes, formatExactBytes } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** Facts about the open file, read from the file itself (workspace.info). */
export function WorkspaceFileCard({ info }: { info: Resource<WorkspaceInfo> }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section className="card" aria-labelledby="workspace-file-title">
      <h2 id="workspace-file-title" className="card__title">
        {t('settings.fileTitle')}
      </h2>
      {info.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {info.status === 'error' && <ErrorAlert error={info.error} />}
      {info.status === 'ready' && (
        <dl className="facts" data-testid="workspace-file">
          <dt>{t('settings.file.path')}</dt>
          <dd className="facts__path">{info.data.path}</dd>
          <dt>{t('settings.file.schemaVersion')}</dt>
          <dd className="numeric">{info.data.schemaVersion}</dd>
          <dt>{t('settings.file.size')}</dt>
          <dd className="numeric" title={formatExactBytes(language, info.data.sizeBytes)}>
            {formatBytes(language, info.data.sizeBytes)}
          </dd>
          <dt>{t('settings.file.integrity')}</dt>
          <dd>
            {info.data.integrity === 'ok' ? (
              <span className="badge badge--success">{t('settings.file.integrityOk')}</span>
            ) : (
              <span className="badge badge--danger">
                {t('settings.file.integrityProblem', { detail: info.data.integrity })}
              </span>
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
