import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_STATUSES, type VisitRow, type VisitStatus } from '../../../../../shared/schemas/mystery';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { gridTheme } from '../../../components/gridTheme';
import { formatScore } from '../../audits/grid';
import { mysteryGridLocale } from '../grid';
import { MysteryError } from '../MysteryError';
import { visitHref } from '../mysteryRoute';
import type { WaveChoice } from '../useWave';
import { WavePicker } from '../WavePicker';
import { ImportDialog } from './ImportDialog';

/** The wave's visits, newest first, with their review state; Enter or a double click opens one. */
export function VisitsPanel({ choice, onChanged }: { choice: WaveChoice; onChanged: () => void }) {
  const { t } = useTranslation();
  const waveId = choice.wave!.id;
  const [status, setStatus] = useState<VisitStatus | ''>('');
  const [importing, setImporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => call('mystery.visits.list', { waveId, ...(status ? { status } : {}) }), [waveId, status]);
  const visits = useResource(load);
  const localeText = useMemo(() => mysteryGridLocale(t), [t]);
  const none = t('audits.form.none');
  const columns = useMemo<ColDef<VisitRow>[]>(
    () => [
      { colId: 'status', headerName: t('mystery.visits.status'), width: 100, valueGetter: ({ data: r }) => (r ? t(`mystery.statuses.${r.status}`) : '') },
      { field: 'outletName', headerName: t('mystery.visits.outlet'), flex: 1, minWidth: 140 },
      { field: 'scenarioName', headerName: t('mystery.visits.scenario'), flex: 1, minWidth: 120, valueFormatter: ({ value }) => (value ? String(value) : none) },
      { field: 'shopper', headerName: t('mystery.visits.shopper'), width: 120 },
      { field: 'visitDay', headerName: t('mystery.visits.visited'), width: 120 },
      { field: 'durationMin', headerName: t('mystery.visits.duration'), width: 110, type: 'numericColumn' },
      {
        field: 'score',
        headerName: t('mystery.visits.score'),
        width: 130,
        type: 'numericColumn',
        valueFormatter: ({ data: r }) => (r ? `${formatScore(r.score, none)}${r.autoFail ? ` · ${t(`audits.autoFail.${r.autoFail}`)}` : ''}` : ''),
        cellClass: ({ data: r }) => (r?.autoFail ? 'audits-cell--fail' : ''),
      },
      { colId: 'appeals', headerName: t('mystery.visits.appeals'), width: 90, type: 'numericColumn', valueGetter: ({ data: r }) => (r ? `${r.appeals}${r.openAppeals ? ` (${r.openAppeals})` : ''}` : '') },
      {
        colId: 'open',
        headerName: '',
        width: 90,
        pinned: 'right',
        sortable: false,
        cellRenderer: ({ data: r }: { data?: VisitRow }) => (r ? <a className="button button--small" href={visitHref(r.id)}>{t('mystery.visits.open')}</a> : null),
      },
    ],
    [t, none],
  );
  const rows = visits.status === 'ready' ? visits.data : [];
  return (
    <section className="audits-panel">
      <div className="audits-toolbar audits-toolbar--wrap">
        <WavePicker choice={choice} />
        <label className="audits-filter">
          <span>{t('mystery.visits.status')}</span>
          <select className="input" aria-label={t('mystery.visits.status')} value={status} onChange={(e) => setStatus(e.target.value as VisitStatus | '')}>
            <option value="">{t('mystery.visits.allStatuses')}</option>
            {VISIT_STATUSES.map((s) => <option key={s} value={s}>{t(`mystery.statuses.${s}`)}</option>)}
          </select>
        </label>
        <a className="button button--primary" href={visitHref(null)}>{t('mystery.visits.add')}</a>
        <button type="button" className="button" onClick={() => setImporting(true)}>{t('mystery.visits.import')}</button>
      </div>
      {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
      {visits.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {visits.status === 'error' && <MysteryError title={t('mystery.loadFailed')} error={visits.error} />}
      {visits.status === 'ready' && rows.length === 0 && (
        <section className="empty-state" data-testid="visits-empty">
          <p className="empty-state__summary">{t('mystery.visits.empty')}</p>
        </section>
      )}
      {rows.length > 0 && (
        <div className="audits-grid" data-testid="visits-grid" aria-label={t('mystery.visits.label')}>
          <AgGridReact<VisitRow>
            theme={gridTheme}
            localeText={localeText}
            rowData={rows}
            columnDefs={columns}
            getRowId={({ data: r }) => String(r.id)}
            onRowDoubleClicked={({ data: r }) => {
              if (r) window.location.hash = visitHref(r.id);
            }}
            onCellKeyDown={({ data: r, event }) => {
              if (r && event instanceof KeyboardEvent && event.key === 'Enter') window.location.hash = visitHref(r.id);
            }}
          />
        </div>
      )}
      {importing && (
        <ImportDialog
          wave={choice.wave!}
          onClose={() => setImporting(false)}
          onImported={(text) => {
            setNotice(text);
            visits.reload();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
