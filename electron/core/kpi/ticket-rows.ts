import type { ScopeDim } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import type { TicketFacts } from './sums.ts';

/** The facts of each ticket, in TicketFacts order; `t` is tickets, `g` its category, `c` its customer. */
const FACTS_SELECT = `
  SELECT t.created_at, t.tier, t.type = 'complaint', t.outlet_id, t.team_id, t.assignee_id, t.channel, t.category_id,
    COALESCE(g.parent_id, t.category_id), c.segment,
    t.first_response_at - t.created_at, t.resolved_at - t.created_at, t.fcr, t.reopen_count > 0,
    t.repeat_of_id IS NOT NULL, t.callback_at - t.resolved_at, t.response_breached, t.resolution_breached,
    t.csat, t.nps, t.ces
  FROM tickets t
  LEFT JOIN categories g ON g.id = t.category_id
  LEFT JOIN customers c ON c.id = t.customer_id`;

/**
 * The only conditions a scope can put on tickets (a whitelist: the key is always a bound parameter). A top-level
 * category stands for its children too, as in the ticket grid.
 */
const SCOPE_CONDITION: Record<ScopeDim, string> = {
  org: '1 = 1',
  outlet: 't.outlet_id = @key',
  team: 't.team_id = @key',
  agent: 't.assignee_id = @key',
  channel: 't.channel = @key',
  category: 't.category_id IN (SELECT id FROM categories WHERE id = @key OR parent_id = @key)',
  segment: 't.customer_id IN (SELECT id FROM customers WHERE segment = @key)',
};

const perScope = (sql: (cond: string) => string) =>
  Object.fromEntries(Object.entries(SCOPE_CONDITION).map(([dim, cond]) => [dim, sql(cond)])) as Record<
    ScopeDim,
    string
  >;

/** The statements of each scope, built once from the whitelist above. */
const FACTS_SQL = perScope(
  (cond) => `${FACTS_SELECT} WHERE t.created_at >= @from AND t.created_at < @to AND ${cond}`,
);
const overdueSql = (clock: 'response' | 'resolution') =>
  perScope(
    (cond) => `SELECT t.created_at, t.tier FROM tickets t
       WHERE t.${clock}_ms IS NULL AND t.${clock}_due_at < @now AND +t.created_at >= @from AND +t.created_at < @to AND ${cond}`,
  );
/** Complaints by category (the Pareto chart). */
export const PARETO_SQL = perScope(
  (cond) => `SELECT t.category_id AS categoryId, g.name_zh AS nameZh, g.name_en AS nameEn, count(*) AS count
     FROM tickets t LEFT JOIN categories g ON g.id = t.category_id
     WHERE t.type = 'complaint' AND t.created_at >= @from AND t.created_at < @to AND ${cond}
     GROUP BY t.category_id ORDER BY count DESC, t.category_id`,
);
/** The time a ticket's X̄-R sample measures (whitelisted expressions, never text from a caller). */
const SAMPLED = {
  first_response: '(t.first_response_at - t.created_at) / 60000.0',
  resolution: '(t.resolved_at - t.created_at) / 3600000.0',
} as const;
export type SampledTime = keyof typeof SAMPLED;
const sampleSql = (measure: SampledTime) =>
  perScope(
    (cond) => `SELECT ${SAMPLED[measure]} FROM tickets t
       WHERE t.created_at >= @from AND t.created_at < @to AND ${SAMPLED[measure]} IS NOT NULL AND ${cond}
       ORDER BY t.created_at, t.id LIMIT @n`,
  );
const SAMPLE_SQL = { first_response: sampleSql('first_response'), resolution: sampleSql('resolution') };

const OVERDUE_SQL = { response: overdueSql('response'), resolution: overdueSql('resolution') };

/** Scope keys of id dimensions are bound as integers so that the comparison can use the indexes. */
export const scopeKeyParam = (dim: ScopeDim, key: string): string | number =>
  dim === 'channel' || dim === 'segment' ? key : Number(key);

/** Facts of the tickets created in [from, to) (UTC ms), optionally within a scope. */
export function ticketFacts(
  db: Db,
  from: number,
  to: number,
  scope?: { dim: ScopeDim; key: string },
): IterableIterator<TicketFacts> {
  const params: Record<string, number | string> = { from, to };
  if (scope && scope.dim !== 'org') params['key'] = scopeKeyParam(scope.dim, scope.key);
  return db
    .prepare(FACTS_SQL[scope?.dim ?? 'org'])
    .raw(true)
    .iterate(params) as IterableIterator<TicketFacts>;
}

