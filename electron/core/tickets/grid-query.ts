import type { ParsedInput } from '../../../shared/api.ts';
import type { Language } from '../../../shared/domain/enums.ts';
import type { TicketQuery, TicketRow } from '../../../shared/schemas/tickets.ts';
import type { Db } from '../db/open.ts';
import { ensureIndexes } from '../sla/bulk-indexes.ts';
import { countCached } from './count-cache.ts';
import { GRID_COLUMNS, type GridColumn } from './grid-columns.ts';
import { filterCondition } from './grid-filters.ts';
import { countSource, defaultOrder, queueCondition } from './grid-queues.ts';
import { like, likeLiteral, SqlParams } from './sql-params.ts';
import { searchTerms, TextSearch } from './text-search.ts';

/** A query turned into SQL: WHERE and ORDER BY built only from whitelisted fragments, every value bound. */
export interface BuiltQuery {
  /** Table expression of the count (see countSource). */
  countFrom: string;
  where: string;
  /** The same condition with a quick search's text index as a filter only (see TextSearch.candidates); else `where`. */
  scanWhere: string;
  orderBy: string;
  params: SqlParams;
  /** Placeholders of the current time and the label language, for select lists. */
  now: string;
  lang: string;
}

export interface BuildOptions {
  timeZone: string;
  now: number;
  language: Language;
}

export function buildQuery(db: Db, query: TicketQuery, options: BuildOptions): BuiltQuery {
  const params = new SqlParams();
  const now = params.bind(options.now);
  const lang = params.bind(options.language);
  const search = new TextSearch(db, params);
  const conditions: string[] = [];
  const queue = queueCondition(query.queue, now);
  if (queue) conditions.push(queue);
  for (const [column, filter] of Object.entries(query.filter)) {
    if (!filter) continue;
    const cond = filterCondition(column as GridColumn, filter, { params, now, timeZone: options.timeZone, search });
    if (cond) conditions.push(cond);
  }
  const terms = searchTerms(query.quickSearch);
  let scanned: string | null = null;
  if (terms.length > 0) {
    // Every word in the subject or the description.
    const verify = terms
      .map((term) => {
        const p = params.bind(`%${likeLiteral(term)}%`);
        return `(${like('t.subject', p)} OR ${like('t.description', p)})`;
      })
      .join(' AND ');
    scanned = search.candidates(terms, `(${verify})`, false);
    conditions.push(search.candidates(terms, `(${verify})`));
  }
  const orderBy =
    query.sort.length === 0
      ? defaultOrder(query.queue)
      : [
          ...query.sort.map((s) => `${GRID_COLUMNS[s.colId].sort(now)} ${s.sort === 'asc' ? 'ASC' : 'DESC'}`),
          // A unique tie-breaker in the direction of the last key, so pages never overlap and an index on
          // (key, rowid) serves the whole order.
          `t.id ${query.sort[query.sort.length - 1]!.sort === 'asc' ? 'ASC' : 'DESC'}`,
        ].join(', ');
  const and = (cs: string[]): string => (cs.length === 0 ? '1' : cs.map((c) => `(${c})`).join(' AND '));
  const where = and(conditions);
  const scanWhere = scanned === null ? where : and([...conditions.slice(0, -1), scanned]);
  const openIndexed = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'tickets_open_created'").get() !== undefined;
  return { countFrom: countSource(query.queue, openIndexed), where, scanWhere, orderBy, params, now, lang };
}

/** Select list of a grid row, in TicketRow's order. */
function selectList(b: BuiltQuery): string {
  return (Object.keys(GRID_COLUMNS) as GridColumn[]).map((c) => `${GRID_COLUMNS[c].select(b.now, b.lang)} AS "${c}"`).join(', ');
}

type RawRow = Record<GridColumn, unknown>;

const BOOLEAN_COLUMNS: readonly GridColumn[] = ['responseBreached', 'resolutionBreached', 'fcr', 'isRepeat'];

function toRow(r: RawRow): TicketRow {
  const out = { ...r } as Record<string, unknown>;
  for (const c of BOOLEAN_COLUMNS) out[c] = r[c] === null ? null : r[c] === 1;
  out['isRepeat'] = r.isRepeat === 1;
  return out as TicketRow;
}

/** Ids of one page, in order; `scan`: use `scanWhere`. */
export function pageIds(db: Db, b: BuiltQuery, offset: number, limit: number, scan = false): number[] {
  const sql = 'SELECT t.id FROM tickets t WHERE ' + (scan ? b.scanWhere : b.where) + ' ORDER BY ' + b.orderBy + ' LIMIT @limit OFFSET @offset';
  return db
    .prepare(sql)
    .pluck()
    .all({ ...b.params.values, limit, offset }) as number[];
}

/** Grid rows of the given ids, in the given order. */
export function rowsOf(db: Db, b: BuiltQuery, ids: readonly number[]): TicketRow[] {
  if (ids.length === 0) return [];
  const sql = 'SELECT ' + selectList(b) + ' FROM tickets t WHERE t.id IN (SELECT value FROM json_each(@ids))';
  const rows = db.prepare(sql).all({ ...b.params.values, ids: JSON.stringify(ids) }) as RawRow[];
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is RawRow => r !== undefined).map(toRow);
}

export function countRows(db: Db, b: BuiltQuery): number {
  const sql = 'SELECT count(*) FROM ' + b.countFrom + ' WHERE ' + b.where;
  return countCached(db, sql, b.params.values, [b.now], () => db.prepare(sql).pluck().get(b.params.values) as number);
}

/**
 * One block of the grid (AG Grid infinite row model). The page is found first as bare ids - sorting carries only
 * the sort keys and the id - and only its rows are then looked up with their labels.
 */
export function queryTickets(
  db: Db,
  input: Pick<ParsedInput<'tickets.query'>, 'query' | 'startRow' | 'endRow'>,
  options: BuildOptions,
): { rows: TicketRow[]; total: number } {
  ensureIndexes(db);
  const built = buildQuery(db, input.query, options);
  const total = countRows(db, built);
  // A frequent word in the newest-first order: walking the creation-time index meets a page of matches long before
  // the index's candidates would all be sorted. Rare words, and other orders, start from the candidates.
  const { sort, queue } = input.query;
  const newestFirst =
    (sort.length === 0 && queue !== 'breaching_soon' && queue !== 'callbacks_due') || (sort.length === 1 && sort[0]!.colId === 'createdAt');
  const scan = built.scanWhere !== built.where && newestFirst && total > SCAN_FROM;
  // Past the end (no match at all, or a block after the last row) there is nothing to look for.
  const ids = input.startRow >= total ? [] : pageIds(db, built, input.startRow, input.endRow - input.startRow, scan);
  return { rows: rowsOf(db, built, ids), total };
}

/** Matches of a quick search from which a newest-first page walks the creation-time index. */
const SCAN_FROM = 5_000;
