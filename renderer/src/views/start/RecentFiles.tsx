import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../../shared/schemas/workspace';
import { Icon } from '../../components/Icon';
import { formatDateTime, formatRelative } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** Recently opened workspaces, newest first; a file that has gone is shown as such and can be removed. */
export function RecentFiles({
  recent,
  disabled,
  onOpen,
  onForget,
}: {
  recent: readonly RecentFile[];
  disabled: boolean;
  onOpen: (file: RecentFile) => void;
  onForget: (file: RecentFile) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const idPrefix = useId();
  return (
    <section className="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="card__title">
        {t('start.recent.title')}
      </h2>
      {recent.length === 0 ? (
        <p className="muted">{t('start.recent.empty')}</p>
      ) : (
        <ul className="recent__list">
          {recent.map((file, index) => {
            const pathId = `${idPrefix}-path-${index}`;
            const nameId = `${idPrefix}-name-${index}`;
            const body = (
              <>
                <Icon name={file.exists ? 'file' : 'fileMissing'} className="recent__icon" />
                <span className="recent__text">
                  <span id={nameId} className="recent__name">
                    {file.name}
                    {!file.exists && (
                      <span className="badge badge--warning">{t('start.recent.missing')}</span>
                    )}
                  </span>
                  <span id={pathId} className="recent__path" title={file.path}>
                    {file.path}
                  </span>
                </span>
              </>
            );
            return (
              <li
                key={file.path}
                className={file.exists ? 'recent__item' : 'recent__item recent__item--missing'}
              >
                {file.exists ? (
                  <button
                    type="button"
                    className="recent__open"
                    aria-label={t('start.recent.openNamed', { name: file.name })}
                    aria-describedby={pathId}
                    disabled={disabled}
                    onClick={() => onOpen(file)}
                  >
                    {body}
                  </button>
                ) : (
                  <div className="recent__open">{body}</div>
                )}
                <time
                  className="recent__when"
                  dateTime={new Date(file.openedAt).toISOString()}
                  title={formatDateTime(language, file.openedAt)}
                >
                  {t('start.recent.lastOpened', { when: formatRelative(language, file.openedAt) })}
                </time>
                {file.exists ? (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('start.recent.removeNamed', { name: file.name })}
                    title={t('start.recent.remove')}
                    disabled={disabled}
                    onClick={() => onForget(file)}
                  >
                    <Icon name="x" size={16} />
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-describedby={nameId}
                    disabled={disabled}
                    onClick={() => onForget(file)}
                  >
                    {t('start.recent.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
