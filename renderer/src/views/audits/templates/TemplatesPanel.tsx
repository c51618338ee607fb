import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/schemas/audits';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { AuditsError } from '../AuditsError';
import { templateHref } from '../auditsRoute';
import { gridTheme } from '../../../components/gridTheme';
import { auditsGridLocale } from '../grid';

/** Every scorecard (audit and mystery shop), current versions first; older versions on request, read-only. */
export function TemplatesPanel() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const localeText = useMemo(() => auditsGridLocale(t), [t]);
  const [withOld, setWithOld] = useState(false);
  const load = useCallback(() => call('audits.templates.list', { withOld }), [withOld]);
  const templates = useResource(load);

  const columns = useMemo<ColDef<TemplateSummary>[]>(
    () => [
      { field: 'code', headerName: t('audits.templates.columns.code'), width: 120 },
      { colId: 'name', headerName: t('audits.templates.columns.name'), flex: 2, minWidth: 180, valueGetter: ({ data }) => (data ? (en ? data.nameEn : data.nameZh) : ''), tooltipValueGetter: ({ value }) => value as string },
      { colId: 'kind', headerName: t('audits.templates.columns.kind'), width: 110, valueGetter: ({ data }) => (data ? t(`audits.kinds.${data.kind}`) : '') },
      {
        colId: 'version',
        headerName: t('audits.templates.columns.version'),
        width: 110,
        valueGetter: ({ data }) => (data ? `v${data.version}${data.current ? '' : ` · ${t('audits.templates.old')}`}` : ''),
      },
      { field: 'sectionCount', headerName: t('audits.templates.columns.sections'), width: 80, type: 'numericColumn' },
      { field: 'itemCount', headerName: t('audits.templates.columns.items'), width: 90, type: 'numericColumn' },
      { field: 'criticalCount', headerName: t('audits.templates.columns.critical'), width: 90, type: 'numericColumn' },
      { field: 'results', headerName: t('audits.templates.columns.results'), width: 90, type: 'numericColumn' },
      { colId: 'active', headerName: t('audits.templates.columns.active'), width: 90, valueGetter: ({ data }) => (data ? t(data.active ? 'audits.templates.active' : 'audits.templates.inactive') : '') },
      {
        colId: 'open',
        headerName: '',
        width: 90,
        pinned: 'right',
        sortable: false,
        cellRenderer: ({ data }: { data?: TemplateSummary }) =>
          data ? (
            <a className="button button--small" href={templateHref(data.id)}>
              {data.current ? t('audits.templates.edit') : t('audits.queue.view')}
            </a>
          ) : null,
      },
    ],
    [t, en],
  );

  return (
    <section className="audits-panel">
      <div className="audits-toolbar">
        <a className="button button--primary" href={templateHref(null)}>{t('audits.templates.new')}</a>
        <label className="audits-check">
          <input type="checkbox" checked={withOld} onChange={(e) => setWithOld(e.target.checked)} />
          <span>{t('audits.templates.showOld')}</span>
        </label>
      </div>
      {templates.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={templates.error} />}
      {templates.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {templates.status === 'ready' && templates.data.length === 0 && (
        <section className="empty-state">
          <p className="empty-state__summary">{t('audits.templates.emptyTitle')}</p>
          <p className="muted">{t('audits.templates.emptyBody')}</p>
        </section>
      )}
      {templates.status === 'ready' && templates.data.length > 0 && (
        <div className="audits-grid audits-grid--short">
          <AgGridReact<TemplateSummary>
            theme={gridTheme}
            localeText={localeText}
            rowData={templates.data}
            columnDefs={columns}
            getRowId={({ data }) => String(data.id)}
            onRowDoubleClicked={({ data }) => {
              if (data) window.location.hash = templateHref(data.id);
            }}
          />
        </div>
      )}
    </section>
  );
}
