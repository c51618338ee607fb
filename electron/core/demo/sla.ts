import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { latestInstant, SlaMeasurer, type FactsRow } from '../sla/store.ts';
import type { Period } from './calendar.ts';
import { TICKET_COLUMNS } from './tickets.ts';

/** SLA columns the generator writes with each ticket, in the order `DemoSla.fill` puts them after TICKET_COLUMNS. */
export const SLA_COLUMNS = [
  'sla_version',
  'response_due_at',
  'resolution_due_at',
  'response_warn_at',
  'resolution_warn_at',
  'response_ms',
  'resolution_ms',
  'response_breached',
  'resolution_breached',
] as const;

const C = Object.fromEntries(TICKET_COLUMNS.map((c, i) => [c, i])) as Record<(typeof TICKET_COLUMNS)[number], number>;
const WIDTH = TICKET_COLUMNS.length;

/**
 * Measures each generated ticket as it is written, with the same code and the workspace's own policy and calendar as
 * `sla.recompute`: a fresh demo opens fully measured, and measuring in the insert costs a few seconds per million
 * instead of a second pass that reads and rewrites every row. Demo tickets have no pause rows; those standing in a
 * pause status are measured as paused since their last change, as imported ones are.
 */
export class DemoSla {
  private readonly measurer: SlaMeasurer;

  constructor(db: Db, period: Period) {
    this.measurer = new SlaMeasurer(db, getSettings(db), period.start, period.end);
  }

  /** Fill the SLA columns of the row that starts at `at` (TICKET_COLUMNS already written there). */
  fill(row: unknown[], at: number): void {
    const facts: FactsRow = {
      id: row[at + C.id] as number,
      tier: row[at + C.tier] as number,
      created_at: row[at + C.created_at] as number,
      first_response_at: row[at + C.first_response_at] as number | null,
      resolved_at: row[at + C.resolved_at] as number | null,
      closed_at: row[at + C.closed_at] as number | null,
      status: row[at + C.status] as string,
      updated_at: row[at + C.updated_at] as number,
      sla_version: null,
      response_due_at: null,
      resolution_due_at: null,
      response_warn_at: null,
      resolution_warn_at: null,
      response_ms: null,
      resolution_ms: null,
      response_breached: null,
      resolution_breached: null,
    };
    this.measurer.cover(facts.created_at, latestInstant(facts, undefined));
    const version = this.measurer.current;
    const c = this.measurer.measure(facts, version, []);
    const o = at + WIDTH;
    row[o] = version;
    row[o + 1] = c.responseDueAt;
    row[o + 2] = c.resolutionDueAt;
    row[o + 3] = c.responseWarnAt;
    row[o + 4] = c.resolutionWarnAt;
    row[o + 5] = c.responseMs;
    row[o + 6] = c.resolutionMs;
    row[o + 7] = c.responseBreached;
    row[o + 8] = c.resolutionBreached;
  }
}
