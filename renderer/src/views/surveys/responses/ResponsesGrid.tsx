import type { ColDef, IDatasource, IGetRowsParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../shared/domain/enums';
import type { SurveySource } from '../../../../../shared/domain/surveys';
import { SURVEY_SORT_COLUMNS, type SurveyFilter, type SurveyResponse, type SurveySortColumn } from '../../../../../shared/schemas/surveys';
import { call } from '../../../api/client';
import { ticketHref } from '../../tickets/ticketsRoute';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../../training/grid';

const BLOCK = 100;
const isSortColumn = (c: string): c is SurveySortColumn => (SURVEY_SORT_COLUMNS as readonly string[]).includes(c);

/** Pages come from core, sorted and filtered in SQL, so a year of callbacks scrolls like a page of them. */
function datasource(filter: SurveyFilter, onTotal: (n: number) => void, onError: (e: unknown) => void): IDatasource {
  return {
    getRows(params: IGetRowsParams<SurveyResponse>) {
      const first = params.sortModel[0];
      const sort = first && isSortColumn(first.colId) ? { column: first.colId, dir: first.sort } : { column: 'respondedOn' as const, dir: 'desc' as const };
      call('surveys.responses.list', { filter, sort, offset: params.startRow, limit: params.endRow - params.startRow }).then(
        (page) => {
          onTotal(page.total);
          params.successCallback(page.rows, page.total);
        },
        (err: unknown) => {
          params.failCallback();
          onError(err);
        },
      );
    },
  };
}

/** The responses of the filter; a click (or Space on a row) selects the one the toolbar's Edit and Delete act on. */
export function ResponsesGrid({
  filter,
  version,
  onSelect,
  onTotal,
  onError,
}: {
  filter: SurveyFilter;
  /** Changes after a write: a new datasource reloads the rows. */
  version: number;
  onSelect: (row: SurveyResponse | null) => void;
  onTotal: (n: number) => void;
  onError: (e: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const key = JSON.stringify(filter);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the filter's content; `version` forces a reload
  const source = useMemo(() => datasource(filter, onTotal, onError), [key, version, onTotal, onError]);
  const columns = useMemo<ColDef<SurveyResponse>[]>(() => {
    const score = (field: 'csat' | 'nps' | 'ces'): ColDef<SurveyResponse> => ({
      field,
      headerName: t(`surveys.responses.${field}`),
      width: 84,
      type: 'numericColumn',
      sortable: true,
      valueFormatter: ({ value }) => (value === null || value === undefined ? '' : String(value)),
    });
    return [
      { field: 'respondedOn', headerName: t('surveys.responses.respondedOn'), width: 118, sortable: true, sort: 'desc' },
      { field: 'outletName', headerName: t('surveys.responses.outlet'), flex: 1, minWidth: 130, sortable: true },
      {
        field: 'channel',
        headerName: t('surveys.responses.channel'),
        width: 100,
        sortable: true,
        valueFormatter: ({ value }) => (value ? t(`tickets.channel.${value as Channel}`) : ''),
      },
      {
        field: 'ticketLabel',
        headerName: t('surveys.responses.ticket'),
        width: 150,
        sortable: true,
        cellRenderer: ({ data }: { data?: SurveyResponse }) =>
          data?.ticketId ? <a href={ticketHref(data.ticketId)}>{data.ticketLabel}</a> : null,
      },
      score('csat'),
      score('nps'),
      score('ces'),
      { field: 'comment', headerName: t('surveys.responses.comment'), flex: 1.4, minWidth: 160, sortable: false, tooltipField: 'comment' },
      {
        field: 'source',
        headerName: t('surveys.responses.source'),
        width: 96,
        sortable: false,
        valueFormatter: ({ value }) => (value ? t(`surveys.sources.${value as SurveySource}`) : ''),
      },
    ];
  }, [t]);

  return (
    <div className="survey-grid survey-grid--responses" data-testid="survey-responses">
      <AgGridReact<SurveyResponse>
        key={i18n.language}
        theme={gridTheme}
        localeText={localeText}
        columnDefs={columns}
        rowModelType="infinite"
        datasource={source}
        cacheBlockSize={BLOCK}
        getRowId={({ data }) => String(data.id)}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => onSelect(e.api.getSelectedRows()[0] ?? null)}
      />
    </div>
  );
}
