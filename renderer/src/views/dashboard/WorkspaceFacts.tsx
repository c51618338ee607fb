import { useTranslation } from 'react-i18next';
import { useWorkspaceInfo } from '../../api/workspaceInfo';
import { ErrorAlert } from '../../components/Alert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The record kinds worth a count, in the order a quality manager thinks of them. */
const TABLES = ['tickets', 'customers', 'outlets', 'staff', 'teams', 'products'] as const;

/** How many records the workspace file holds: what is true even before there is anything to measure. */
export function WorkspaceFacts() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const info = useWorkspaceInfo();
  const counts = new Map(info.status === 'ready' ? info.data.tables.map((row) => [row.table, row.rows]) : []);
  return (
    <section className="card card--quiet" aria-labelledby="facts-title">
      <h2 id="facts-title" className="card__title">
        {t('dashboard.factsTitle')}
      </h2>
      <p className="card__hint">{t('dashboard.factsHint')}</p>
      {info.status === 'error' && <ErrorAlert title={t('dashboard.loadFailed')} error={info.error} />}
      {info.status !== 'error' && (
        <dl className="tiles" aria-busy={info.status === 'loading'} data-testid="workspace-counts">
          {TABLES.map((table) => {
            const rows = counts.get(table);
            // A table this file does not have (an older schema) shows no count rather than a zero.
            const value =
              info.status === 'loading' ? (
                <span className="skeleton" />
              ) : rows === undefined ? (
                '—'
              ) : (
                formatNumber(language, rows)
              );
            return (
              <div key={table} className="tile">
                <dt className="tile__label">{t(`tables.${table}`)}</dt>
                <dd className="tile__value numeric">{value}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
