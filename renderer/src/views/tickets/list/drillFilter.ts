import { TicketQuery } from '../../../../../shared/schemas/tickets';

type Filters = TicketQuery['filter'];

/** What a drill-down address (`#/tickets?filter=…`, shared/domain/kpi-drill.ts) asks the list to show. */
export type DrillArrival = { raw: string; filter: Filters | null };

/** Longer than any filter the dashboard writes by far; a longer address is not worth parsing. */
const MAX_LENGTH = 8_000;

/**
 * The filter of a drill-down address, checked against the contract's filter schema; null when it is not one (bad
 * encoding, bad JSON, an unknown column, a malformed filter): the list then says so and shows every ticket.
 */
export function parseDrillFilter(raw: string): Filters | null {
  if (raw.length > MAX_LENGTH) return null;
  try {
    const json: unknown = JSON.parse(decodeURIComponent(raw));
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
    const parsed = TicketQuery.safeParse({ filter: json });
    return parsed.success ? parsed.data.filter : null;
  } catch {
    return null;
  }
}

/** The drill-down carried by a `#/tickets?filter=…` address, or null when the address carries none. */
export function drillOf(hash: string): DrillArrival | null {
  const raw = /^#\/tickets\/?\?(?:.*&)?filter=([^&#]*)/.exec(hash)?.[1];
  if (raw === undefined) return null;
  return { raw, filter: parseDrillFilter(raw) };
}
