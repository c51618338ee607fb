import { TicketFields, timeOrderProblem } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';

/** Referenced records each id field must name. */
const REFERENCES = [
  ['categoryId', 'SELECT 1 FROM categories WHERE id = ?'],
  ['outletId', 'SELECT 1 FROM outlets WHERE id = ?'],
  ['teamId', 'SELECT 1 FROM teams WHERE id = ?'],
  ['assigneeId', 'SELECT 1 FROM staff WHERE id = ?'],
  ['customerId', 'SELECT 1 FROM customers WHERE id = ?'],
  ['productId', 'SELECT 1 FROM products WHERE id = ?'],
] as const;

/**
 * Checks a complete ticket before it is written: the contract's schema (again, since an update merges a partial
 * patch into the stored row), the time order of its timestamps, referenced records and a unique external id.
 * Problems are INVALID_INPUT (CONFLICT for a taken external id) naming the field, so the form can mark it.
 */
export function validateTicket(db: Db, fields: TicketFields, selfId: number | null): TicketFields {
  const parsed = TicketFields.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    throw new QmFailure('INVALID_INPUT', `${field}: ${issue.message}`, {
      field,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })),
    });
  }
  const t = parsed.data;
  const order = timeOrderProblem(t);
  if (order) {
    throw new QmFailure('INVALID_INPUT', `${order.field} must not be earlier than ${order.after}.`, { field: order.field, after: order.after });
  }
  for (const [field, sql] of REFERENCES) {
    const id = t[field];
    if (id !== null && !db.prepare(sql).get(id)) {
      throw new QmFailure('INVALID_INPUT', `${field}: no record with id ${id}.`, { field, value: id });
    }
  }
  if (t.externalId !== null) {
    const other = db.prepare('SELECT id FROM tickets WHERE external_id = ?').pluck().get(t.externalId) as number | undefined;
    if (other !== undefined && other !== selfId) {
      throw new QmFailure('CONFLICT', `externalId: ${t.externalId} is already used by ticket ${other}.`, { field: 'externalId', ticketId: other });
    }
  }
  return t;
}
