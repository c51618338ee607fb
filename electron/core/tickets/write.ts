import type { TicketDetail, TicketFields } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { deriveTickets } from './derive.ts';
import { getTicketDetail, loadTicket } from './detail.ts';
import { changedFields, FIELD_COLUMNS, FIELD_NAMES, fieldsOf, pick, storedValue, type FieldName } from './fields.ts';
import { trackPause } from './pauses.ts';
import { validateTicket } from './validate.ts';

const INSERT_SQL =
  'INSERT INTO tickets (' +
  FIELD_NAMES.map((f) => FIELD_COLUMNS[f]).join(', ') +
  ', updated_at) VALUES (' +
  FIELD_NAMES.map((f) => '@' + f).join(', ') +
  ', @updatedAt)';

const bindings = (t: TicketFields, names: readonly FieldName[]): Record<string, string | number | null> =>
  Object.fromEntries(names.map((f) => [f, storedValue(f, t[f])]));

/**
 * Create a ticket: validated, written with its audit entry, then measured, linked as a repeat and entered for a
 * follow-up in the same transaction.
 */
export function createTicket(db: Db, actor: string, input: TicketFields, now = Date.now()): TicketDetail {
  return writeTransaction(db, actor, (record) => {
    const t = validateTicket(db, input, null);
    const updatedAt = Math.max(now, t.createdAt);
    const id = Number(db.prepare(INSERT_SQL).run({ ...bindings(t, FIELD_NAMES), updatedAt }).lastInsertRowid);
    const settings = getSettings(db);
    trackPause(db, id, { before: null, after: t.status, lastChange: updatedAt, createdAt: t.createdAt }, new Set(settings.pauseStatuses), now);
    record({ action: 'create', entity: 'ticket', entityId: id, before: null, after: t });
    for (const change of deriveTickets(db, [id], [t], now)) record(change);
    return getTicketDetail(db, id, now);
  });
}

/**
 * Apply a patch to a ticket. Refused with CONFLICT when the stored row changed since the caller read it
 * (`expectedUpdatedAt`); otherwise the merged ticket is validated, only changed columns are written, the audit
 * entry holds the changed fields before and after, pauses follow the status, and SLA, repeat links and follow-up
 * are brought up to date in the same transaction. A patch that changes nothing writes nothing.
 */
export function updateTicket(
  db: Db,
  actor: string,
  id: number,
  patch: Partial<TicketFields>,
  expectedUpdatedAt: number,
  now = Date.now(),
): TicketDetail {
  return writeTransaction(db, actor, (record) => {
    const row = loadTicket(db, id);
    if (row.updated_at !== expectedUpdatedAt) {
      throw new QmFailure('CONFLICT', `Ticket ${id} was changed by someone else since it was opened; reload it and apply the change again.`, {
        id,
        updatedAt: row.updated_at,
        expectedUpdatedAt,
      });
    }
    const before = fieldsOf(row);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<TicketFields>;
    const after = validateTicket(db, { ...before, ...defined }, id);
    const changed = changedFields(before, after);
    if (changed.length === 0) return getTicketDetail(db, id, now);

    // Strictly later than the stored stamp, so two saves within one millisecond still conflict.
    const updatedAt = Math.max(now, row.updated_at + 1);
    const set = changed.map((f) => FIELD_COLUMNS[f] + ' = @' + f).join(', ');
    db.prepare('UPDATE tickets SET ' + set + ', updated_at = @updatedAt WHERE id = @id').run({ ...bindings(after, changed), updatedAt, id });

    const settings = getSettings(db);
    trackPause(
      db,
      id,
      { before: before.status, after: after.status, lastChange: row.updated_at, createdAt: after.createdAt },
      new Set(settings.pauseStatuses),
      now,
    );
    record({ action: 'update', entity: 'ticket', entityId: id, before: pick(before, changed), after: pick(after, changed) });
    for (const change of deriveTickets(db, [id], [before, after], now)) record(change);
    return getTicketDetail(db, id, now);
  });
}
