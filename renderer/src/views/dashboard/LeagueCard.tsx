import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgGridReact } from 'ag-grid-react';
import type { ColDef } from 'ag-grid-community';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { leagueOption, leagueRows, type LeagueDisplayRow } from '../../../../shared/charts/kpi-league';
import { KPI_CATALOG, type KpiId } from '../../../../shared/domain/kpi-catalog';
import type { Period } from '../../../../shared/domain/kpi-period';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { gridTheme } from '../../components/gridTheme';
import { useLanguage } from '../../i18n/useLanguage';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { LeagueWeightsForm } from './LeagueWeightsForm';

/** Long KPI names wrap in the header instead of being cut. */
const DEFAULT_COLUMN: ColDef<LeagueDisplayRow> = { wrapHeaderText: true, autoHeaderHeight: true };

const points = (v: number, language: string) =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

/**
 * Outlets ranked by one weighted score of several KPIs: stacked bars of each component's contribution and a grid
 * with rank, score, rank change and every component. A click on an outlet scopes the dashboard to it; the weights
 * are edited in place and saved in the workspace.
 */
export function LeagueCard({
  period,
  onPickOutlet,
}: {
  period: Period;
  onPickOutlet: (outletId: number) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const load = useCallback(() => call('kpi.league', { period: period.text }), [period.text]);
  const league = useResource(load);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const kpiName = useCallback((id: KpiId) => t(`kpi.defs.${id}.name`), [t]);
  const value = useCallback(
    (id: KpiId, v: number) => formatKpiValue(id, v, language, t(`kpi.units.${KPI_CATALOG[id].unit}`)),
    [language, t],
  );
  const ready = league.status === 'ready' ? league.data : null;
  const option = useMemo(
    () => (ready ? leagueOption(ready, { kpiName, format: (v) => points(v, language) }) : null),
    [ready, kpiName, language],
  );
  const rows = useMemo(() => (ready ? leagueRows(ready) : []), [ready]);
  const columns = useMemo<ColDef<LeagueDisplayRow>[]>(() => {
    const components = (ready?.weights.weights ?? []).map((w): ColDef<LeagueDisplayRow> => ({
      colId: w.kpi,
      headerName: `${kpiName(w.kpi)} (${w.weight})`,
      headerTooltip: t(`kpi.defs.${w.kpi}.definition`),
      minWidth: 150,
      flex: 1,
      valueGetter: ({ data }) => data?.values[w.kpi]?.points ?? null,
      valueFormatter: ({ data }) => {
        const c = data?.values[w.kpi];
        if (!c || c.value === null || c.points === null) return t('kpi.league.missing');
        return t('kpi.league.cell', { value: value(w.kpi, c.value), points: points(c.points, language) });
      },
    }));
    return [
      {
        field: 'rank',
        headerName: t('kpi.league.rank'),
        width: 80,
        valueFormatter: ({ value: r }) => (r === null ? '—' : String(r)),
      },
      {
        field: 'outlet',
        headerName: t('kpi.league.outlet'),
        minWidth: 150,
        flex: 1,
        cellRenderer: ({ data }: { data?: LeagueDisplayRow }) =>
          data ? (
            <button
              type="button"
              className="link-button"
              title={t('kpi.league.openOutlet', { name: data.outlet })}
              data-testid={`league-outlet-${data.outletId}`}
              onClick={() => onPickOutlet(data.outletId)}
            >
              {data.outlet}
            </button>
          ) : null,
      },
      {
        field: 'score',
        headerName: t('kpi.league.score'),
        width: 100,
        valueFormatter: ({ data }) =>
          !data || data.score === null
            ? '—'
            : `${points(data.score, language)}${data.redistributed ? ' *' : ''}`,
      },
      {
        field: 'rankChange',
        headerName: t('kpi.league.change'),
        width: 120,
        valueFormatter: ({ value: c }) =>
          c === null || c === undefined
            ? '—'
            : c > 0
              ? t('kpi.league.up', { n: c })
              : c < 0
                ? t('kpi.league.down', { n: -c })
                : t('kpi.league.same'),
      },
      ...components,
    ];
  }, [ready, kpiName, value, language, t, onPickOutlet]);
  const height = ready ? Math.max(160, ready.rows.filter((r) => r.score !== null).length * 28 + 60) : 240;
  return (
    <ChartCard
      title={t('kpi.league.title')}
      hint={t('kpi.league.hint')}
      testId="chart-league"
      resource={league}
      isEmpty={(d) => d.rows.every((r) => r.score === null)}
      empty={t('kpi.league.empty')}
      controls={
        <button
          type="button"
          className="button"
          aria-expanded={editing}
          data-testid="league-edit-weights"
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('kpi.league.weights.hide') : t('kpi.league.weights.edit')}
        </button>
      }
    >
      {(data) => (
        <>
          {editing && (
            <LeagueWeightsForm
              key={JSON.stringify(data.weights)}
              current={data.weights}
              onSaved={(text) => {
                setNote(text);
                league.reload();
              }}
            />
          )}
          {note && (
            <p className="league__note" role="status">
              {note}
            </p>
          )}
          {option && (
            <EChart
              option={option}
              label={t('kpi.league.chartLabel')}
              height={height}
              onClick={({ dataIndex }) => {
                const ranked = data.rows.filter((r) => r.score !== null).reverse();
                const row = ranked[dataIndex];
                if (row) onPickOutlet(row.outletId);
              }}
            />
          )}
          <div className="league__grid" data-testid="league-grid">
            <AgGridReact<LeagueDisplayRow>
              theme={gridTheme}
              rowData={rows}
              columnDefs={columns}
              defaultColDef={DEFAULT_COLUMN}
              domLayout="autoHeight"
              getRowId={({ data: r }) => String(r.outletId)}
            />
          </div>
          <p className="card__hint">
            {t('kpi.league.changeHint', { previous: data.previous.text })}{' '}
            {data.rows.some((r) => r.redistributed) ? t('kpi.league.redistributed') : ''}
          </p>
        </>
      )}
    </ChartCard>
  );
}
