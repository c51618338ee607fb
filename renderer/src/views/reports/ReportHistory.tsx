import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRun } from '../../../../shared/schemas/reports';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { gridTheme } from '../../components/gridTheme';

/** Reports generated from this workspace, newest first, with where their files went. */
export function ReportHistory({ runs }: { runs: ReportRun[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const localeText = useMemo(
    () => ({ noRowsToShow: t('reports.screen.historyEmpty'), loadingOoo: t('common.loading') }),
    [t],
  );
  const columns = useMemo<ColDef<ReportRun>[]>(
    () => [
      {
        field: 'createdAt',
        headerName: t('reports.screen.columns.createdAt'),
        width: 150,
        valueFormatter: ({ value }) => formatDateTime(language, value as number),
      },
      {
        field: 'kind',
        headerName: t('reports.screen.columns.kind'),
        flex: 1,
        minWidth: 150,
        valueFormatter: ({ value }) => t(`reports.file.kinds.${value as ReportRun['kind']}`),
      },
      { field: 'period', headerName: t('reports.screen.columns.period'), width: 100 },
      {
        field: 'language',
        headerName: t('reports.screen.columns.language'),
        width: 86,
        valueFormatter: ({ value }) => t(`language.${value as ReportRun['language']}`),
      },
      {
        colId: 'files',
        headerName: t('reports.screen.columns.files'),
        flex: 2,
        minWidth: 220,
        valueGetter: ({ data }) => data?.files.map((f) => f.path).join('\n') ?? '',
        tooltipValueGetter: ({ value }) => value as string,
        valueFormatter: ({ data }) => data?.files.map((f) => f.path.split(/[\\/]/).pop()).join(' · ') ?? '',
      },
      { field: 'actor', headerName: t('reports.screen.columns.actor'), width: 90 },
      {
        field: 'seconds',
        headerName: t('reports.screen.columns.seconds'),
        width: 90,
        type: 'numericColumn',
        valueFormatter: ({ value }) => (value as number).toFixed(1),
      },
    ],
    [t, language],
  );
  return (
    <div className="report-history">
      <AgGridReact<ReportRun>
        theme={gridTheme}
        localeText={localeText}
        rowData={runs}
        columnDefs={columns}
        getRowId={({ data }) => String(data.id)}
      />
    </div>
  );
}
