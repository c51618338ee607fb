import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../shared/domain/kpi-period';
import { KPI_CATALOG, KPI_SOURCES, kpiMeasuredIn, type KpiId } from '../../../../shared/domain/kpi-catalog';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { kpiDrillHref } from '../../../../shared/domain/kpi-drill';
import { KpiTile } from './KpiTile';
import { TargetDialog } from './TargetDialog';

/**
 * Every KPI of the period and scope as a tile, grouped by source (tickets, then audits, training and SERVQUAL); a
 * tile's target button opens the target dialog for the scope. A KPI whose records cannot be attributed to the scope
 * says so instead of showing an empty value.
 */
export function KpiTiles({
  period,
  scope,
  scopeLabel,
}: {
  period: Period;
  scope: KpiScope;
  scopeLabel: string;
}) {
  const { t } = useTranslation();
  const load = useCallback(() => call('kpi.compute', { period: period.text, scope }), [period.text, scope]);
  const report = useResource(load);
  const [editing, setEditing] = useState<KpiId | null>(null);
  const edited = report.status === 'ready' ? report.data.kpis.find((k) => k.id === editing) : undefined;
  return (
    <section
      className="card"
      aria-labelledby="kpi-tiles-title"
      aria-busy={report.status === 'loading' || report.reloading}
    >
      <h2 id="kpi-tiles-title" className="card__title">
        {t('kpi.dashboard.tilesTitle')}
      </h2>
      {report.status === 'ready' && (
        <p className="card__hint">
          {t('kpi.dashboard.tilesHint', {
            period: report.data.period.text,
            scope: scopeLabel,
            previous: report.data.previous.text,
          })}
        </p>
      )}
      {report.status === 'error' && <ErrorAlert title={t('kpi.dashboard.loadFailed')} error={report.error} />}
      {report.status === 'loading' && (
        <div
          className="kpi-tiles kpi-tiles--loading skeleton"
          role="status"
          aria-label={t('common.loading')}
        />
      )}
      {report.status === 'ready' &&
        KPI_SOURCES.map((source) => {
          const kpis = report.data.kpis.filter((k) => KPI_CATALOG[k.id].source === source);
          if (kpis.length === 0) return null;
          const tiles = (
            <div
              className="kpi-tiles"
              data-testid={source === 'tickets' ? 'kpi-tiles' : `kpi-tiles-${source}`}
            >
              {kpis.map((kpi) => (
                <KpiTile
                  key={kpi.id}
                  kpi={kpi}
                  measured={kpiMeasuredIn(kpi.id, scope.dim)}
                  href={kpiDrillHref(kpi.id, period, scope)}
                  onEditTarget={() => setEditing(kpi.id)}
                />
              ))}
            </div>
          );
          if (source === 'tickets') return <div key={source}>{tiles}</div>;
          return (
            <div key={source} className="kpi-group">
              <h3 className="kpi-group__title">{t(`kpi.dashboard.groups.${source}`)}</h3>
              {tiles}
            </div>
          );
        })}
      {edited && (
        <TargetDialog
          kpi={edited}
          scope={scope}
          scopeLabel={scopeLabel}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            report.reload();
          }}
        />
      )}
    </section>
  );
}
