import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { FmeaItem } from '../../../../../shared/schemas/fmea';
import type { riskZh } from '../../../../../shared/i18n/improvement/risk-zh-CN';
import { gridTheme } from '../../../components/gridTheme';

const BAND_BADGE = { high: 'badge--danger', medium: 'badge--warning', low: 'badge--success' } as const;

/** The register, highest RPN first; a double click or Enter on a row opens it. */
export function FmeaGrid({ rows, onOpen }: { rows: FmeaItem[]; onOpen: (item: FmeaItem) => void }) {
  const { t } = useTranslation();
  // Memoised by the React compiler, which keeps the grid from rebuilding its columns on every render.
  const columns = ((): ColDef<FmeaItem>[] => {
    const head = (key: keyof typeof riskZh.fmea.columns) => t(`improvement.risk.fmea.columns.${key}`);
    const score = (key: 'severity' | 'occurrence' | 'detection'): ColDef<FmeaItem> => ({
      colId: key,
      headerName: head(key),
      headerTooltip: t(`improvement.risk.fmea.fields.${key}`),
      valueGetter: (p) => p.data?.scores[key],
      width: 64,
      type: 'numericColumn',
    });
    return [
      { field: 'processStep', headerName: head('processStep'), width: 130 },
      {
        field: 'failureMode',
        headerName: head('failureMode'),
        flex: 2,
        minWidth: 220,
        tooltipField: 'failureMode',
        cellRenderer: (p: ICellRendererParams<FmeaItem>) =>
          p.data ? (
            <button type="button" className="link-button" onClick={() => onOpen(p.data!)}>
              {p.data.failureMode}
            </button>
          ) : null,
      },
      { field: 'effect', headerName: head('effect'), flex: 1, minWidth: 160, tooltipField: 'effect' },
      { field: 'cause', headerName: head('cause'), flex: 1, minWidth: 150, tooltipField: 'cause' },
      { field: 'controls', headerName: head('controls'), width: 140, tooltipField: 'controls' },
      score('severity'),
      score('occurrence'),
      score('detection'),
      { field: 'rpn', headerName: head('rpn'), width: 80, type: 'numericColumn', sort: 'desc' },
      {
        field: 'band',
        headerName: head('band'),
        width: 90,
        cellRenderer: (p: ICellRendererParams<FmeaItem>) =>
          p.data ? (
            <span className={`badge ${BAND_BADGE[p.data.band]}`}>
              {t(`improvement.risk.levels.${p.data.band}`)}
            </span>
          ) : null,
      },
      {
        field: 'recommendedAction',
        headerName: head('recommendedAction'),
        flex: 1.5,
        minWidth: 200,
        tooltipField: 'recommendedAction',
      },
      {
        field: 'rescoredRpn',
        headerName: head('rescoredRpn'),
        width: 120,
        type: 'numericColumn',
        valueFormatter: (p) =>
          p.value === null || p.value === undefined ? t('improvement.common.none') : String(p.value),
      },
    ];
  })();

  return (
    <div
      className="improvement-grid"
      style={rows.length > 14 ? { height: 560 } : undefined}
      role="region"
      aria-label={t('improvement.risk.fmea.register')}
    >
      <AgGridReact<FmeaItem>
        theme={gridTheme}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        domLayout={rows.length > 14 ? 'normal' : 'autoHeight'}
        onRowDoubleClicked={(e) => e.data && onOpen(e.data)}
        onCellKeyDown={(e) => {
          if ((e.event as KeyboardEvent | undefined)?.key === 'Enter' && e.data) onOpen(e.data);
        }}
      />
    </div>
  );
}
