import { useMemo } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { WorksheetSummary } from '../../../../../shared/schemas/improvement';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../i18n/format';
import { gridTheme } from '../../../components/gridTheme';
import { RcaTabs } from '../risk/RcaTabs';
import { go } from '../route';

const loadSheets = () => call('rca.list', {});

/** Every fishbone and 5-Why of the workspace. */
export function WorksheetList() {
  const { t, i18n } = useTranslation();
  const sheets = useResource(loadSheets);
  const columns = useMemo<ColDef<WorksheetSummary>[]>(
    () => [
      {
        field: 'title',
        headerName: t('improvement.rca.columns.title'),
        flex: 2,
        minWidth: 220,
        cellRenderer: (p: ICellRendererParams<WorksheetSummary>) =>
          p.data ? <a href={`#/rca/${p.data.id}`}>{p.data.title}</a> : null,
      },
      {
        field: 'kind',
        headerName: t('improvement.rca.columns.kind'),
        width: 120,
        valueFormatter: (p) =>
          p.value ? t(`improvement.rca.kinds.${p.value as WorksheetSummary['kind']}`) : '',
      },
      { field: 'rootCauses', headerName: t('improvement.rca.columns.rootCauses'), width: 110 },
      {
        field: 'complete',
        headerName: t('improvement.rca.columns.complete'),
        width: 120,
        cellRenderer: (p: ICellRendererParams<WorksheetSummary>) =>
          p.data ? (
            <span className={p.data.complete ? 'badge badge--success' : 'badge badge--muted'}>
              {p.data.complete ? t('improvement.rca.complete') : t('improvement.rca.draft')}
            </span>
          ) : null,
      },
      {
        field: 'cycleTitle',
        headerName: t('improvement.rca.columns.cycle'),
        flex: 1,
        minWidth: 160,
        cellRenderer: (p: ICellRendererParams<WorksheetSummary>) =>
          p.data?.cycleId ? (
            <a href={`#/pdca/${p.data.cycleId}`}>{p.data.cycleTitle}</a>
          ) : (
            t('improvement.common.none')
          ),
      },
      {
        field: 'updatedAt',
        headerName: t('improvement.rca.columns.updatedAt'),
        width: 200,
        valueFormatter: (p) => (p.value ? formatDateTime(i18n.language, p.value as number) : ''),
      },
    ],
    [t, i18n.language],
  );
  return (
    <>
      <PageHeader title={t('areas.rca.title')}>
        <p className="page-header__lead">{t('areas.rca.summary')}</p>
      </PageHeader>
      <RcaTabs current="worksheets" />
      <div className="toolbar">
        <a className="button button--primary" href="#/rca/new/fishbone">
          <Icon name="plus" size={16} />
          {t('improvement.rca.newFishbone')}
        </a>
        <a className="button" href="#/rca/new/five_why">
          <Icon name="plus" size={16} />
          {t('improvement.rca.newFiveWhy')}
        </a>
      </div>
      {sheets.status === 'error' && (
        <ErrorAlert title={t('improvement.common.loadFailed')} error={sheets.error} />
      )}
      {sheets.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {sheets.status === 'ready' &&
        (sheets.data.length === 0 ? (
          <section className="empty-state">
            <div className="empty-state__icon">
              <Icon name="rca" size={36} />
            </div>
            <p className="empty-state__summary">{t('improvement.rca.listEmpty')}</p>
          </section>
        ) : (
          <div
            className="improvement-grid"
            style={sheets.data.length > 14 ? { height: 560 } : undefined}
            role="region"
            aria-label={t('improvement.rca.list')}
          >
            <AgGridReact<WorksheetSummary>
              theme={gridTheme}
              rowData={sheets.data}
              columnDefs={columns}
              getRowId={(p) => String(p.data.id)}
              domLayout={sheets.data.length > 14 ? 'normal' : 'autoHeight'}
              onRowDoubleClicked={(e) => e.data && go(`rca/${e.data.id}`)}
            />
          </div>
        ))}
    </>
  );
}
