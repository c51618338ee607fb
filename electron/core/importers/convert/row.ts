import { CALLBACK_RESULTS, CHANNELS, COMPENSATION_TYPES, TICKET_STATUSES, TICKET_TYPES } from '../../../../shared/domain/enums.ts';
import type { ImportField, ImportMapping, ImportRowError } from '../../../../shared/schemas/importers.ts';
import type { TicketFields } from '../../../../shared/schemas/tickets.ts';
import type { Db } from '../../db/open.ts';
import { ERRORS_PER_ROW } from '../limits.ts';
import { isCellProblem, type Cell } from '../source/types.ts';
import { compileDateFormat, LocalClock } from './datetime.ts';
import { booleanReader, cellText, numberReader, textReader, tierReader, valueMapper, vocabularyReader, type Reader } from './readers.ts';
import { Bad, CustomerBook, ReferenceTable, SEGMENTS, type RefKind } from './references.ts';
import { RowValidator } from './validate.ts';
import { vocabulary } from './vocabulary.ts';
import { checkMapping } from './mapping-check.ts';

export type RowError = ImportRowError;

export type PreviewValue = string | number | boolean | null;

export interface NewCustomer {
  code: string;
  name: string;
  segment: string;
}

export interface ConvertedRow {
  row: number;
  fields: TicketFields;
  /** A customer code not in the workspace: the writer creates it (customerId is null until then). */
  newCustomer: NewCustomer | null;
}

type Side = 'customer' | 'customerName' | 'customerSegment';
type Target = keyof TicketFields | Side;
const SIDE = new Set<Target>(['customer', 'customerName', 'customerSegment']);

interface Step {
  field: ImportField;
  target: Target;
  /** Stores the value on the row: one small function per field keeps each property store monomorphic. */
  assign: (t: TicketFields, v: unknown) => void;
  /** The customer's fields go to a side record, not into TicketFields. */
  side: boolean;
  index: number;
  column: string;
  map: ((cell: Cell) => Cell) | null;
  read: Reader<unknown>;
  required: boolean;
  /** Stored value for an empty cell. */
  empty: unknown;
}

const blank = (): TicketFields => ({
  externalId: null, channel: 'phone', type: 'inquiry', categoryId: null, tier: 0, outletId: null, teamId: null,
  assigneeId: null, customerId: null, productId: null, subject: '', description: '', status: 'new', createdAt: 0,
  firstResponseAt: null, escalatedAt: null, resolvedAt: null, closedAt: null, resolution: null, reopenCount: 0,
  fcr: null, compensationType: null, compensationAmount: null, callbackAt: null, callbackResult: null, csat: null,
  nps: null, ces: null,
});

const TARGET: Record<ImportField, Target> = {
  externalId: 'externalId', channel: 'channel', type: 'type', category: 'categoryId', tier: 'tier', outlet: 'outletId',
  team: 'teamId', assignee: 'assigneeId', customer: 'customer', customerName: 'customerName',
  customerSegment: 'customerSegment', product: 'productId', subject: 'subject', description: 'description',
  status: 'status', createdAt: 'createdAt', firstResponseAt: 'firstResponseAt', escalatedAt: 'escalatedAt',
  resolvedAt: 'resolvedAt', closedAt: 'closedAt', resolution: 'resolution', reopenCount: 'reopenCount', fcr: 'fcr',
  compensationType: 'compensationType', compensationAmount: 'compensationAmount', callbackAt: 'callbackAt',
  callbackResult: 'callbackResult', csat: 'csat', nps: 'nps', ces: 'ces',
};
const REFS: Partial<Record<ImportField, RefKind>> = { category: 'category', outlet: 'outlet', team: 'team', assignee: 'assignee', product: 'product' };
const ENUMS: Partial<Record<ImportField, readonly string[]>> = {
  channel: CHANNELS, type: TICKET_TYPES, status: TICKET_STATUSES, compensationType: COMPENSATION_TYPES,
  callbackResult: CALLBACK_RESULTS, customerSegment: SEGMENTS,
};
const DATES = new Set<ImportField>(['createdAt', 'firstResponseAt', 'escalatedAt', 'resolvedAt', 'closedAt', 'callbackAt']);
const INTEGERS = new Set<ImportField>(['reopenCount', 'csat', 'nps', 'ces']);
const LABEL: Partial<Record<ImportField, string>> = { type: 'ticket type', compensationType: 'compensation type', callbackResult: 'callback result', customerSegment: 'customer segment' };

