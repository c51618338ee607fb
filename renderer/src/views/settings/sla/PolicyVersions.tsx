import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { PolicyVersion } from './versionList';

/** Every version of the SLA policy: number, when and by whom, and its note. */
export function PolicyVersions({
  versions,
  current,
}: {
  versions: readonly PolicyVersion[];
  current: number;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <section className="card" aria-labelledby="sla-versions-title">
      <h2 id="sla-versions-title" className="card__title">
        {t('settings.sla.versionsTitle')}
      </h2>
      <p className="card__hint">{t('settings.sla.versionsHint')}</p>
      <ol className="history" data-testid="sla-versions">
        {versions.map((v) => (
          <li key={v.version} className="history__item">
            <div className="history__head">
              <span className="history__key">
                {t('settings.sla.version', { version: v.version })}
                {v.version === current && (
                  <span className="badge badge--accent version-badge">{t('settings.sla.currentBadge')}</span>
                )}
              </span>
              {v.at !== null && (
                <span className="history__meta">
                  {v.actor && !v.seed ? `${v.actor} · ` : ''}
                  <time dateTime={new Date(v.at).toISOString()}>{formatDateTime(language, v.at)}</time>
                </span>
              )}
            </div>
            <p className="history__change">
              {v.seed
                ? t('settings.sla.seedNote')
                : v.note || <span className="muted">{t('settings.sla.noNote')}</span>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
