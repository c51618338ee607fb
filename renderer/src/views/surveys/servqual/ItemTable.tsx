import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServqualDimension } from '../../../../../shared/domain/servqual';
import type { ServqualSummary } from '../../../../../shared/schemas/surveys';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../../training/grid';
import { itemKey } from '../itemKey';

/** Figure names are long in English: headers wrap rather than cut them off. */
const WRAPPED_HEADERS = { wrapHeaderText: true, autoHeaderHeight: true } as const;

type Row = ServqualSummary['items'][number];

/** The 22 items with their statement, mean expectation, perception and gap; sortable to find the worst gaps. */
export function ItemTable({ items }: { items: ServqualSummary['items'] }) {
  const { t, i18n } = useTranslation();
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const columns = useMemo<ColDef<Row>[]>(() => {
    const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const mean = (field: 'expectation' | 'perception' | 'gap', width: number): ColDef<Row> => ({
      field,
      headerName: t(`surveys.servqual.${field}`),
      width,
      type: 'numericColumn',
      sortable: true,
      valueFormatter: ({ value }) => (value === null || value === undefined ? t('surveys.figures.none') : number.format(value as number)),
      ...(field === 'gap' ? { cellClassRules: { 'servqual-gap--short': ({ value }) => typeof value === 'number' && value < 0 } } : {}),
    });
    return [
      { field: 'item', headerName: t('surveys.servqual.item'), width: 72, sortable: true },
      {
        field: 'dimension',
        headerName: t('surveys.servqual.dimension'),
        width: 138,
        sortable: true,
        valueFormatter: ({ value }) => t(`surveys.dimensions.${value as ServqualDimension}`),
      },
      {
        colId: 'statement',
        headerName: t('surveys.servqual.statement'),
        flex: 1,
        minWidth: 240,
        wrapText: true,
        autoHeight: true,
        cellClass: 'servqual-statement',
        valueGetter: ({ data }) => (data ? t(itemKey(data.item)) : ''),
        tooltipValueGetter: ({ data }) => (data ? t(itemKey(data.item)) : ''),
      },
      mean('expectation', 104),
      mean('perception', 104),
      mean('gap', 112),
      { field: 'n', headerName: t('surveys.servqual.n'), width: 90, type: 'numericColumn' },
    ];
  }, [t, i18n.language]);
  return (
    <section className="card survey-card" aria-labelledby="servqual-items-title">
      <h2 id="servqual-items-title" className="card__title">
        {t('surveys.servqual.itemsTitle')}
      </h2>
      <div className="survey-grid survey-grid--items" data-testid="servqual-items">
        <AgGridReact<Row> theme={gridTheme} localeText={localeText} rowData={items} columnDefs={columns}
          defaultColDef={WRAPPED_HEADERS} getRowId={({ data }) => String(data.item)} domLayout="autoHeight" />
      </div>
    </section>
  );
}
