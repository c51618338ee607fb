import { useTranslation } from 'react-i18next';
import { useWorkspaceInfo } from '../../api/workspaceInfo';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The record kinds worth a tile today, in the order a quality manager thinks of them. */
const TILES = ['tickets', 'customers', 'outlets', 'staff', 'teams', 'products'] as const;

/**
 * Until the KPI module exists, the dashboard shows only what is true now: how many records the file holds.
 * No sample KPIs, no placeholder charts.
 */
export function DashboardView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const info = useWorkspaceInfo();
  const counts = new Map(info.status === 'ready' ? info.data.tables.map((row) => [row.table, row.rows]) : []);
  return (
    <>
      <PageHeader title={t('areas.dashboard.title')} />
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title" className="card__title">
          {t('dashboard.factsTitle')}
        </h2>
        <p className="card__hint">{t('dashboard.factsHint')}</p>
        {info.status === 'error' && <ErrorAlert title={t('dashboard.loadFailed')} error={info.error} />}
        {info.status === 'loading' && (
          <p className="sr-only" role="status">
            {t('common.loading')}
          </p>
        )}
        {info.status !== 'error' && (
          <dl className="tiles" aria-busy={info.status === 'loading'} data-testid="workspace-counts">
            {TILES.map((table) => {
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
      <section className="card card--quiet" aria-labelledby="kpi-title">
        <div className="card__heading-row">
          <h2 id="kpi-title" className="card__title">
            <Icon name="dashboard" size={18} />
            {t('dashboard.kpiTitle')}
          </h2>
          <span className="badge badge--muted">{t('notAvailable.badge')}</span>
        </div>
        <p>{t('areas.dashboard.summary')}</p>
        <p className="muted">{t('dashboard.kpiNote')}</p>
      </section>
    </>
  );
}