/* eslint-disable @typescript-eslint/no-explicit-any -- each setter stores a value its reader produced for that field */
const SETTERS: Record<keyof TicketFields, (t: TicketFields, v: any) => void> = {
  externalId: (t, v) => (t.externalId = v), channel: (t, v) => (t.channel = v), type: (t, v) => (t.type = v),
  categoryId: (t, v) => (t.categoryId = v), tier: (t, v) => (t.tier = v), outletId: (t, v) => (t.outletId = v),
  teamId: (t, v) => (t.teamId = v), assigneeId: (t, v) => (t.assigneeId = v), customerId: (t, v) => (t.customerId = v),
  productId: (t, v) => (t.productId = v), subject: (t, v) => (t.subject = v), description: (t, v) => (t.description = v),
  status: (t, v) => (t.status = v), createdAt: (t, v) => (t.createdAt = v), firstResponseAt: (t, v) => (t.firstResponseAt = v),
  escalatedAt: (t, v) => (t.escalatedAt = v), resolvedAt: (t, v) => (t.resolvedAt = v), closedAt: (t, v) => (t.closedAt = v),
  resolution: (t, v) => (t.resolution = v), reopenCount: (t, v) => (t.reopenCount = v), fcr: (t, v) => (t.fcr = v),
  compensationType: (t, v) => (t.compensationType = v), compensationAmount: (t, v) => (t.compensationAmount = v),
  callbackAt: (t, v) => (t.callbackAt = v), callbackResult: (t, v) => (t.callbackResult = v), csat: (t, v) => (t.csat = v),
  nps: (t, v) => (t.nps = v), ces: (t, v) => (t.ces = v),
};
/* eslint-enable @typescript-eslint/no-explicit-any */
const noSetter = (): void => undefined;
const setter = (target: Target): ((t: TicketFields, v: unknown) => void) => (SIDE.has(target) ? noSetter : SETTERS[target as keyof TicketFields]);

/** Reader of one field, without its value map. */
function readerFor(field: ImportField, format: string | undefined, clock: LocalClock, refs: (kind: RefKind) => ReferenceTable): Reader<unknown> {
  const ref = REFS[field];
  if (ref) {
    const table = refs(ref);
    return (cell) => table.resolve(cellText(cell).trim());
  }
  const ids = ENUMS[field];
  if (ids) return vocabularyReader(vocabulary(field, ids), field, LABEL[field] ?? field, ids);
  if (field === 'tier') return tierReader(vocabulary('tier', ['1', '2', '3', '4']));
  if (field === 'fcr') return booleanReader(vocabulary('fcr', ['true', 'false']));
  if (INTEGERS.has(field)) return numberReader(false);
  if (field === 'compensationAmount') return numberReader(true);
  if (DATES.has(field)) {
    const parse = compileDateFormat(format);
    return (cell) => parse(cell, clock);
  }
  return textReader(field !== 'description' && field !== 'resolution');
}

/**
 * A mapping compiled against one file's header: per mapped field, its column index, value map and reader, so a row
 * is converted by one pass over a short array of steps. The mapping is checked first (mapping-check.ts).
 */
export class RowConverter {
  private readonly steps: Step[];
  private readonly validator = new RowValidator();
  private readonly columnOf = new Map<string, number>();

  constructor(
    headers: readonly string[],
    mapping: ImportMapping,
    timeZone: string,
    db: Db,
    private readonly customers: CustomerBook,
  ) {
    const clock = new LocalClock(timeZone);
    const tables = new Map<RefKind, ReferenceTable>();
    const refs = (kind: RefKind): ReferenceTable => {
      let t = tables.get(kind);
      if (!t) tables.set(kind, (t = new ReferenceTable(db, kind)));
      return t;
    };
    const columns = checkMapping(headers, mapping, (field, format) => readerFor(field, format, clock, refs));
    this.steps = columns.map(({ field, index }) => {
      const spec = mapping.fields[field]!;
      const target = TARGET[field];
      this.columnOf.set(target === 'customer' ? 'customerId' : target, index);
      return {
        field,
        target,
        assign: setter(target),
        side: SIDE.has(target),
        index,
        column: headers[index]!,
        map: valueMapper(spec.valueMap),
        read: readerFor(field, spec.format, clock, refs),
        required: ['channel', 'type', 'tier', 'subject', 'status', 'createdAt'].includes(field),
        empty: field === 'description' ? '' : field === 'reopenCount' ? 0 : null,
      };
    });
  }

