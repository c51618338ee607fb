import { KPI_CATALOG, type KpiId, type KpiSource, type TicketKpiId } from './kpi-catalog.ts';
import type { KpiScope } from '../schemas/kpi.ts';
import type { TicketQuery } from '../schemas/tickets.ts';

/**
 * Drill-down into the ticket grid: `#/tickets?filter=<URI-encoded JSON>`, the JSON being the grid's filter model
 * (TicketQuery.filter: AG Grid filter objects keyed by grid column). The ticket list applies it as its filter.
 */
export type DrillFilter = TicketQuery['filter'];

export const ticketsDrillHref = (filter: DrillFilter): string =>
  `#/tickets?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** Tickets created on local days from..to (inclusive). */
export const createdBetween = (from: string, to: string): DrillFilter => ({
  createdAt: { filterType: 'date', type: 'inRange', dateFrom: from, dateTo: to },
});

const SCOPE_COLUMN = {
  outlet: 'outlet',
  team: 'team',
  agent: 'assignee',
  channel: 'channel',
  category: 'category',
  segment: 'segment',
} as const;

export function scopeFilter(scope: KpiScope): DrillFilter {
  if (scope.dim === 'org') return {};
  return { [SCOPE_COLUMN[scope.dim]]: { filterType: 'set', values: [scope.key] } };
}

const yes = (): { filterType: 'set'; values: string[] } => ({ filterType: 'set', values: ['true'] });
const notBlank = { filterType: 'number', type: 'notBlank' } as const;

/** The tickets a manager wants to see behind a tile: the misses of a rate, the answered ones of a score. */
const KPI_FILTER: Record<TicketKpiId, DrillFilter> = {
  tickets_total: {},
  first_response_avg_min: { firstResponseMin: notBlank },
  first_response_median_min: { firstResponseMin: notBlank },
  resolution_avg_h: { resolutionH: notBlank },
  resolution_median_h: { resolutionH: notBlank },
  sla_response_rate: { responseBreached: yes() },
  sla_resolution_rate: { resolutionBreached: yes() },
  fcr_rate: { fcr: { filterType: 'set', values: ['false'] } },
  resolution_rate: {
    status: {
      filterType: 'set',
      values: ['new', 'assigned', 'in_progress', 'pending_customer', 'on_hold', 'reopened'],
    },
  },
  reopen_rate: { reopenCount: { filterType: 'number', type: 'greaterThan', filter: 0 } },
  repeat_complaint_rate: { type: { filterType: 'set', values: ['complaint'] }, isRepeat: yes() },
  complaint_rate: { type: { filterType: 'set', values: ['complaint'] } },
  callback_72h_rate: { resolutionH: notBlank },
  csat_avg: { csat: notBlank },
  csat_pct: { csat: notBlank },
  nps: { nps: notBlank },
  ces_avg: { ces: notBlank },
};

/** The ticket filter of a ticket KPI; null for the KPIs of other sources, whose records are not tickets. */
export const kpiFilter = (id: KpiId): DrillFilter | null =>
  KPI_CATALOG[id].source === 'tickets' ? KPI_FILTER[id as TicketKpiId] : null;

/** Where the records behind a KPI of another source are listed. */
const AREA_HREF: Record<Exclude<KpiSource, 'tickets'>, string> = {
  audits: '#/audits',
  training: '#/training',
  surveys: '#/surveys/servqual',
  mystery: '#/mystery',
};

/** The area view listing a non-ticket KPI's records; null for a ticket KPI (its drill is the ticket grid). */
export const kpiAreaHref = (id: KpiId): string | null => {
  const { source } = KPI_CATALOG[id];
  return source === 'tickets' ? null : AREA_HREF[source];
};

/**
 * Where a tile drills to: the ticket grid filtered to the period, scope and the KPI's tickets for a ticket KPI; the
 * area's own view for the others, never a ticket filter that does not describe their records.
 */
export function kpiDrillHref(id: KpiId, period: { from: string; to: string }, scope: KpiScope): string {
  return (
    kpiAreaHref(id) ??
    ticketsDrillHref({ ...createdBetween(period.from, period.to), ...scopeFilter(scope), ...kpiFilter(id) })
  );
}
