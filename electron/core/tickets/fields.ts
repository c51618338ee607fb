import type { TicketFields } from '../../../shared/schemas/tickets.ts';

/** Stored column of each editable field (the contract's camelCase ↔ the table's snake_case). */
export const FIELD_COLUMNS = {
  externalId: 'external_id',
  channel: 'channel',
  type: 'type',
  categoryId: 'category_id',
  tier: 'tier',
  outletId: 'outlet_id',
  teamId: 'team_id',
  assigneeId: 'assignee_id',
  customerId: 'customer_id',
  productId: 'product_id',
  subject: 'subject',
  description: 'description',
  status: 'status',
  createdAt: 'created_at',
  firstResponseAt: 'first_response_at',
  escalatedAt: 'escalated_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  resolution: 'resolution',
  reopenCount: 'reopen_count',
  fcr: 'fcr',
  compensationType: 'compensation_type',
  compensationAmount: 'compensation_amount',
  callbackAt: 'callback_at',
  callbackResult: 'callback_result',
  csat: 'csat',
  nps: 'nps',
  ces: 'ces',
} as const satisfies Record<keyof TicketFields, string>;

export type FieldName = keyof TicketFields;
export const FIELD_NAMES = Object.keys(FIELD_COLUMNS) as FieldName[];

/** A tickets row as SELECT * returns it (the columns this area reads). */
export interface TicketRecord {
  id: number;
  external_id: string | null;
  channel: string;
  type: string;
  category_id: number | null;
  tier: number;
  outlet_id: number | null;
  team_id: number | null;
  assignee_id: number | null;
  customer_id: number | null;
  product_id: number | null;
  subject: string;
  description: string;
  status: string;
  created_at: number;
  first_response_at: number | null;
  escalated_at: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  resolution: string | null;
  reopen_count: number;
  fcr: number | null;
  compensation_type: string | null;
  compensation_amount: number | null;
  callback_at: number | null;
  callback_result: string | null;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  repeat_of_id: number | null;
  updated_at: number;
  sla_version: number | null;
}

/** Fields of a stored row; enumerations are trusted as stored (they were validated when written). */
export function fieldsOf(r: TicketRecord): TicketFields {
  return {
    externalId: r.external_id,
    channel: r.channel as TicketFields['channel'],
    type: r.type as TicketFields['type'],
    categoryId: r.category_id,
    tier: r.tier,
    outletId: r.outlet_id,
    teamId: r.team_id,
    assigneeId: r.assignee_id,
    customerId: r.customer_id,
    productId: r.product_id,
    subject: r.subject,
    description: r.description,
    status: r.status as TicketFields['status'],
    createdAt: r.created_at,
    firstResponseAt: r.first_response_at,
    escalatedAt: r.escalated_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    resolution: r.resolution,
    reopenCount: r.reopen_count,
    fcr: r.fcr === null ? null : r.fcr === 1,
    compensationType: r.compensation_type as TicketFields['compensationType'],
    compensationAmount: r.compensation_amount,
    callbackAt: r.callback_at,
    callbackResult: r.callback_result as TicketFields['callbackResult'],
    csat: r.csat,
    nps: r.nps,
    ces: r.ces,
  };
}

/** The value stored for a field (booleans as 0/1). */
export function storedValue(field: FieldName, value: TicketFields[FieldName]): string | number | null {
  if (value === null || value === undefined) return null;
  if (field === 'fcr') return value ? 1 : 0;
  return value as string | number;
}

/** Fields whose values differ between two versions of a ticket. */
export function changedFields(before: TicketFields, after: TicketFields): FieldName[] {
  return FIELD_NAMES.filter((f) => before[f] !== after[f]);
}

/** Only the given fields of a ticket, for audit entries that show what changed. */
export function pick(fields: TicketFields, names: readonly FieldName[]): Partial<TicketFields> {
  return Object.fromEntries(names.map((n) => [n, fields[n]])) as Partial<TicketFields>;
}