  /** The row as TicketFields, or null after adding its problems to `errors`. */
  convert(cells: readonly Cell[], row: number, errors: RowError[]): ConvertedRow | null {
    // Fields are filled in place on an object of fixed shape; the customer's own columns go to `side`. No closure
    // is created per row: this loop runs for every cell of a million-row file.
    const t = blank();
    const side: Record<Side, string | null> = { customer: null, customerName: null, customerSegment: null };
    const before = errors.length;
    const steps = this.steps;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      let cell = cells[step.index] ?? null;
      if (step.map !== null) cell = step.map(cell);
      let bad: Bad | null = null;
      if (cell === null || (typeof cell === 'string' && isBlank(cell))) {
        if (step.required) bad = REQUIRED;
        else if (!step.side) step.assign(t, step.empty);
      } else if (isCellProblem(cell)) {
        bad = cell.problem;
      } else {
        const v = step.read(cell);
        if (v instanceof Bad) bad = v;
        else if (step.side) side[step.target as Side] = v as string;
        else step.assign(t, v);
      }
      if (bad !== null && errors.length - before < ERRORS_PER_ROW) {
        errors.push({ row, column: step.column, value: cellText(cell), reason: bad.reason, code: bad.code, params: bad.params });
      }
    }
    if (errors.length > before) return null;
    const fields = t;
    const newCustomer = this.customer(fields, side, row, errors);
    if (errors.length > before) return null;
    for (const issue of this.validator.check(fields)) {
      const index = this.columnOf.get(issue.field);
      const cell = index === undefined ? null : (cells[index] ?? null);
      errors.push({
        row,
        column: index === undefined ? null : (this.stepAt(index)?.column ?? null),
        value: index === undefined ? null : cellText(cell),
        reason: issue.reason,
        code: issue.code,
        params: issue.params,
      });
    }
    return errors.length > before ? null : { row, fields, newCustomer };
  }

  /** Every mapped field's converted value (for the preview), and the row's problems as `convert` finds them. */
  inspect(cells: readonly Cell[], row: number): { values: Record<string, PreviewValue>; errors: RowError[] } {
    const values: Record<string, PreviewValue> = {};
    for (const step of this.steps) {
      let cell = cells[step.index] ?? null;
      if (step.map) cell = step.map(cell);
      if (cell === null || (typeof cell === 'string' && isBlank(cell)) || isCellProblem(cell)) {
        values[step.field] = null;
        continue;
      }
      const v = step.read(cell);
      values[step.field] = v instanceof Bad ? null : (v as PreviewValue);
    }
    const errors: RowError[] = [];
    const converted = this.convert(cells, row, errors);
    if (converted?.newCustomer) values['customer'] = `${converted.newCustomer.code} (new)`;
    return { values, errors };
  }

  /** TicketFields keys the mapping fills (the customer's columns fill customerId). */
  get mappedFields(): ReadonlySet<keyof TicketFields> {
    const keys = new Set<keyof TicketFields>();
    for (const step of this.steps) keys.add(step.side ? 'customerId' : (step.target as keyof TicketFields));
    return keys;
  }

  /** Source column of a mapped field, or null. */
  columnFor(field: ImportField): string | null {
    return this.steps.find((s) => s.field === field)?.column ?? null;
  }

  private stepAt(index: number): Step | undefined {
    return this.steps.find((s) => s.index === index);
  }

  /** Customer by code (or by name when only a name column is mapped); unknown codes become new customers. */
  private customer(t: TicketFields, side: Record<Side, string | null>, row: number, errors: RowError[]): NewCustomer | null {
    const code = side.customer ?? side.customerName;
    if (code === null) return null;
    const name = side.customerName ?? code;
    const problem = code.length > 64 ? 'customerId' : name.length > 200 ? 'customerName' : null;
    if (problem) {
      const index = this.columnOf.get(problem);
      errors.push({
        row,
        column: index === undefined ? null : (this.stepAt(index)?.column ?? null),
        value: problem === 'customerId' ? code : name,
        reason: problem === 'customerId' ? 'a customer code is at most 64 characters' : 'a customer name is at most 200 characters',
        code: 'tooLong',
        params: { max: problem === 'customerId' ? 64 : 200 },
      });
      return null;
    }
    const id = this.customers.lookup(code);
    if (id !== null) {
      t.customerId = id;
      return null;
    }
    return { code, name, segment: side.customerSegment ?? 'regular' };
  }
}

const REQUIRED = new Bad('a value is required', 'required');

/** Only a string starting with white space can be blank: the trim is skipped for all others. */
const isBlank = (s: string): boolean => s.length === 0 || (isSpace(s.charCodeAt(0)) && s.trim().length === 0);
const isSpace = (c: number): boolean =>
  c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
