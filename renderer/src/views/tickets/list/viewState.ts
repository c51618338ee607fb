import type { ColumnState, GridApi } from 'ag-grid-community';
import { z } from 'zod';
import { TICKET_QUEUES, type TicketRow } from '../../../../../shared/schemas/tickets';
import type { Queue } from './gridQuery';

/**
 * What a saved view keeps: the queue, the quick search, AG Grid's filter model and its column state (which columns
 * show, in which order and width, and the sort). Read back through this schema, so a view written by another
 * version, or edited by hand, is refused as a whole instead of half-applied.
 */
export const ViewState = z.object({
  queue: z.enum(TICKET_QUEUES),
  quickSearch: z.string().max(200),
  filter: z.record(z.string(), z.unknown()),
  columns: z
    .array(
      z.object({
        colId: z.string(),
        hide: z.boolean().nullable().optional(),
        width: z.number().optional(),
        sort: z.enum(['asc', 'desc']).nullable().optional(),
        sortIndex: z.number().nullable().optional(),
      }),
    )
    .max(100),
});
export type ViewState = z.infer<typeof ViewState>;

/** The grid's part of a view: filters and columns. */
export function captureGrid(api: GridApi<TicketRow>): Pick<ViewState, 'filter' | 'columns'> {
  return {
    filter: api.getFilterModel() as Record<string, unknown>,
    columns: api.getColumnState().map(({ colId, hide, width, sort, sortIndex }) => ({
      colId,
      hide: hide ?? false,
      ...(typeof width === 'number' ? { width } : {}),
      sort: sort ?? null,
      sortIndex: sortIndex ?? null,
    })),
  };
}

export function applyGrid(api: GridApi<TicketRow>, state: Pick<ViewState, 'filter' | 'columns'>): void {
  const known = new Set(api.getColumns()?.map((c) => c.getColId()) ?? []);
  const columns: ColumnState[] = state.columns.filter((c) => known.has(c.colId));
  // Flex columns ignore a saved width; the rest take theirs. Columns the view does not name keep no sort.
  api.applyColumnState({ state: columns, applyOrder: true, defaultState: { sort: null } });
  api.setFilterModel(state.filter);
}

export const viewStateOf = (queue: Queue, quickSearch: string, api: GridApi<TicketRow>): ViewState => ({
  queue,
  quickSearch,
  ...captureGrid(api),
});
