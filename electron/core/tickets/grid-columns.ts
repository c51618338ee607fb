import type { TICKET_GRID_COLUMNS } from '../../../shared/schemas/tickets.ts';

export type GridColumn = (typeof TICKET_GRID_COLUMNS)[number];

/**
 * How a column may be filtered:
 *   number - number filter, set of numbers        text - text filter
 *   enum   - set of stored ids, text filter        date - date filter (local days of the workspace zone)
 *   ref    - set of referenced ids (category: a parent includes its children), text filter on the referenced names
 *   bool   - set of 'true' / 'false' / '' (blank), number filter 1 / 0
 */
export type ColumnKind = 'number' | 'text' | 'enum' | 'ref' | 'date' | 'bool';

/** Expressions of a boolean column for each set value; `now` is the placeholder of the query's current time. */
export interface BoolExprs {
  yes: (now: string) => string;
  no: (now: string) => string;
  blank: (now: string) => string;
}

export interface RefSpec {
  /** The foreign-key column on tickets. */
  key: string;
  /** Referenced ids whose names match `cond` (a condition over the alias r). */
  lookup: (cond: (nameExpr: string) => string) => string;
  /** Categories: a chosen parent stands for its children too. */
  tree?: boolean;
}

export interface ColumnSpec {
  kind: ColumnKind;
  /** Value shown in the grid (select list). `now` / `lang`: placeholders of the query's time and language. */
  select: (now: string, lang: string) => string;
  /** Expression compared by filters; number filters multiply the user's value by `scale` first. */
  value: string;
  scale?: number;
  /**
   * Sort key. Reference columns sort by the referenced id (their code order), not the display name, so a sort walks
   * an index instead of sorting a million looked-up names - and rows of one outlet or customer stay together.
   */
  sort: (now: string) => string;
  ref?: RefSpec;
  bool?: BoolExprs;
}

const plain = (kind: ColumnKind, expr: string): ColumnSpec => ({ kind, select: () => expr, value: expr, sort: () => expr });

const nameOf = (table: string, nameCol: string, key: string): string =>
  `(SELECT r.${nameCol} FROM ${table} r WHERE r.id = t.${key})`;

/** A reference column: the name of the referenced record, filtered by id or by name/code. */
const reference = (table: string, key: string, nameCol: string, codeCol: string): ColumnSpec => ({
  kind: 'ref',
  select: () => nameOf(table, nameCol, key),
  value: `t.${key}`,
  sort: () => `t.${key}`,
  ref: { key: `t.${key}`, lookup: (cond) => `SELECT r.id FROM ${table} r WHERE ${cond(`r.${nameCol}`)} OR ${cond(`r.${codeCol}`)}` },
});

/**
 * A running clock is breached once its stored due instant has passed; a stopped one carries its verdict. Written so
 * that the running branch can use its small partial index (tickets_*_running).
 */
const breached = (clock: 'response' | 'resolution'): ColumnSpec => {
  const verdict = `t.${clock}_breached`;
  const running = `t.${clock}_ms IS NULL`;
  const due = `t.${clock}_due_at`;
  const bool: BoolExprs = {
    yes: (now) => `(${verdict} = 1 OR (${running} AND ${due} < ${now}))`,
    no: (now) => `(${verdict} = 0 OR (${running} AND ${due} >= ${now}))`,
    blank: () => `(${running} AND ${due} IS NULL)`,
  };
  const expr = (now: string): string => `(CASE WHEN ${running} THEN (CASE WHEN ${due} IS NULL THEN NULL ELSE ${due} < ${now} END) ELSE ${verdict} END)`;
  return { kind: 'bool', select: expr, value: verdict, sort: expr, bool };
};

/** The whitelist: the only columns, and the only SQL, the grid can reach. */
export const GRID_COLUMNS: Record<GridColumn, ColumnSpec> = {
  id: plain('number', 't.id'),
  externalId: plain('text', 't.external_id'),
  createdAt: plain('date', 't.created_at'),
  channel: plain('enum', 't.channel'),
  type: plain('enum', 't.type'),
  category: {
    kind: 'ref',
    select: (_now, lang) =>
      `(SELECT CASE WHEN ${lang} = 'en' THEN r.name_en ELSE r.name_zh END FROM categories r WHERE r.id = t.category_id)`,
    value: 't.category_id',
    sort: () => 't.category_id',
    ref: {
      key: 't.category_id',
      lookup: (cond) => `SELECT r.id FROM categories r WHERE ${cond('r.name_zh')} OR ${cond('r.name_en')} OR ${cond('r.code')}`,
      tree: true,
    },
  },
  tier: plain('number', 't.tier'),
  outlet: reference('outlets', 'outlet_id', 'name', 'code'),
  team: reference('teams', 'team_id', 'name', 'code'),
  assignee: reference('staff', 'assignee_id', 'name', 'employee_no'),
  customer: reference('customers', 'customer_id', 'name', 'code'),
  segment: {
    kind: 'enum',
    select: () => nameOf('customers', 'segment', 'customer_id'),
    value: nameOf('customers', 'segment', 'customer_id'),
    sort: () => nameOf('customers', 'segment', 'customer_id'),
    ref: { key: 't.customer_id', lookup: (cond) => `SELECT r.id FROM customers r WHERE ${cond('r.segment')}` },
  },
  product: reference('products', 'product_id', 'name', 'code'),
  subject: plain('text', 't.subject'),
  status: plain('enum', 't.status'),
  firstResponseMin: {
    kind: 'number',
    select: () => '((t.first_response_at - t.created_at) / 60000.0)',
    value: '(t.first_response_at - t.created_at)',
    scale: 60_000,
    sort: () => '(t.first_response_at - t.created_at)',
  },
  resolutionH: {
    kind: 'number',
    select: () => '((t.resolved_at - t.created_at) / 3600000.0)',
    value: '(t.resolved_at - t.created_at)',
    scale: 3_600_000,
    sort: () => '(t.resolved_at - t.created_at)',
  },
  responseDueAt: plain('date', 't.response_due_at'),
  resolutionDueAt: plain('date', 't.resolution_due_at'),
  responseBreached: breached('response'),
  resolutionBreached: breached('resolution'),
  csat: plain('number', 't.csat'),
  nps: plain('number', 't.nps'),
  ces: plain('number', 't.ces'),
  reopenCount: plain('number', 't.reopen_count'),
  fcr: {
    ...plain('bool', 't.fcr'),
    bool: { yes: () => 't.fcr = 1', no: () => 't.fcr = 0', blank: () => 't.fcr IS NULL' },
  },
  isRepeat: {
    ...plain('bool', '(t.repeat_of_id IS NOT NULL)'),
    bool: { yes: () => 't.repeat_of_id IS NOT NULL', no: () => 't.repeat_of_id IS NULL', blank: () => '0' },
  },
  closedAt: plain('date', 't.closed_at'),
};
