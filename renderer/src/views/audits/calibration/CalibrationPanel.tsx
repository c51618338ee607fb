import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationSummary } from '../../../../../shared/schemas/audit-calibration';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { AuditsError } from '../AuditsError';
import { calibrationHref } from '../auditsRoute';
import { auditsGridLocale } from '../grid';
import { CalibrationDialog } from './CalibrationDialog';

const loadSessions = () => call('audits.calibration.list', {});

/** Calibration sessions, newest first; Enter or a double click opens one. */
export function CalibrationPanel() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const localeText = useMemo(() => auditsGridLocale(t), [t]);
  const sessions = useResource(loadSessions);
  const [creating, setCreating] = useState(false);

  const columns = useMemo<ColDef<CalibrationSummary>[]>(
    () => [
      { field: 'title', headerName: t('audits.calibration.columns.title'), flex: 1, minWidth: 160, tooltipField: 'title' },
      { field: 'month', headerName: t('audits.calibration.columns.month'), width: 100 },
      { field: 'ticketRef', headerName: t('audits.calibration.columns.ticket'), width: 120 },
      {
        colId: 'template',
        headerName: t('audits.calibration.columns.template'),
        flex: 1,
        minWidth: 150,
        valueGetter: ({ data: r }) => (r ? `${en ? r.templateNameEn : r.templateNameZh} · v${r.templateVersion}` : ''),
      },
      {
        colId: 'auditors',
        headerName: t('audits.calibration.columns.auditors'),
        flex: 1,
        minWidth: 150,
        valueGetter: ({ data: r }) => (r ? r.auditors.map((a) => a.name).join(en ? ', ' : '、') : ''),
      },
      {
        colId: 'progress',
        headerName: t('audits.calibration.columns.progress'),
        width: 100,
        type: 'numericColumn',
        valueGetter: ({ data: r }) => (r ? `${r.auditors.filter((a) => a.submitted).length} / ${r.auditors.length}` : ''),
      },
      {
        colId: 'status',
        headerName: t('audits.calibration.columns.status'),
        width: 140,
        valueGetter: ({ data: r }) => (r ? t(`audits.calibration.statuses.${r.status}`) : ''),
      },
      {
        colId: 'open',
        headerName: '',
        width: 90,
        pinned: 'right',
        sortable: false,
        cellRenderer: ({ data: r }: { data?: CalibrationSummary }) =>
          r ? <a className="button button--small" href={calibrationHref(r.id)}>{t('audits.calibration.open')}</a> : null,
      },
    ],
    [t, en],
  );

  return (
    <section className="audits-panel">
      <div className="audits-toolbar">
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('audits.calibration.new')}
        </button>
      </div>
      {sessions.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={sessions.error} />}
      {sessions.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {sessions.status === 'ready' && sessions.data.length === 0 && (
        <section className="empty-state" data-testid="calibration-empty">
          <p className="empty-state__summary">{t('audits.calibration.emptyTitle')}</p>
          <p className="muted">{t('audits.calibration.emptyBody')}</p>
        </section>
      )}
      {sessions.status === 'ready' && sessions.data.length > 0 && (
        <div className="audits-grid audits-grid--short" data-testid="calibration-sessions">
          <AgGridReact<CalibrationSummary>
            theme={gridTheme}
            localeText={localeText}
            rowData={sessions.data}
            columnDefs={columns}
            getRowId={({ data: r }) => String(r.id)}
            onRowDoubleClicked={({ data: r }) => {
              if (r) window.location.hash = calibrationHref(r.id);
            }}
            onCellKeyDown={({ data: r, event }) => {
              if (r && event instanceof KeyboardEvent && event.key === 'Enter') window.location.hash = calibrationHref(r.id);
            }}
          />
        </div>
      )}
      {creating && (
        <CalibrationDialog
          onClose={() => setCreating(false)}
          onCreated={(s) => {
            setCreating(false);
            window.location.hash = calibrationHref(s.id);
          }}
        />
      )}
    </section>
  );
}
