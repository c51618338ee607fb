import { useMemo } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/schemas/improvement';
import { gridTheme } from '../../components/gridTheme';

/** Where a click on an action's source goes: the cycle or worksheet it came from. */
const sourceHref = (a: Action): string | null => {
  if (a.source.id === null) return null;
  if (a.source.kind === 'pdca') return `#/pdca/${a.source.id}`;
  if (a.source.kind === 'fishbone' || a.source.kind === 'five_why') return `#/rca/${a.source.id}`;
  return null;
};

/** The shared actions list in AG Grid; overdue rows are marked, Enter or a double-click edits a row. */
export function ActionsGrid({
  actions,
  onEdit,
  showCycle = true,
  height,
}: {
  actions: Action[];
  onEdit: (action: Action) => void;
  showCycle?: boolean;
  /** Fixed height; without it the grid grows with its rows (short lists inside a page). */
  height?: number;
}) {
  const { t } = useTranslation();
  const columns = useMemo<ColDef<Action>[]>(
    () => [
      { field: 'id', headerName: '#', width: 60 },
      {
        field: 'title',
        headerName: t('improvement.actions.columns.title'),
        flex: 2,
        minWidth: 170,
        tooltipField: 'title',
      },
      {
        field: 'status',
        headerName: t('improvement.actions.columns.status'),
        width: 100,
        cellRenderer: (p: ICellRendererParams<Action>) =>
          p.data ? (
            <span className={`status-pill status-pill--${p.data.status}`}>
              {t(`improvement.actions.statuses.${p.data.status}`)}
            </span>
          ) : null,
      },
      {
        colId: 'check',
        headerName: t('improvement.checks.title'),
        width: 140,
        valueGetter: (p) => (p.data?.check ? t(`improvement.checks.verdicts.${p.data.check.verdict}`) : ''),
      },
      {
        field: 'dueOn',
        headerName: t('improvement.actions.columns.dueOn'),
        width: 180,
        cellRenderer: (p: ICellRendererParams<Action>) =>
          p.data?.dueOn ? (
            <span>
              {p.data.dueOn}
              {p.data.overdue && (
                <span className="badge badge--danger overdue-badge">{t('improvement.actions.overdue')}</span>
              )}
            </span>
          ) : (
            t('improvement.common.none')
          ),
      },
      {
        field: 'ownerName',
        headerName: t('improvement.actions.columns.owner'),
        width: 100,
        valueFormatter: (p) => p.value ?? t('improvement.common.none'),
      },
      {
        field: 'kind',
        headerName: t('improvement.actions.columns.kind'),
        width: 90,
        valueFormatter: (p) => (p.value ? t(`improvement.actions.kinds.${p.value as Action['kind']}`) : ''),
      },
      {
        colId: 'source',
        headerName: t('improvement.actions.columns.source'),
        flex: 1,
        minWidth: 140,
        valueGetter: (p) =>
          p.data
            ? `${t(`improvement.actions.sources.${p.data.source.kind}`)} ${p.data.sourceTitle ?? ''}`
            : '',
        cellRenderer: (p: ICellRendererParams<Action>) => {
          if (!p.data) return null;
          const href = sourceHref(p.data);
          const label = t(`improvement.actions.sources.${p.data.source.kind}`);
          return (
            <span>
              <span className="muted">{label}</span>
              {p.data.sourceTitle && href ? (
                <>
                  {' · '}
                  <a href={href}>{p.data.sourceTitle}</a>
                </>
              ) : null}
            </span>
          );
        },
      },
      ...(showCycle
        ? [
            {
              field: 'cycleTitle',
              headerName: t('improvement.actions.columns.cycle'),
              flex: 1,
              minWidth: 140,
              cellRenderer: (p: ICellRendererParams<Action>) =>
                p.data?.cycleId ? (
                  <a href={`#/pdca/${p.data.cycleId}`}>{p.data.cycleTitle}</a>
                ) : (
                  t('improvement.common.none')
                ),
            } satisfies ColDef<Action>,
          ]
        : []),
    ],
    [t, showCycle],
  );

  return (
    <div
      className="improvement-grid"
      style={height ? { height } : undefined}
      data-testid="actions-grid"
      role="region"
      aria-label={t('improvement.actions.gridLabel')}
    >
      <AgGridReact<Action>
        theme={gridTheme}
        rowData={actions}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        domLayout={height ? 'normal' : 'autoHeight'}
        rowClassRules={{ 'row--overdue': (p) => p.data?.overdue === true }}
        onRowDoubleClicked={(e) => e.data && onEdit(e.data)}
        onCellKeyDown={(e) => {
          const key = (e.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && e.data) onEdit(e.data);
        }}
      />
    </div>
  );
}
