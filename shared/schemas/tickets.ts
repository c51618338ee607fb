/** Record and query schemas of the tickets area; the methods that use them are listed in shared/api.ts. */
import { z } from 'zod';
import {
  CALLBACK_RESULTS,
  CHANNELS,
  COMPENSATION_TYPES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../domain/enums.ts';

export const Id = z.number().int().positive();
/** UTC epoch milliseconds between 2000 and 2100. */
export const Epoch = z.number().int().min(946_684_800_000).max(4_102_444_800_000);

/** Every editable field of a ticket; the same schema validates the form, the contract and each imported row. */
export const TicketFields = z
  .object({
    externalId: z.string().trim().min(1).max(64).nullable(),
    channel: z.enum(CHANNELS),
    type: z.enum(TICKET_TYPES),
    categoryId: Id.nullable(),
    tier: z.number().int().min(1).max(4),
    outletId: Id.nullable(),
    teamId: Id.nullable(),
    assigneeId: Id.nullable(),
    customerId: Id.nullable(),
    productId: Id.nullable(),
    subject: z.string().trim().min(1).max(500),
    description: z.string().max(20_000),
    status: z.enum(TICKET_STATUSES),
    createdAt: Epoch,
    firstResponseAt: Epoch.nullable(),
    escalatedAt: Epoch.nullable(),
    resolvedAt: Epoch.nullable(),
    closedAt: Epoch.nullable(),
    resolution: z.string().max(20_000).nullable(),
    reopenCount: z.number().int().min(0).max(1000),
    fcr: z.boolean().nullable(),
    compensationType: z.enum(COMPENSATION_TYPES).nullable(),
    compensationAmount: z.number().min(0).max(10_000_000).nullable(),
    callbackAt: Epoch.nullable(),
    callbackResult: z.enum(CALLBACK_RESULTS).nullable(),
    csat: z.number().int().min(1).max(5).nullable(),
    nps: z.number().int().min(0).max(10).nullable(),
    ces: z.number().int().min(1).max(7).nullable(),
  })
  .strict();
export type TicketFields = z.infer<typeof TicketFields>;

type Stamped = Pick<TicketFields, 'createdAt' | 'firstResponseAt' | 'resolvedAt' | 'closedAt' | 'callbackAt'>;
/** Time order every ticket must respect; returns the offending field, or null. */
export function timeOrderProblem(t: Stamped): { field: keyof Stamped; after: keyof Stamped } | null {
  if (t.firstResponseAt !== null && t.firstResponseAt < t.createdAt)
    return { field: 'firstResponseAt', after: 'createdAt' };
  if (t.resolvedAt !== null && t.resolvedAt < t.createdAt) return { field: 'resolvedAt', after: 'createdAt' };
  if (t.closedAt !== null && t.resolvedAt !== null && t.closedAt < t.resolvedAt)
    return { field: 'closedAt', after: 'resolvedAt' };
  if (t.closedAt !== null && t.closedAt < t.createdAt) return { field: 'closedAt', after: 'createdAt' };
  if (t.callbackAt !== null && t.callbackAt < t.createdAt) return { field: 'callbackAt', after: 'createdAt' };
  return null;
}

/** Columns the ticket grid may show, sort and filter by; anything else is refused at the contract. */
export const TICKET_GRID_COLUMNS = [
  'id',
  'externalId',
  'createdAt',
  'channel',
  'type',
  'category',
  'tier',
  'outlet',
  'team',
  'assignee',
  'customer',
  'segment',
  'product',
  'subject',
  'status',
  'firstResponseMin',
  'resolutionH',
  'responseDueAt',
  'resolutionDueAt',
  'responseBreached',
  'resolutionBreached',
  'csat',
  'nps',
  'ces',
  'reopenCount',
  'fcr',
  'isRepeat',
  'closedAt',
] as const;
export const TicketGridColumn = z.enum(TICKET_GRID_COLUMNS);

const TextFilter = z
  .object({
    filterType: z.literal('text'),
    type: z.enum([
      'contains',
      'notContains',
      'equals',
      'notEqual',
      'startsWith',
      'endsWith',
      'blank',
      'notBlank',
    ]),
    filter: z.string().max(200).optional(),
  })
  .strict();
const NumberFilter = z
  .object({
    filterType: z.literal('number'),
    type: z.enum([
      'equals',
      'notEqual',
      'lessThan',
      'lessThanOrEqual',
      'greaterThan',
      'greaterThanOrEqual',
      'inRange',
      'blank',
      'notBlank',
    ]),
    filter: z.number().finite().nullable().optional(),
    filterTo: z.number().finite().nullable().optional(),
  })
  .strict();
const DateFilter = z
  .object({
    filterType: z.literal('date'),
    type: z.enum(['equals', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
    /** 'YYYY-MM-DD' or 'YYYY-MM-DD hh:mm:ss' as AG Grid sends it; read in the workspace's time zone. */
    dateFrom: z.string().max(32).nullable().optional(),
    dateTo: z.string().max(32).nullable().optional(),
  })
  .strict();
/** Values of an enumerated column (channel, status, tier…), ids as stored. */
const SetFilter = z
  .object({ filterType: z.literal('set'), values: z.array(z.string().max(64)).max(200) })
  .strict();
export const ColumnFilter = z.discriminatedUnion('filterType', [
  TextFilter,
  NumberFilter,
  DateFilter,
  SetFilter,
]);

export const TICKET_QUEUES = [
  'all',
  'open',
  'breaching_soon',
  'breached',
  'follow_up',
  'callbacks_due',
  'repeat',
] as const;

export const TicketQuery = z
  .object({
    queue: z.enum(TICKET_QUEUES).default('all'),
    sort: z
      .array(z.object({ colId: TicketGridColumn, sort: z.enum(['asc', 'desc']) }).strict())
      .max(3)
      .default([]),
    filter: z.partialRecord(TicketGridColumn, ColumnFilter).default({}),
    /** Words searched in subject and description. */
    quickSearch: z.string().trim().max(200).default(''),
  })
  .strict();
export type TicketQuery = z.infer<typeof TicketQuery>;

export const TicketRow = z.object({
  id: z.number(),
  externalId: z.string().nullable(),
  createdAt: z.number(),
  channel: z.string(),
  type: z.string(),
  category: z.string().nullable(),
  tier: z.number(),
  outlet: z.string().nullable(),
  team: z.string().nullable(),
  assignee: z.string().nullable(),
  customer: z.string().nullable(),
  segment: z.string().nullable(),
  product: z.string().nullable(),
  subject: z.string(),
  status: z.string(),
  firstResponseMin: z.number().nullable(),
  resolutionH: z.number().nullable(),
  responseDueAt: z.number().nullable(),
  resolutionDueAt: z.number().nullable(),
  responseBreached: z.boolean().nullable(),
  resolutionBreached: z.boolean().nullable(),
  csat: z.number().nullable(),
  nps: z.number().nullable(),
  ces: z.number().nullable(),
  reopenCount: z.number(),
  fcr: z.boolean().nullable(),
  isRepeat: z.boolean(),
  closedAt: z.number().nullable(),
});
export type TicketRow = z.infer<typeof TicketRow>;

export const TimeBasis = z.enum(['calendar', 'business']);
export const SlaTarget = z
  .object({
    minutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 60),
    basis: TimeBasis,
  })
  .strict();
export const SlaTierTargets = z
  .object({ tier: z.number().int().min(1).max(4), response: SlaTarget, resolution: SlaTarget })
  .strict();
export const SlaPolicy = z.object({
  version: z.number().int(),
  createdAt: z.number().int(),
  createdBy: z.string(),
  note: z.string(),
  targets: z.array(SlaTierTargets),
});
export type SlaPolicy = z.infer<typeof SlaPolicy>;

/** One clock as the ticket page shows it. */
export const ClockView = z.object({
  targetMinutes: z.number(),
  basis: TimeBasis,
  dueAt: z.number().nullable(),
  elapsedMs: z.number(),
  breached: z.boolean(),
  breachMs: z.number(),
  remainingMs: z.number().nullable(),
  /** Share of the target used ≥ the escalation threshold while running. */
  escalate: z.boolean(),
});

export const FOLLOW_UP_REASONS = ['unresolved', 'low_csat', 'callback_unsatisfied'] as const;
export const FollowUp = z.object({
  ticketId: z.number(),
  reason: z.enum(FOLLOW_UP_REASONS),
  ownerId: z.number().nullable(),
  owner: z.string().nullable(),
  status: z.enum(['open', 'done']),
  note: z.string(),
  createdAt: z.number(),
  doneAt: z.number().nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

const TicketLink = z.object({
  id: z.number(),
  externalId: z.string().nullable(),
  subject: z.string(),
  createdAt: z.number(),
  closedAt: z.number().nullable(),
});

export const TicketDetail = z.object({
  id: z.number(),
  updatedAt: z.number(),
  fields: TicketFields,
  /** Display names of the referenced records (category in the UI language is chosen by the renderer). */
  labels: z.object({
    categoryZh: z.string().nullable(),
    categoryEn: z.string().nullable(),
    outlet: z.string().nullable(),
    team: z.string().nullable(),
    assignee: z.string().nullable(),
    customer: z.string().nullable(),
    customerSegment: z.string().nullable(),
    product: z.string().nullable(),
  }),
  sla: z.object({
    policyVersion: z.number().nullable(),
    response: ClockView.nullable(),
    resolution: ClockView.nullable(),
  }),
  repeatOf: TicketLink.nullable(),
  repeats: z.array(TicketLink),
  followUp: FollowUp.nullable(),
});
export type TicketDetail = z.infer<typeof TicketDetail>;

export const REF_KINDS = ['outlets', 'teams', 'staff', 'customers', 'products', 'categories'] as const;
export const RefOption = z.object({
  id: z.number(),
  code: z.string(),
  label: z.string(),
  labelEn: z.string().nullable(),
  parentId: z.number().nullable(),
});

export const Category = z
  .object({
    id: Id.optional(),
    parentId: Id.nullable(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,32}$/, 'letters, digits, _ . - only'),
    nameZh: z.string().trim().min(1).max(60),
    nameEn: z.string().trim().min(1).max(80),
    sort: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();
