import type { Settings } from '../../../shared/schemas/workspace.ts';
import type { Db } from '../db/open.ts';
import { timelineFor } from './calendar.ts';
import type { Pause } from './clock.ts';
import { measureStored, type ClockFacts, type MeasureContext, type SlaColumns } from './measure.ts';
import { allTargets, currentVersion, longestBusinessMinutes, type TargetsByTier } from './policy.ts';

/** One ticket row as the measuring step reads it, with the SLA columns it currently holds. */
export interface FactsRow {
  id: number;
  tier: number;
  created_at: number;
  first_response_at: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  status: string;
  updated_at: number;
  sla_version: number | null;
  response_due_at: number | null;
  resolution_due_at: number | null;
  response_warn_at: number | null;
  resolution_warn_at: number | null;
  response_ms: number | null;
  resolution_ms: number | null;
  response_breached: number | null;
  resolution_breached: number | null;
}

/** A row read in raw mode, columns in FactsRow's order (the SELECTs list them in that order). */
export const factsFromRaw = (r: unknown[]): FactsRow => ({
  id: r[0] as number,
  tier: r[1] as number,
  created_at: r[2] as number,
  first_response_at: r[3] as number | null,
  resolved_at: r[4] as number | null,
  closed_at: r[5] as number | null,
  status: r[6] as string,
  updated_at: r[7] as number,
  sla_version: r[8] as number | null,
  response_due_at: r[9] as number | null,
  resolution_due_at: r[10] as number | null,
  response_warn_at: r[11] as number | null,
  resolution_warn_at: r[12] as number | null,
  response_ms: r[13] as number | null,
  resolution_ms: r[14] as number | null,
  response_breached: r[15] as number | null,
  resolution_breached: r[16] as number | null,
});

const DAY_MS = 86_400_000;

/**
 * Everything needed to measure many tickets: the targets of every policy version and one working timeline. The
 * timeline is widened (rebuilt, a few milliseconds) when a batch reaches past it, e.g. data with future dates.
 */
export class SlaMeasurer {
  readonly current: number;
  private readonly targets: Map<number, TargetsByTier>;
  private readonly longest: number;
  private ctx: MeasureContext;
  private from: number;
  private to: number;

  constructor(
    db: Db,
    private readonly settings: Settings,
    from: number,
    to: number,
  ) {
    this.current = currentVersion(db);
    this.targets = allTargets(db);
    this.longest = longestBusinessMinutes(this.targets);
    this.from = from;
    this.to = to;
    this.ctx = this.context();
  }

  private context(): MeasureContext {
    return {
      timeline: timelineFor(this.settings, this.from, this.to, this.longest),
      pauseStatuses: new Set(this.settings.pauseStatuses),
      threshold: this.settings.escalationThreshold,
    };
  }

  /** Make sure instants from `from` to `to` are inside the timeline. */
  cover(from: number, to: number): void {
    if (from >= this.from && to <= this.to) return;
    this.from = Math.min(this.from, from);
    this.to = Math.max(this.to, to + 30 * DAY_MS);
    this.ctx = this.context();
  }

  get measureContext(): MeasureContext {
    return this.ctx;
  }

  /** Columns for one ticket under `version` (its own, or the current one). */
  measure(row: FactsRow, version: number, pauses: readonly Pause[]): SlaColumns {
    const byTier = this.targets.get(version) ?? this.targets.get(this.current);
    const targets = byTier?.get(row.tier);
    if (!targets) throw new Error(`no SLA target for tier ${row.tier} in version ${version}`);
    return measureStored(targets, this.ctx, factsOf(row, pauses));
  }
}

export const factsOf = (row: FactsRow, pauses: readonly Pause[]): ClockFacts => ({
  tier: row.tier,
  createdAt: row.created_at,
  firstResponseAt: row.first_response_at,
  resolvedAt: row.resolved_at,
  closedAt: row.closed_at,
  status: row.status,
  updatedAt: row.updated_at,
  pauses,
});

/** Pause rows of tickets with ids in [fromId, toId], by ticket. */
export function pausesBetween(db: Db, fromId: number, toId: number): Map<number, Pause[]> {
  const rows = db
    .prepare(
      'SELECT ticket_id, start_at, end_at FROM ticket_pauses WHERE ticket_id BETWEEN ? AND ? ORDER BY ticket_id, start_at',
    )
    .all(fromId, toId) as { ticket_id: number; start_at: number; end_at: number | null }[];
  const out = new Map<number, Pause[]>();
  for (const r of rows) {
    let list = out.get(r.ticket_id);
    if (!list) out.set(r.ticket_id, (list = []));
    list.push({ start: r.start_at, end: r.end_at });
  }
  return out;
}

/** Latest instant a row's clocks look at (its stops and pauses), to keep the timeline wide enough. */
export function latestInstant(row: FactsRow, pauses: readonly Pause[] | undefined): number {
  let latest = Math.max(
    row.created_at,
    row.updated_at,
    row.first_response_at ?? 0,
    row.resolved_at ?? 0,
    row.closed_at ?? 0,
  );
  for (const p of pauses ?? []) latest = Math.max(latest, p.end ?? p.start);
  return latest;
}

const same = (row: FactsRow, version: number, c: SlaColumns): boolean =>
  row.sla_version === version &&
  row.response_due_at === c.responseDueAt &&
  row.resolution_due_at === c.resolutionDueAt &&
  row.response_warn_at === c.responseWarnAt &&
  row.resolution_warn_at === c.resolutionWarnAt &&
  row.response_ms === c.responseMs &&
  row.resolution_ms === c.resolutionMs &&
  row.response_breached === c.responseBreached &&
  row.resolution_breached === c.resolutionBreached;

/**
 * Writes measured columns; rows whose columns are already right are skipped, so a second recompute costs reads
 * only. The measurement is derived data, not an edit: updated_at (optimistic concurrency) is left alone.
 */
export class SlaWriter {
  private readonly update;
  written = 0;

  constructor(db: Db) {
    this.update = db.prepare(
      `UPDATE tickets SET sla_version = ?, response_due_at = ?, resolution_due_at = ?, response_warn_at = ?,
         resolution_warn_at = ?, response_ms = ?, resolution_ms = ?, response_breached = ?, resolution_breached = ?
       WHERE id = ?`,
    );
  }

  write(row: FactsRow, version: number, c: SlaColumns): void {
    if (same(row, version, c)) return;
    this.update.run(
      version,
      c.responseDueAt,
      c.resolutionDueAt,
      c.responseWarnAt,
      c.resolutionWarnAt,
      c.responseMs,
      c.resolutionMs,
      c.responseBreached,
      c.resolutionBreached,
      row.id,
    );
    this.written++;
  }
}
