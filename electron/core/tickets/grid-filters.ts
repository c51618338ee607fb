import type { z } from 'zod';
import type { ColumnFilter } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { GRID_COLUMNS, type ColumnSpec, type GridColumn } from './grid-columns.ts';
import { parseLocalDate } from './local-dates.ts';
import { like, likeLiteral, type SqlParams } from './sql-params.ts';
import type { TextSearch } from './text-search.ts';

type Filter = z.infer<typeof ColumnFilter>;
type TextFilter = Extract<Filter, { filterType: 'text' }>;
type NumberFilter = Extract<Filter, { filterType: 'number' }>;
type DateFilter = Extract<Filter, { filterType: 'date' }>;
type SetFilter = Extract<Filter, { filterType: 'set' }>;

export interface FilterContext {
  params: SqlParams;
  /** Placeholder of the query's current time. */
  now: string;
  timeZone: string;
  search: TextSearch;
}

const ALLOWED: Record<ColumnSpec['kind'], readonly Filter['filterType'][]> = {
  number: ['number', 'set'],
  text: ['text'],
  enum: ['set', 'text'],
  ref: ['set', 'text'],
  date: ['date'],
  bool: ['set', 'number'],
};

const refuse = (column: string, message: string): never => {
  throw new QmFailure('INVALID_INPUT', `filter.${column}: ${message}`, { field: `filter.${column}` });
};

/** SQL condition for one column's filter, or null when the filter asks for nothing (e.g. an empty value). */
export function filterCondition(column: GridColumn, filter: Filter, ctx: FilterContext): string | null {
  const spec = GRID_COLUMNS[column];
  if (!ALLOWED[spec.kind].includes(filter.filterType)) {
    refuse(column, `a ${filter.filterType} filter does not apply to this column`);
  }
  switch (filter.filterType) {
    case 'text':
      return textCondition(column, spec, filter, ctx);
    case 'number':
      return numberCondition(column, spec, filter, ctx);
    case 'date':
      return dateCondition(column, spec, filter, ctx);
    case 'set':
      return setCondition(column, spec, filter, ctx);
  }
}

/** LIKE pattern of a text operation ('contains' → %v%), or null for operations that compare exactly. */
function pattern(type: TextFilter['type'], value: string): string | null {
  const v = likeLiteral(value);
  if (type === 'contains' || type === 'notContains') return `%${v}%`;
  if (type === 'startsWith') return `${v}%`;
  if (type === 'endsWith') return `%${v}`;
  return null;
}

/**
 * Text operations: contains / starts / ends use LIKE (case-insensitive for Latin letters, wildcards in the value
 * matched literally); equals / notEqual compare exactly, so an id or code lookup uses its index. "Not" operations
 * keep rows where the column is empty, as AG Grid does.
 */
function textCondition(column: GridColumn, spec: ColumnSpec, f: TextFilter, ctx: FilterContext): string | null {
  const { params } = ctx;
  const expr = spec.ref ? null : spec.value;
  if (f.type === 'blank') return expr ? `(${expr} IS NULL OR ${expr} = '')` : `${spec.ref!.key} IS NULL`;
  if (f.type === 'notBlank') return expr ? `(${expr} IS NOT NULL AND ${expr} <> '')` : `${spec.ref!.key} IS NOT NULL`;
  const value = f.filter ?? '';
  if (value === '') return null;
  const p = pattern(f.type, value);
  const negate = f.type === 'notContains' || f.type === 'notEqual';
  if (spec.ref) {
    const placeholder = params.bind(p ?? value);
    const cond = (name: string): string => (p === null ? `${name} = ${placeholder}` : like(name, placeholder));
    const ids = `${spec.ref.key} IN (${spec.ref.lookup(cond)})`;
    return negate ? `(${spec.ref.key} IS NULL OR NOT ${ids})` : ids;
  }
  if (p === null) {
    const placeholder = params.bind(value);
    return negate ? `(${spec.value} IS NULL OR ${spec.value} <> ${placeholder})` : `${spec.value} = ${placeholder}`;
  }
  const matches = like(spec.value, params.bind(p));
  if (negate) return `(${spec.value} IS NULL OR NOT ${matches})`;
  // Subject substrings of 3+ characters are looked up in the trigram index first; LIKE then checks the candidates.
  if (column === 'subject' && f.type === 'contains') return ctx.search.candidates([value], matches);
  return matches;
}