/** Facts of every ticket without the joins: category and customer ids in the places of group and segment. */
const ALL_FACTS_SQL = `
  SELECT t.created_at, t.tier, t.type = 'complaint', t.outlet_id, t.team_id, t.assignee_id, t.channel, t.category_id,
    t.category_id, t.customer_id,
    t.first_response_at - t.created_at, t.resolved_at - t.created_at, t.fcr, t.reopen_count > 0,
    t.repeat_of_id IS NOT NULL, t.callback_at - t.resolved_at, t.response_breached, t.resolution_breached,
    t.csat, t.nps, t.ces
  FROM tickets t`;

/** Category group and customer segment put in the places of the category and customer ids of a join-free row. */
function regrouper(db: Db): (row: TicketFacts) => TicketFacts {
  const parents = new Map(
    (db.prepare('SELECT id, parent_id FROM categories').raw(true).all() as [number, number | null][]).map(
      ([id, parent]) => [id, parent ?? id],
    ),
  );
  const segments = new Map(
    db.prepare('SELECT id, segment FROM customers').raw(true).all() as [number, string][],
  );
  return (row) => {
    row[8] = row[7] === null ? null : (parents.get(row[7]) ?? row[7]);
    row[9] = row[9] === null ? null : (segments.get(row[9] as unknown as number) ?? null);
    return row;
  };
}

/**
 * Facts of every ticket, in storage order (the rollup's full build). Category groups and customer segments come
 * from maps read first: over a million rows the two joins would cost more than the rest of the scan.
 */
export function* allTicketFacts(db: Db): Generator<TicketFacts> {
  const regroup = regrouper(db);
  for (const row of db.prepare(ALL_FACTS_SQL).raw(true).iterate() as IterableIterator<TicketFacts>) {
    yield regroup(row);
  }
}

/** The same facts with the ticket id after them (read past by the aggregation), a chunk after a given id. */
const CHUNK_SQL = `${ALL_FACTS_SQL.replace(/\n\s*FROM tickets t$/, ', t.id FROM tickets t')} WHERE t.id > ? ORDER BY t.id LIMIT ?`;
const ID_COLUMN = 21;

/**
 * Facts of every ticket as chunks of `size` in id order, each read in full before it is handed out: a job that
 * yields to the host between chunks must not keep a statement open, or every other call on the connection fails.
 */
export function* ticketFactChunks(db: Db, size: number): Generator<TicketFacts[]> {
  const regroup = regrouper(db);
  const chunk = db.prepare(CHUNK_SQL).raw(true);
  for (let after = 0; ;) {
    const rows = chunk.all(after, size) as TicketFacts[];
    if (rows.length === 0) return;
    after = (rows[rows.length - 1] as unknown as number[])[ID_COLUMN] as number;
    yield rows.map(regroup);
  }
}

/**
 * Running SLA clocks whose due instant has passed are breaches already, though not yet stopped: tickets created in
 * [from, to) with such a clock, within a scope. Small (open tickets only); served by the partial indexes on running
 * clocks - the unary + keeps the planner off the created_at index, which would scan the whole period.
 */
export function overdueRunningClocks(
  db: Db,
  clock: 'response' | 'resolution',
  now: number,
  from: number,
  to: number,
  scope: { dim: ScopeDim; key: string },
): { created_at: number; tier: number }[] {
  const params: Record<string, number | string> = { now, from, to };
  if (scope.dim !== 'org') params['key'] = scopeKeyParam(scope.dim, scope.key);
  return db.prepare(OVERDUE_SQL[clock][scope.dim]).all(params) as { created_at: number; tier: number }[];
}

/** The first `n` tickets created in [from, to) within a scope that have the measured time (an X̄-R subgroup). */
export function sampleTimes(
  db: Db,
  measure: SampledTime,
  from: number,
  to: number,
  n: number,
  scope: { dim: ScopeDim; key: string },
): number[] {
  const params: Record<string, number | string> = { from, to, n };
  if (scope.dim !== 'org') params['key'] = scopeKeyParam(scope.dim, scope.key);
  return db.prepare(SAMPLE_SQL[measure][scope.dim]).pluck().all(params) as number[];
}
