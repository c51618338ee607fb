import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type {
  CellKeyDownEvent,
  GridApi,
  IDatasource,
  IGetRowsParams,
  RowDoubleClickedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/enums';
import type { TicketRow } from '../../../../../shared/schemas/tickets';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ticketColumns, type CategoryNode } from './columns';
import { toTicketQuery, type Queue } from './gridQuery';
import { gridTheme } from '../../../components/gridTheme';
import { gridLocaleText } from './gridSetup';

/** What the toolbar and the overlays need to know about the rows on screen. */
export interface GridStatus {
  /** Rows of the current view as core counted them; null before the first answer. */
  total: number | null;
  loading: boolean;
  error: ApiError | null;
  /** A column filter is set (the quick search and the queue are the caller's own state). */
  filtered: boolean;
}

/**
 * About one screen of rows per block: a block is one tickets.query call. Blocks stay cached while the user scrolls
 * back and forth; a drag of the scrollbar across a million rows only loads where it stops (debounce).
 */
const BLOCK = 100;
const CACHED_BLOCKS = 50;
const BLOCK_DEBOUNCE_MS = 120;

/**
 * One datasource per view (queue, quick search, language). Answers that arrive after the grid moved on to another
 * datasource (AG Grid destroys the old one) must not overwrite the new view's count.
 */
function ticketDatasource(
  view: { queue: Queue; quickSearch: string; language: Language },
  report: (patch: Partial<GridStatus>) => void,
): IDatasource {
  let live = true;
  let inFlight = 0;
  // A filter or sort change keeps the datasource: only the answer to the latest query may set the count.
  let latest = '';
  return {
    destroy() {
      live = false;
    },
    getRows(params: IGetRowsParams<TicketRow>) {
      const query = toTicketQuery(
        view.queue,
        view.quickSearch,
        params.filterModel as Record<string, unknown>,
        params.sortModel,
      );
      const key = JSON.stringify([query.filter, query.sort]);
      latest = key;
      inFlight += 1;
      if (live) report({ loading: true, error: null });
      call('tickets.query', {
        query,
        startRow: params.startRow,
        endRow: params.endRow,
        language: view.language,
      })
        .then(
          (page) => {
            params.successCallback(page.rows, page.total);
            if (live && key === latest) report({ total: page.total });
          },
          (err: unknown) => {
            params.failCallback();
            if (live) report({ error: toApiError(err) });
          },
        )
        .finally(() => {
          inFlight -= 1;
          if (live && inFlight === 0) report({ loading: false });
        });
    },
  };
}

export const openTicket = (id: number): void => {
  window.location.hash = `#/tickets/${id}`;
};

/**
 * The ticket grid: AG Grid's infinite row model, every block filtered, sorted and paged by core in SQLite. Queue and
 * quick search live outside the grid; a change of either (or of the language) gives the grid a new datasource, which
 * starts it again from the top.
 */
export function TicketGrid({
  queue,
  quickSearch,
  language,
  timeZone,
  categories,
  onReady,
  onClosing,
  onStatus,
}: {
  queue: Queue;
  quickSearch: string;
  language: Language;
  timeZone: string;
  categories: readonly CategoryNode[];
  onReady: (api: GridApi<TicketRow>) => void;
  /** The grid is about to go (a language change remounts it): last chance to read its state. */
  onClosing: (api: GridApi<TicketRow>) => void;
  onStatus: Dispatch<SetStateAction<GridStatus>>;
}) {
  const { t } = useTranslation();
  const report = useCallback(
    (patch: Partial<GridStatus>) => onStatus((prev) => ({ ...prev, ...patch })),
    [onStatus],
  );

  const columnDefs = useMemo(
    () => ticketColumns({ t, language, timeZone, categories }),
    [t, language, timeZone, categories],
  );
  // AG Grid reads its locale once, at creation: the caller remounts the grid when the language changes.
  const [localeText] = useState(() => gridLocaleText(t));

  const datasource = useMemo(
    () => ticketDatasource({ queue, quickSearch, language }, report),
    [queue, quickSearch, language, report],
  );

  return (
    <section className="ticket-grid" data-testid="ticket-grid" aria-label={t('tickets.gridLabel')}>
      <AgGridReact<TicketRow>
        theme={gridTheme}
        localeText={localeText}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK}
        maxBlocksInCache={CACHED_BLOCKS}
        blockLoadDebounceMillis={BLOCK_DEBOUNCE_MS}
        // A drag of the scrollbar across a million rows renders where it stops, not every row on the way.
        debounceVerticalScrollbar
        maxConcurrentDatasourceRequests={2}
        enableFilterHandlers
        // A couple of dozen columns at most: render them all, so every header and cell is there for assistive
        // technology and the keyboard, not only those scrolled into view.
        suppressColumnVirtualisation
        columnDefs={columnDefs}
        defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
        getRowId={(p) => String(p.data.id)}
        tooltipShowDelay={600}
        onGridReady={(e) => onReady(e.api)}
        onGridPreDestroyed={(e) => onClosing(e.api)}
        onFilterChanged={(e) => report({ filtered: e.api.isAnyFilterPresent() })}
        onRowDoubleClicked={(e: RowDoubleClickedEvent<TicketRow>) => {
          if (e.data) openTicket(e.data.id);
        }}
        onCellKeyDown={(e: CellKeyDownEvent<TicketRow>) => {
          const key = (e.event as KeyboardEvent | null)?.key;
          if (key === 'Enter' && e.data) openTicket(e.data.id);
        }}
      />
    </section>
  );
}
