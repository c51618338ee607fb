import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/enums';
import { TICKET_GRID_COLUMNS, TICKET_QUEUES, type TicketRow } from '../../../../../shared/schemas/tickets';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { formatNumber } from '../../../i18n/format';
import type { CategoryNode } from './columns';
import { ColumnChooser } from './ColumnChooser';
import type { DrillArrival } from './drillFilter';
import { ExportDialog, type ExportFormat } from './ExportDialog';
import { GridOverlay } from './GridOverlay';
import { toContractSort, toTicketQuery, type GridColumn, type Queue } from './gridQuery';
import { Popover } from './Popover';
import { SavedViews, type ViewNotice } from './SavedViews';
import { SearchBox } from './SearchBox';
import { TicketGrid, type GridStatus } from './TicketGrid';
import { applyGrid, captureGrid, viewStateOf, type ViewState } from './viewState';

const isGridColumn = (id: string): id is GridColumn =>
  (TICKET_GRID_COLUMNS as readonly string[]).includes(id);

function sortModelOf(api: GridApi<TicketRow>): { colId: string; sort: 'asc' | 'desc' }[] {
  return api
    .getColumnState()
    .filter((c): c is typeof c & { sort: 'asc' | 'desc' } => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((c) => ({ colId: c.colId, sort: c.sort }));
}

/**
 * The ticket list: work queues above, then search, count, saved views, columns and export, then the grid. Queue and
 * quick search belong to the caller (the keyword panel searches from outside); filters, sort and columns live in
 * the grid.
 */
export function TicketListView({
  queue,
  onQueue,
  quickSearch,
  onQuickSearch,
  language,
  timeZone,
  categories,
  workspacePath,
  importHref,
  active,
  drill,
}: {
  queue: Queue;
  onQueue: (queue: Queue) => void;
  quickSearch: string;
  onQuickSearch: (text: string) => void;
  language: Language;
  timeZone: string;
  categories: readonly CategoryNode[];
  workspacePath: string;
  /** Where an empty workspace can import tickets from, when the import wizard is there. */
  importHref: string | null;
  /** On screen (not under another tab or a ticket page). */
  active: boolean;
  /** The dashboard's drill-down filter of the address, if it carries one. */
  drill: DrillArrival | null;
}) {
  const { t } = useTranslation();
  const [api, setApi] = useState<GridApi<TicketRow> | null>(null);
  const [status, setStatus] = useState<GridStatus>({
    total: null,
    loading: true,
    error: null,
    filtered: false,
  });
  const [notice, setNotice] = useState<ViewNotice | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  // Filters and columns carried over when the grid is rebuilt for another language.
  const carried = useRef<Pick<ViewState, 'filter' | 'columns'> | null>(null);
  // The drill-down is applied once per arrival: later changes to the filters are the user's.
  const [drillShown, setDrillShown] = useState<'filtered' | 'invalid' | null>(null);
  const drillApplied = useRef<string | null>(null);
  const applyDrill = useCallback(
    (grid: GridApi<TicketRow>) => {
      const arrival = drill;
      if (!arrival || drillApplied.current === arrival.raw) return;
      drillApplied.current = arrival.raw;
      // The tile counted every ticket of its filter: no queue, no search on top of it.
      onQueue('all');
      onQuickSearch('');
      grid.setFilterModel(arrival.filter);
      setDrillShown(arrival.filter ? 'filtered' : 'invalid');
    },
    [drill, onQueue, onQuickSearch],
  );

  const onReady = useCallback(
    (ready: GridApi<TicketRow>) => {
      if (carried.current) applyGrid(ready, carried.current);
      carried.current = null;
      // Before the grid's first block request, so the first count is already the filtered one.
      applyDrill(ready);
      setApi(ready);
    },
    [applyDrill],
  );
  const onClosing = useCallback((closing: GridApi<TicketRow>) => {
    carried.current = captureGrid(closing);
    setApi(null);
  }, []);

  // Back from a ticket page or another tab: the rows may have changed meanwhile; fetch the cached blocks again.
  // Only on that return: a grid that has just mounted fetches its first block itself, and a second fetch racing it
  // could replace a failed block's error before the user saw it.
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current && api && !api.isDestroyed()) api.refreshInfiniteCache();
    wasActive.current = active;
  }, [active, api]);

  // A new drill-down while the list is mounted (another address typed or followed).
  useEffect(() => {
    if (!drill) drillApplied.current = null;
    else if (api && !api.isDestroyed()) applyDrill(api);
  }, [drill, api, applyDrill]);

  /** Drop the drill-down from the address too, so a reload shows what is on screen. */
  const leaveDrill = () => {
    setDrillShown(null);
    if (!drill) return;
    window.history.replaceState(null, '', '#/tickets');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };

  const clearFilters = () => {
    api?.setFilterModel(null);
    onQuickSearch('');
    leaveDrill();
  };

  const applyView = (state: ViewState) => {
    onQueue(state.queue);
    onQuickSearch(state.quickSearch);
    if (api) applyGrid(api, state);
  };

  const exportRequest = () => {
    if (!api) return null;
    const columns = api
      .getAllDisplayedColumns()
      .map((c) => c.getColId())
      .filter(isGridColumn);
    return {
      query: toTicketQuery(
        queue,
        quickSearch,
        api.getFilterModel() as Record<string, unknown>,
        toContractSort(sortModelOf(api)),
      ),
      columns: columns.length > 0 ? columns : (['id'] as GridColumn[]),
      language,
    };
  };
  const request = exporting ? exportRequest() : null;

  const searching = quickSearch.trim() !== '';
  const narrowed = status.filtered || searching;
  return (
    <div className="ticket-list">
      <div className="segmented queue-switch" role="group" aria-label={t('tickets.queues.label')}>
        {TICKET_QUEUES.map((q) => (
          <button
            key={q}
            type="button"
            className="segmented__option"
            aria-pressed={queue === q}
            title={t(`tickets.queueHints.${q}`)}
            onClick={() => onQueue(q)}
          >
            {t(`tickets.queues.${q}`)}
          </button>
        ))}
      </div>

      <div className="ticket-toolbar">
        <SearchBox value={quickSearch} onChange={onQuickSearch} />
        <p className="ticket-toolbar__count" aria-live="polite" data-testid="ticket-count">
          {/* After a failure the last count belongs to another view: say nothing rather than something wrong. */}
          {status.error
            ? null
            : status.total === null
              ? t('tickets.counting')
              : t('tickets.count', { total: formatNumber(language, status.total) })}
          {status.loading && <span className="spinner" aria-hidden="true" />}
        </p>
        {narrowed && (
          <button type="button" className="button button--small" onClick={clearFilters}>
            <Icon name="x" size={14} />
            {t('tickets.clearFilters')}
          </button>
        )}
        <div className="ticket-toolbar__tools">
          <SavedViews
            capture={() => (api ? viewStateOf(queue, quickSearch, api) : null)}
            apply={applyView}
            onNotice={setNotice}
          />
          <ColumnChooser api={api} />
          <Popover label={t('tickets.export.button')} buttonContent={t('tickets.export.button')}>
            {(close) => (
              <div className="menu">
                {(['csv', 'xlsx'] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="menu__item"
                    disabled={!api}
                    onClick={() => {
                      close();
                      setExporting(format);
                    }}
                  >
                    {t(`tickets.export.${format}`)}
                  </button>
                ))}
              </div>
            )}
          </Popover>
        </div>
      </div>

      {drillShown === 'filtered' && status.filtered && (
        <div className="drill-chip" role="status" data-testid="drill-chip">
          <Icon name="dashboard" size={14} />
          <span>{t('tickets.drill.chip')}</span>
          <button
            type="button"
            className="icon-button drill-chip__clear"
            aria-label={t('tickets.drill.clear')}
            title={t('tickets.drill.clear')}
            onClick={() => {
              api?.setFilterModel(null);
              leaveDrill();
            }}
          >
            <Icon name="x" size={14} />
          </button>
        </div>
      )}
      {drillShown === 'invalid' && (
        <div className="ticket-list__notice" data-testid="drill-invalid">
          <Alert tone="error" title={t('tickets.drill.invalidTitle')} onDismiss={leaveDrill}>
            <p>{t('tickets.drill.invalidBody')}</p>
          </Alert>
        </div>
      )}

      {notice && (
        <div className="ticket-list__notice">
          {notice.tone === 'error' ? (
            <ErrorAlert title={notice.title} error={notice.error} onDismiss={() => setNotice(null)} />
          ) : (
            <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
              <p>{notice.text}</p>
            </Alert>
          )}
        </div>
      )}

      <div className="ticket-grid-wrap">
        <TicketGrid
          key={language}
          queue={queue}
          quickSearch={quickSearch}
          language={language}
          timeZone={timeZone}
          categories={categories}
          onReady={onReady}
          onClosing={onClosing}
          onStatus={setStatus}
        />
        <GridOverlay
          status={status}
          narrowed={narrowed}
          queue={queue}
          importHref={importHref}
          onClearFilters={clearFilters}
          onShowAll={() => {
            clearFilters();
            onQueue('all');
          }}
          onRetry={() => api?.purgeInfiniteCache()}
        />
      </div>

      {exporting && request && (
        <ExportDialog
          format={exporting}
          request={request}
          workspacePath={workspacePath}
          expectedRows={status.total}
          onDone={(result) => {
            setExporting(null);
            setNotice({
              tone: 'success',
              text: t('tickets.export.done', {
                rows: formatNumber(language, result.rows),
                path: result.path,
              }),
            });
          }}
          onCancelled={() => {
            setExporting(null);
            setNotice({ tone: 'info', text: t('tickets.export.cancelled') });
          }}
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  );
}
