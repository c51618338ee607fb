import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/schemas/workspace';
import type { Resource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { formatSettingValue, isNamedSettingKey } from './formatSettingValue';

/** Recent changes to the settings from the workspace's audit log: who, when, which setting, before → after. */
export function SettingsHistory({ history }: { history: Resource<AuditEntry[]> }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section className="card" aria-labelledby="settings-history-title">
      <h2 id="settings-history-title" className="card__title">
        {t('settings.historyTitle')}
      </h2>
      {history.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {history.status === 'error' && <ErrorAlert error={history.error} />}
      {history.status === 'ready' && history.data.length === 0 && (
        <p className="muted">{t('settings.historyEmpty')}</p>
      )}
      {history.status === 'ready' && history.data.length > 0 && (
        <ol className="history" data-testid="settings-history">
          {history.data.map((entry) => (
            <li key={entry.id} className="history__item">
              <div className="history__head">
                <span className="history__key">
                  {isNamedSettingKey(entry.entityId) ? t(`settings.keys.${entry.entityId}`) : entry.entityId}
                </span>
                <span className="history__meta">
                  {entry.actor} ·{' '}
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {formatDateTime(language, entry.at)}
                  </time>
                </span>
              </div>
              <p className="history__change">
                <span className="history__before">{formatSettingValue(t, entry.entityId, entry.before)}</span>
                <span className="history__arrow" aria-hidden="true">
                  →
                </span>
                <span className="sr-only">{t('settings.historyArrow')}</span>
                <span className="history__after">{formatSettingValue(t, entry.entityId, entry.after)}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
