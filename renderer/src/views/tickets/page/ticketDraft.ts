import type { z } from 'zod';
import { TicketFields, timeOrderProblem } from '../../../../../shared/schemas/tickets';
import { fromLocalInput, toLocalInput } from '../zonedTime';

export type FieldName = keyof TicketFields;
/** What the form holds: every field as the text of its control ('' for empty), so any typing can be kept. */
export type TicketDraft = Record<FieldName, string>;

export const FIELD_NAMES = Object.keys(TicketFields.shape) as FieldName[];

export const TIME_FIELDS = [
  'createdAt',
  'firstResponseAt',
  'escalatedAt',
  'resolvedAt',
  'closedAt',
  'callbackAt',
] as const;
const ID_FIELDS = ['categoryId', 'outletId', 'teamId', 'assigneeId', 'customerId', 'productId'] as const;
/** Whole numbers typed by the user, with the range the message names. */
export const INTEGER_RANGES = {
  tier: [1, 4],
  reopenCount: [0, 1000],
  csat: [1, 5],
  nps: [0, 10],
  ces: [1, 7],
} as const;
const AMOUNT_MAX = 10_000_000;
const OPTIONAL_TEXT = ['externalId', 'resolution'] as const;
const OPTIONAL_CHOICE = ['compensationType', 'callbackResult'] as const;

const has = <T extends string>(list: readonly T[], name: string): name is T =>
  (list as readonly string[]).includes(name);

/** A message of the ticket catalog's `errors` group, with its values. */
export interface FieldError {
  key:
    | 'required'
    | 'tooLong'
    | 'range'
    | 'amount'
    | 'notNumber'
    | 'date'
    | 'dateRange'
    | 'order'
    | 'refMissing'
    | 'externalIdTaken'
    | 'invalid';
  values?: Record<string, string | number>;
  /** For 'order': the field it must not precede. */
  after?: FieldName;
}
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

export function toDraft(fields: TicketFields, timeZone: string): TicketDraft {
  const draft = {} as TicketDraft;
  for (const name of FIELD_NAMES) {
    const value = fields[name];
    if (value === null) draft[name] = '';
    else if (has(TIME_FIELDS, name)) draft[name] = toLocalInput(timeZone, value as number);
    else if (typeof value === 'boolean') draft[name] = value ? 'true' : 'false';
    else draft[name] = String(value);
  }
  return draft;
}

/** The fields of a ticket that does not exist yet: a phone inquiry created now. */
export function newTicketFields(now: number): TicketFields {
  return {
    externalId: null,
    channel: 'phone',
    type: 'inquiry',
    categoryId: null,
    tier: 3,
    outletId: null,
    teamId: null,
    assigneeId: null,
    customerId: null,
    productId: null,
    subject: '',
    description: '',
    status: 'new',
    createdAt: Math.floor(now / 60_000) * 60_000,
    firstResponseAt: null,
    escalatedAt: null,
    resolvedAt: null,
    closedAt: null,
    resolution: null,
    reopenCount: 0,
    fcr: null,
    compensationType: null,
    compensationAmount: null,
    callbackAt: null,
    callbackResult: null,
    csat: null,
    nps: null,
    ces: null,
  };
}

/** Text → the value the schema checks; a malformed number or date becomes an error of its own. */
function readField(
  name: FieldName,
  text: string,
  timeZone: string,
): { value: unknown } | { error: FieldError } {
  const trimmed = text.trim();
  if (has(TIME_FIELDS, name)) {
    if (trimmed === '') return { value: null };
    const at = fromLocalInput(timeZone, trimmed);
    return at === null ? { error: { key: 'date' } } : { value: at };
  }
  if (has(ID_FIELDS, name)) return { value: trimmed === '' ? null : Number(trimmed) };
  if (name === 'fcr') return { value: trimmed === '' ? null : trimmed === 'true' };
  if (has(OPTIONAL_CHOICE, name)) return { value: trimmed === '' ? null : trimmed };
  if (has(OPTIONAL_TEXT, name)) return { value: trimmed === '' ? null : text };
  if (name === 'compensationAmount' || has(Object.keys(INTEGER_RANGES), name)) {
    if (trimmed === '') return { value: name === 'tier' || name === 'reopenCount' ? undefined : null };
    const number = Number(trimmed.replace(/[,，]/g, ''));
    return Number.isFinite(number) ? { value: number } : { error: { key: 'notNumber' } };
  }
  return { value: text };
}

function describeIssue(name: FieldName, issue: z.core.$ZodIssue, value: unknown): FieldError {
  if (issue.code === 'invalid_type' && (value === undefined || value === null)) return { key: 'required' };
  if (has(TIME_FIELDS, name)) return { key: 'dateRange' };
  if (name in INTEGER_RANGES) {
    const [min, max] = INTEGER_RANGES[name as keyof typeof INTEGER_RANGES];
    return { key: 'range', values: { min, max } };
  }
  if (name === 'compensationAmount') return { key: 'amount', values: { max: AMOUNT_MAX } };
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'required' };
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { key: 'tooLong', values: { max: Number(issue.maximum) } };
  return { key: 'invalid' };
}

export type Validation = { ok: true; fields: TicketFields } | { ok: false; errors: FieldErrors };

/**
 * The contract's own schema decides; its issues become catalog messages, one per field (the first). A field whose
 * text is what the stored ticket shows keeps the stored value exactly: a time input shows minutes, and a ticket
 * imported with seconds must not lose them because another field was edited.
 */
export function validateDraft(draft: TicketDraft, timeZone: string, saved?: TicketFields): Validation {
  const errors: FieldErrors = {};
  const candidate: Record<string, unknown> = {};
  const shown = saved ? toDraft(saved, timeZone) : null;
  for (const name of FIELD_NAMES) {
    if (saved && shown && shown[name] === draft[name]) {
      candidate[name] = saved[name];
      continue;
    }
    const read = readField(name, draft[name], timeZone);
    if ('error' in read) errors[name] = read.error;
    else candidate[name] = read.value;
  }
  const parsed = TicketFields.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as FieldName | undefined;
      if (name && !errors[name]) errors[name] = describeIssue(name, issue, candidate[name]);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const order = timeOrderProblem(parsed.data);
  if (order) return { ok: false, errors: { [order.field]: { key: 'order', after: order.after } } };
  return { ok: true, fields: parsed.data };
}

/** Fields whose value differs from the saved ticket: the patch an update sends. */
export function changedFields(saved: TicketFields, next: TicketFields): Partial<TicketFields> {
  const patch: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) if (saved[name] !== next[name]) patch[name] = next[name];
  return patch as Partial<TicketFields>;
}

/** A field error sent back by core (INVALID_INPUT or CONFLICT naming a field), as a form message. */
export function errorFromHost(code: string, details: Readonly<Record<string, unknown>>): FieldErrors | null {
  const field = details['field'];
  if (typeof field !== 'string' || !has(FIELD_NAMES, field)) return null;
  if (code === 'CONFLICT' && field === 'externalId') {
    return { externalId: { key: 'externalIdTaken', values: { id: Number(details['ticketId'] ?? 0) } } };
  }
  if (typeof details['after'] === 'string' && has(FIELD_NAMES, details['after'])) {
    return { [field]: { key: 'order', after: details['after'] } };
  }
  if (has(ID_FIELDS, field)) return { [field]: { key: 'refMissing' } };
  return { [field]: { key: 'invalid' } };
}