function numberCondition(column: GridColumn, spec: ColumnSpec, f: NumberFilter, ctx: FilterContext): string | null {
  if (spec.bool) return boolAsNumber(column, spec, f, ctx);
  const e = spec.value;
  if (f.type === 'blank') return `${e} IS NULL`;
  if (f.type === 'notBlank') return `${e} IS NOT NULL`;
  if (f.filter === null || f.filter === undefined) return null;
  const scale = spec.scale ?? 1;
  const v = ctx.params.bind(f.filter * scale);
  switch (f.type) {
    case 'equals':
      return `${e} = ${v}`;
    case 'notEqual':
      return `(${e} IS NULL OR ${e} <> ${v})`;
    case 'lessThan':
      return `${e} < ${v}`;
    case 'lessThanOrEqual':
      return `${e} <= ${v}`;
    case 'greaterThan':
      return `${e} > ${v}`;
    case 'greaterThanOrEqual':
      return `${e} >= ${v}`;
    case 'inRange': {
      if (f.filterTo === null || f.filterTo === undefined) return refuse(column, 'a range needs both ends');
      const [lo, hi] = f.filter <= f.filterTo ? [v, ctx.params.bind(f.filterTo * scale)] : [ctx.params.bind(f.filterTo * scale), v];
      // Both ends included: "CSAT from 1 to 2" means 1 and 2.
      return `${e} BETWEEN ${lo} AND ${hi}`;
    }
  }
}

/** A yes/no column filtered as 1 / 0 (equals, notEqual, blank). */
function boolAsNumber(column: GridColumn, spec: ColumnSpec, f: NumberFilter, ctx: FilterContext): string | null {
  const bool = spec.bool!;
  if (f.type === 'blank') return bool.blank(ctx.now);
  if (f.type === 'notBlank') return `NOT ${bool.blank(ctx.now)}`;
  if (f.filter === null || f.filter === undefined) return null;
  if ((f.type !== 'equals' && f.type !== 'notEqual') || (f.filter !== 0 && f.filter !== 1)) {
    return refuse(column, 'a yes/no column compares with 1 or 0 only');
  }
  return (f.filter === 1) === (f.type === 'equals') ? bool.yes(ctx.now) : bool.no(ctx.now);
}

/** Dates are local days of the workspace's zone; a range includes both end days. */
function dateCondition(column: GridColumn, spec: ColumnSpec, f: DateFilter, ctx: FilterContext): string | null {
  const e = spec.value;
  if (f.type === 'blank') return `${e} IS NULL`;
  if (f.type === 'notBlank') return `${e} IS NOT NULL`;
  if (!f.dateFrom) return null;
  const from = parseLocalDate(f.dateFrom, ctx.timeZone, `filter.${column}.dateFrom`);
  const b = (v: number): string => ctx.params.bind(v);
  switch (f.type) {
    case 'equals':
      return from.hasTime ? `${e} = ${b(from.at)}` : `(${e} >= ${b(from.at)} AND ${e} < ${b(from.dayEnd)})`;
    case 'lessThan':
      return `${e} < ${b(from.at)}`;
    case 'greaterThan':
      return from.hasTime ? `${e} > ${b(from.at)}` : `${e} >= ${b(from.dayEnd)}`;
    case 'inRange': {
      if (!f.dateTo) return refuse(column, 'a range needs both dates');
      const to = parseLocalDate(f.dateTo, ctx.timeZone, `filter.${column}.dateTo`);
      const [lo, hi] = from.at <= to.at ? [from, to] : [to, from];
      const end = hi.hasTime ? hi.at + 1 : hi.dayEnd;
      return `(${e} >= ${b(lo.at)} AND ${e} < ${b(end)})`;
    }
  }
}

function setCondition(column: GridColumn, spec: ColumnSpec, f: SetFilter, ctx: FilterContext): string {
  const { params } = ctx;
  if (spec.kind === 'bool') {
    const parts = [...new Set(f.values)].map((v) => {
      if (v === 'true' || v === '1') return spec.bool!.yes(ctx.now);
      if (v === 'false' || v === '0') return spec.bool!.no(ctx.now);
      if (v === '' || v === 'null') return spec.bool!.blank(ctx.now);
      return refuse(column, `"${v.slice(0, 20)}" is not true, false or blank`);
    });
    return parts.length === 0 ? '0' : `(${parts.join(' OR ')})`;
  }
  const blank = f.values.includes('') || f.values.includes('null');
  const values = f.values.filter((v) => v !== '' && v !== 'null');
  const key = spec.ref?.key ?? spec.value;
  let cond = '0';
  if (values.length > 0) {
    if (spec.kind === 'ref' || spec.kind === 'number') {
      const numbers = values.map((v) => {
        const n = Number(v);
        return v.trim() !== '' && Number.isFinite(n) ? n : refuse(column, `"${v.slice(0, 20)}" is not a number`);
      });
      const list = params.bindAll(numbers);
      cond = spec.ref?.tree
        ? `${key} IN (SELECT r.id FROM categories r WHERE r.id IN (${list}) OR r.parent_id IN (${list}))`
        : `${key} IN (${list})`;
    } else if (spec.ref) {
      // An enumerated value of a referenced record (customer segment): the matching records' ids.
      const list = params.bindAll(values);
      cond = `${key} IN (${spec.ref.lookup((name) => `${name} IN (${list})`)})`;
    } else {
      cond = `${key} IN (${params.bindAll(values)})`;
    }
  }
  return blank ? `(${cond} OR ${key} IS NULL)` : cond;
}
