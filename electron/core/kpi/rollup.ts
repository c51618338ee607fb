import { addDays, dayNumber, isoOfDay } from '../../../shared/domain/kpi-period.ts';
import type { Db } from '../db/open.ts';
import { localToUtc, zoneOffsetMs } from '../../../shared/domain/zoned-time.ts';
import type { SparseHistogram } from './histogram.ts';
import { addTicket, cellSums, COUNTER_FIELDS, type Sums, type TicketFacts } from './sums.ts';
import { allTicketFacts, ticketFacts } from './ticket-rows.ts';

const DAY_MS = 86_400_000;
const SLOT_MS = 900_000;
const MAX_DIRTY_DAYS = 90;

/** Dimensions kept in the rollup, with the fact each is keyed by (TicketFacts index). */
export const ROLLUP_DIMS = {
  org: -1,
  outlet: 3,
  team: 4,
  channel: 6,
  category: 7,
  category_group: 8,
  segment: 9,
} as const;
export type RollupDim = keyof typeof ROLLUP_DIMS;
const DIM_ENTRIES = Object.entries(ROLLUP_DIMS) as [RollupDim, number][];
/** day * 4 + tier - 1 stays below this for any day before 2100. */
const DAY_TIER_SPAN = 200_000;

/** Zone offsets per quarter hour, kept across calls: Intl's lookup costs microseconds, a request needs thousands. */
const OFFSETS = new Map<string, Map<number, number>>();
const MAX_CACHED_SLOTS = 1_000_000;

/** Local day number (days since 1970-01-01) of an instant; zone offsets are looked up once per quarter hour. */
export function dayCutter(timeZone: string): (at: number) => number {
  let offsets = OFFSETS.get(timeZone);
  if (!offsets || offsets.size > MAX_CACHED_SLOTS) {
    offsets = new Map();
    OFFSETS.set(timeZone, offsets);
  }
  const cache = offsets;
  return (at) => {
    const slot = Math.floor(at / SLOT_MS);
    let offset = cache.get(slot);
    if (offset === undefined) {
      offset = zoneOffsetMs(timeZone, slot * SLOT_MS);
      cache.set(slot, offset);
    }
    return Math.floor((at + offset) / DAY_MS);
  };
}

/** UTC instant of the local midnight starting a day number. */
export function dayStart(timeZone: string, day: number): number {
  const [y, m, d] = isoOfDay(day).split('-').map(Number) as [number, number, number];
  return localToUtc(timeZone, y, m, d, 0);
}

/** UTC [from, to) of local days fromDay..toDay (YYYY-MM-DD, inclusive). */
export const dayRangeUtc = (timeZone: string, fromDay: string, toDay: string): [number, number] => [
  dayStart(timeZone, dayNumber(fromDay)),
  dayStart(timeZone, dayNumber(addDays(toDay, 1))),
];

export interface Cell {
  dim: RollupDim;
  key: string;
  day: number;
  tier: number;
  sums: Sums<SparseHistogram>;
}

/**
 * Cells of every rollup dimension, fed ticket by ticket (a full build feeds it chunk by chunk between yields). Keys
 * are numbers (value index × span + day × 4 + tier): a million tickets make seven million lookups, and string keys
 * would double the time.
 */
export class CellAggregator {
  private readonly dims = DIM_ENTRIES.map(([dim, index]) => ({
    dim,
    index,
    values: new Map<unknown, number>(),
    cells: new Map<number, Cell>(),
  }));

  constructor(private readonly cut: (at: number) => number) {}

  add(f: TicketFacts): void {
    const day = this.cut(f[0]);
    const tier = f[1];
    const dayTier = day * 4 + tier - 1;
    for (const d of this.dims) {
      const raw = d.index < 0 ? '' : f[d.index];
      if (raw === null) continue;
      let value = d.values.get(raw);
      if (value === undefined) {
        value = d.values.size;
        d.values.set(raw, value);
      }
      const id = value * DAY_TIER_SPAN + dayTier;
      let cell = d.cells.get(id);
      if (!cell) {
        cell = { dim: d.dim, key: String(raw), day, tier, sums: cellSums() };
        d.cells.set(id, cell);
      }
      addTicket(cell.sums, f);
    }
  }

  cells(): Cell[] {
    return this.dims.flatMap((d) => [...d.cells.values()]);
  }
}

function aggregate(facts: Iterable<TicketFacts>, cut: (at: number) => number): Cell[] {
  const aggregator = new CellAggregator(cut);
  for (const f of facts) aggregator.add(f);
  return aggregator.cells();
}

