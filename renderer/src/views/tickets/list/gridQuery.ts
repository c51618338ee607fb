import {
  ColumnFilter,
  TICKET_GRID_COLUMNS,
  TicketGridColumn,
  type TICKET_QUEUES,
  type TicketQuery,
} from '../../../../../shared/schemas/tickets';

export type Queue = (typeof TICKET_QUEUES)[number];
export type GridColumn = (typeof TICKET_GRID_COLUMNS)[number];
type Filters = TicketQuery['filter'];

/** The contract allows three sort keys; AG Grid's multi-sort may hold more. */
const MAX_SORT = 3;

const isColumn = (value: string): value is GridColumn => TicketGridColumn.safeParse(value).success;

/**
 * AG Grid's filter model → the contract's filter shape. The grid's filters are configured to produce exactly the
 * contract's models (one condition each); anything else - a column that is not ours, a combined model - is left out
 * rather than sent, so one odd filter can never make the whole grid fail.
 */
export function toContractFilter(model: Record<string, unknown> | null | undefined): Filters {
  const out: Filters = {};
  for (const [colId, value] of Object.entries(model ?? {})) {
    if (!isColumn(colId)) continue;
    const parsed = ColumnFilter.safeParse(value);
    if (parsed.success) out[colId] = parsed.data;
  }
  return out;
}

export function toContractSort(
  model: readonly { colId: string; sort: 'asc' | 'desc' }[],
): TicketQuery['sort'] {
  return model
    .filter((s): s is { colId: GridColumn; sort: 'asc' | 'desc' } => isColumn(s.colId))
    .slice(0, MAX_SORT)
    .map(({ colId, sort }) => ({ colId, sort }));
}

/** The query of the grid's current view: queue, quick search, and the grid's own filter and sort models. */
export function toTicketQuery(
  queue: Queue,
  quickSearch: string,
  filterModel: Record<string, unknown> | null | undefined,
  sortModel: readonly { colId: string; sort: 'asc' | 'desc' }[],
): TicketQuery {
  return {
    queue,
    quickSearch: quickSearch.trim(),
    filter: toContractFilter(filterModel),
    sort: toContractSort(sortModel),
  };
}
