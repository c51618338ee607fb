import { CALLBACK_RESULTS, CHANNELS, COMPENSATION_TYPES, TICKET_STATUSES, TICKET_TYPES } from '../../../../shared/domain/enums.ts';
import type { TicketFields } from '../../../../shared/schemas/tickets.ts';

/**
 * The checks of TicketFields (shared/schemas/tickets.ts) written out by hand. zod costs ~5 µs per row, a third of
 * the whole budget of a million-row import, so rows are checked here first; TicketFields stays the authority:
 * a row failing here is run through zod for its messages, a sample of passing rows is run through zod too and any
 * disagreement stops the import (validate.ts). Extra keys (.strict()) cannot occur: the row converter builds every
 * row with the same 28 keys and the sampled zod check would catch a change.
 */
const CHANNEL = new Set<unknown>(CHANNELS);
const TYPE = new Set<unknown>(TICKET_TYPES);
const STATUS = new Set<unknown>(TICKET_STATUSES);
const COMPENSATION = new Set<unknown>(COMPENSATION_TYPES);
const CALLBACK = new Set<unknown>(CALLBACK_RESULTS);

const EPOCH_MIN = 946_684_800_000;
const EPOCH_MAX = 4_102_444_800_000;

const int = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const intOrNull = (v: unknown, min: number, max: number): boolean => v === null || int(v, min, max);
const id = (v: unknown): boolean => v === null || int(v, 1, Number.MAX_SAFE_INTEGER);
const epoch = (v: unknown): boolean => int(v, EPOCH_MIN, EPOCH_MAX);
const epochOrNull = (v: unknown): boolean => v === null || epoch(v);
const trimmed = (v: unknown, min: number, max: number): boolean => {
  if (typeof v !== 'string') return false;
  const n = v.trim().length;
  return n >= min && n <= max;
};
const textOrNull = (v: unknown, max: number): boolean => v === null || (typeof v === 'string' && v.length <= max);
const enumOrNull = (v: unknown, set: Set<unknown>): boolean => v === null || set.has(v);

export function fastCheck(t: TicketFields): boolean {
  return (
    (t.externalId === null || trimmed(t.externalId, 1, 64)) &&
    CHANNEL.has(t.channel) &&
    TYPE.has(t.type) &&
    id(t.categoryId) &&
    int(t.tier, 1, 4) &&
    id(t.outletId) &&
    id(t.teamId) &&
    id(t.assigneeId) &&
    id(t.customerId) &&
    id(t.productId) &&
    trimmed(t.subject, 1, 500) &&
    typeof t.description === 'string' &&
    t.description.length <= 20_000 &&
    STATUS.has(t.status) &&
    epoch(t.createdAt) &&
    epochOrNull(t.firstResponseAt) &&
    epochOrNull(t.escalatedAt) &&
    epochOrNull(t.resolvedAt) &&
    epochOrNull(t.closedAt) &&
    textOrNull(t.resolution, 20_000) &&
    int(t.reopenCount, 0, 1000) &&
    (t.fcr === null || typeof t.fcr === 'boolean') &&
    enumOrNull(t.compensationType, COMPENSATION) &&
    (t.compensationAmount === null ||
      (typeof t.compensationAmount === 'number' && Number.isFinite(t.compensationAmount) && t.compensationAmount >= 0 && t.compensationAmount <= 10_000_000)) &&
    epochOrNull(t.callbackAt) &&
    enumOrNull(t.callbackResult, CALLBACK) &&
    intOrNull(t.csat, 1, 5) &&
    intOrNull(t.nps, 0, 10) &&
    intOrNull(t.ces, 1, 7)
  );
}