const COLUMNS = [
  'n',
  'complaints',
  'repeat_complaints',
  'fr_n',
  'fr_sum_min',
  'res_n',
  'res_sum_h',
  'fcr_n',
  'fcr_yes',
  'reopened',
  'callback_ok',
  'sla_resp_n',
  'sla_resp_met',
  'sla_res_n',
  'sla_res_met',
  'csat_n',
  'csat_sum',
  'csat_top',
  'nps_n',
  'nps_pro',
  'nps_det',
  'ces_n',
  'ces_sum',
] as const;
/** Rollup columns of the counters, in COUNTER_FIELDS order. */
export const COUNTER_COLUMNS: string = COLUMNS.join(', ');

const INSERT_SQL = `INSERT INTO kpi_rollup (dim, key, day, tier, ${COUNTER_COLUMNS}, fr_hist, res_hist)
  VALUES (${Array.from({ length: COLUMNS.length + 6 }, () => '?').join(', ')})`;

export function writeCells(db: Db, cells: readonly Cell[]): void {
  const insert = db.prepare(INSERT_SQL);
  for (const { dim, key, day, tier, sums } of cells) {
    insert.run(
      dim,
      key,
      day,
      tier,
      ...COUNTER_FIELDS.map((f) => sums[f]),
      sums.frHist.toBlob(),
      sums.resHist.toBlob(),
    );
  }
}

/** Consecutive day numbers merged into [first, last] runs. */
function runs(days: number[]): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const day of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === day - 1) last[1] = day;
    else out.push([day, day]);
  }
  return out;
}

export interface RefreshResult {
  mode: 'none' | 'days' | 'full';
  days: number;
}

/** What bringing the rollup up to date takes: nothing, some local days again, or everything. */
export type RollupPlan = { mode: 'none' } | { mode: 'days'; runs: [number, number][] } | { mode: 'full' };

/**
 * Everything again when it was never built, the zone changed or a regrouping change happened; past a few months of
 * changed days (an SLA recompute touches every ticket) too, as the join-free full scan is then faster; otherwise
 * only the local days holding changed tickets.
 */
export function rollupPlan(db: Db, timeZone: string): RollupPlan {
  const state = db.prepare('SELECT time_zone, built FROM kpi_rollup_state WHERE id = 1').get() as {
    time_zone: string | null;
    built: number;
  };
  if (state.built !== 1 || state.time_zone !== timeZone) return { mode: 'full' };
  const slots = db.prepare('SELECT slot FROM kpi_dirty').pluck().all() as number[];
  if (slots.length === 0) return { mode: 'none' };
  const cut = dayCutter(timeZone);
  const dayRuns = runs(slots.map((slot) => cut(slot * SLOT_MS)));
  const dirtyDays = dayRuns.reduce((sum, [first, last]) => sum + last - first + 1, 0);
  return dirtyDays <= MAX_DIRTY_DAYS ? { mode: 'days', runs: dayRuns } : { mode: 'full' };
}

/** Aggregates the tickets of the planned days again and replaces their cells; one transaction. */
export function refreshDays(db: Db, timeZone: string, dayRuns: readonly [number, number][]): RefreshResult {
  const cut = dayCutter(timeZone);
  return db.transaction((): RefreshResult => {
    const remove = db.prepare('DELETE FROM kpi_rollup WHERE day BETWEEN ? AND ?');
    let count = 0;
    for (const [first, last] of dayRuns) {
      const cells = aggregate(ticketFacts(db, dayStart(timeZone, first), dayStart(timeZone, last + 1)), cut);
      remove.run(first, last);
      writeCells(db, cells);
      count += last - first + 1;
    }
    db.prepare('DELETE FROM kpi_dirty').run();
    return { mode: 'days', days: count };
  })();
}

/**
 * Replaces the whole rollup with `cells` and marks it built for `timeZone`. Quarter hours marked dirty while the
 * cells were gathered stay marked, so the next refresh takes up changes the build may have missed.
 */
export function replaceRollup(db: Db, timeZone: string, cells: readonly Cell[]): RefreshResult {
  return db.transaction((): RefreshResult => {
    db.prepare('DELETE FROM kpi_rollup').run();
    writeCells(db, cells);
    db.prepare('UPDATE kpi_rollup_state SET time_zone = ?, built = 1 WHERE id = 1').run(timeZone);
    return { mode: 'full', days: new Set(cells.map((c) => c.day)).size };
  })();
}

/**
 * Brings the rollup up to date with the tickets in one synchronous pass (the CLI, benchmarks, small workspaces);
 * the app builds a large one as a job (rollup-build.ts).
 */
export function refreshRollup(db: Db, timeZone: string): RefreshResult {
  const plan = rollupPlan(db, timeZone);
  if (plan.mode === 'none') return { mode: 'none', days: 0 };
  if (plan.mode === 'days') return refreshDays(db, timeZone, plan.runs);
  db.prepare('DELETE FROM kpi_dirty').run();
  return replaceRollup(db, timeZone, aggregate(allTicketFacts(db), dayCutter(timeZone)));
}
