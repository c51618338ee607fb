import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../../../shared/schemas/audits';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { AuditsError } from '../AuditsError';
import { auditHref } from '../auditsRoute';
import { gridTheme } from '../../../components/gridTheme';
import { auditsGridLocale, formatScore } from '../grid';
import { SampleDialog } from './SampleDialog';

/** A monthly round audits the month that has just ended. */
const lastMonth = (): string => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

/** One month's audits: the sample drawn for it and every queued or submitted audit; Enter or a double click scores. */
export function AuditQueuePanel() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const localeText = useMemo(() => auditsGridLocale(t), [t]);
  const [month, setMonth] = useState(lastMonth);
  const [drawing, setDrawing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(
    () => Promise.all([call('audits.list', { month }), call('audits.samples.list', { month })]),
    [month],
  );
  const data = useResource(load);
  const none = t('audits.form.none');

  const columns = useMemo<ColDef<AuditRow>[]>(
    () => [
      {
        colId: 'status',
        headerName: t('audits.queue.columns.status'),
        width: 110,
        valueGetter: ({ data: r }) => (r ? t(`audits.statuses.${r.status}`) : ''),
      },
      { field: 'ticketRef', headerName: t('audits.queue.columns.ticket'), width: 120 },
      { field: 'subject', headerName: t('audits.queue.columns.subject'), flex: 2, minWidth: 160, tooltipField: 'subject' },
      { colId: 'channel', headerName: t('audits.queue.columns.channel'), width: 100, valueGetter: ({ data: r }) => (r ? t(`tickets.channel.${r.channel}`) : '') },
      { field: 'agentName', headerName: t('audits.queue.columns.agent'), width: 110 },
      { colId: 'template', headerName: t('audits.queue.columns.template'), flex: 1, minWidth: 140, valueGetter: ({ data: r }) => (r ? `${en ? r.templateNameEn : r.templateNameZh} · v${r.templateVersion}` : '') },
      {
        colId: 'score',
        headerName: t('audits.queue.columns.score'),
        width: 130,
        type: 'numericColumn',
        valueGetter: ({ data: r }) => r?.score ?? null,
        valueFormatter: ({ data: r }) => (r ? `${formatScore(r.score, none)}${r.autoFail ? ` · ${t(`audits.autoFail.${r.autoFail}`)}` : ''}` : ''),
        cellClass: ({ data: r }) => (r?.autoFail ? 'audits-cell--fail' : ''),
      },
      { field: 'auditor', headerName: t('audits.queue.columns.auditor'), width: 110, valueFormatter: ({ value }) => (value ? String(value) : none) },
      { field: 'actions', headerName: t('audits.queue.columns.actions'), width: 80, type: 'numericColumn' },
      {
        colId: 'disputes',
        headerName: t('audits.queue.columns.disputes'),
        width: 110,
        type: 'numericColumn',
        valueGetter: ({ data: r }) => (r ? `${r.disputes} / ${r.changed}` : ''),
      },
      {
        colId: 'open',
        headerName: '',
        width: 90,
        pinned: 'right',
        sortable: false,
        cellRenderer: ({ data: r }: { data?: AuditRow }) =>
          r ? (
            <a className="button button--small" href={auditHref(r.id)}>
              {r.status === 'pending' ? t('audits.queue.open') : t('audits.queue.view')}
            </a>
          ) : null,
      },
    ],
    [t, none, en],
  );

  const rows = data.status === 'ready' ? data.data[0] : [];
  const samples = data.status === 'ready' ? data.data[1] : [];
  const pending = rows.filter((r) => r.status === 'pending').length;

  return (
    <section className="audits-panel">
      <div className="audits-toolbar">
        <label className="audits-filter">
          <span>{t('audits.queue.month')}</span>
          <input className="input" type="month" value={month} required onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        <button type="button" className="button button--primary" onClick={() => setDrawing(true)}>
          {t('audits.queue.drawSample')}
        </button>
        {data.status === 'ready' && rows.length > 0 && (
          <p className="muted" data-testid="audit-counts">{t('audits.queue.summary', { pending, submitted: rows.length - pending })}</p>
        )}
      </div>
      {samples.length > 0 && (
        <p className="muted audits-samples">
          {t('audits.queue.samples', { list: samples.map((s) => t('audits.queue.sampleLine', s)).join(' · ') })}
        </p>
      )}
      {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
      {data.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={data.error} />}
      {data.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {data.status === 'ready' && rows.length === 0 && (
        <section className="empty-state" data-testid="audits-empty">
          <p className="empty-state__summary">{t('audits.queue.emptyTitle')}</p>
          <p className="muted">{t('audits.queue.emptyBody')}</p>
        </section>
      )}
      {data.status === 'ready' && rows.length > 0 && (
        <div className="audits-grid">
          <AgGridReact<AuditRow>
            theme={gridTheme}
            localeText={localeText}
            rowData={rows}
            columnDefs={columns}
            getRowId={({ data: r }) => String(r.id)}
            onRowDoubleClicked={({ data: r }) => {
              if (r) window.location.hash = auditHref(r.id);
            }}
            onCellKeyDown={({ data: r, event }) => {
              if (r && event instanceof KeyboardEvent && event.key === 'Enter') window.location.hash = auditHref(r.id);
            }}
          />
        </div>
      )}
      {drawing && (
        <SampleDialog
          month={month}
          onClose={() => setDrawing(false)}
          onDrawn={(sample) => {
            setDrawing(false);
            setNotice(t('audits.sample.drawn', sample));
            data.reload();
          }}
        />
      )}
    </section>
  );
}
