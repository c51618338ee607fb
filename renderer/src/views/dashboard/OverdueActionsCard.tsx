import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';

const loadOverdue = () => call('actions.list', { overdue: true });
/** The card names the most overdue few; the rest are one click away in the filtered list. */
const SHOWN = 5;
const OVERDUE_LIST = '#/actions/overdue';

/** Corrective and improvement actions past their due day, most overdue first, linked to the filtered list. */
export function OverdueActionsCard() {
  const { t } = useTranslation();
  const overdue = useResource(loadOverdue);
  const rows = overdue.status === 'ready' ? overdue.data : [];
  return (
    <section className="card overdue-card" aria-labelledby="overdue-title" data-testid="overdue-actions">
      <div className="overdue-card__head">
        <h2 id="overdue-title" className="card__title">
          {t('improvement.overdue.title')}
        </h2>
        {rows.length > 0 && (
          <a className="badge badge--danger" href={OVERDUE_LIST} data-testid="overdue-count">
            {t('improvement.overdue.count', { count: rows.length })}
          </a>
        )}
      </div>
      {overdue.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {overdue.status === 'error' && (
        <ErrorAlert title={t('improvement.common.loadFailed')} error={overdue.error} />
      )}
      {overdue.status === 'ready' && rows.length === 0 && (
        <p className="muted">{t('improvement.overdue.none')}</p>
      )}
      {rows.length > 0 && (
        <>
          <ol className="overdue-card__list">
            {rows.slice(0, SHOWN).map((a) => (
              <li key={a.id} className="overdue-card__item">
                <a href={OVERDUE_LIST} className="overdue-card__title" title={a.title}>
                  {a.title}
                </a>
                <span className="muted">{a.ownerName ?? t('improvement.overdue.noOwner')}</span>
                <span className="numeric muted">{a.dueOn}</span>
                <span className="overdue-card__days">
                  {t('improvement.overdue.days', { count: a.overdueDays })}
                </span>
              </li>
            ))}
          </ol>
          <p className="overdue-card__more">
            <a href={OVERDUE_LIST}>{t('improvement.overdue.showAll')}</a>
            {rows.length > SHOWN && (
              <span className="muted">
                {' '}
                · {t('improvement.overdue.more', { count: rows.length - SHOWN })}
              </span>
            )}
          </p>
        </>
      )}
    </section>
  );
}
