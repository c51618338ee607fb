/* eslint-disable no-restricted-syntax -- column lists are the constant TICKET_COLUMNS below, never user input */
import type { Statement } from 'better-sqlite3';
import { timeOrderProblem, type TicketFields } from '../../../../shared/schemas/tickets.ts';
import type { Db } from '../../db/open.ts';

/** TicketFields key → tickets column, in bind order (fillInto writes the values in this order). */
const COLUMNS: readonly (readonly [keyof TicketFields, string])[] = [
  ['externalId', 'external_id'], ['channel', 'channel'], ['type', 'type'], ['categoryId', 'category_id'], ['tier', 'tier'],
  ['outletId', 'outlet_id'], ['teamId', 'team_id'], ['assigneeId', 'assignee_id'], ['customerId', 'customer_id'],
  ['productId', 'product_id'], ['subject', 'subject'], ['description', 'description'], ['status', 'status'],
  ['createdAt', 'created_at'], ['firstResponseAt', 'first_response_at'], ['escalatedAt', 'escalated_at'],
  ['resolvedAt', 'resolved_at'], ['closedAt', 'closed_at'], ['resolution', 'resolution'], ['reopenCount', 'reopen_count'],
  ['fcr', 'fcr'], ['compensationType', 'compensation_type'], ['compensationAmount', 'compensation_amount'],
  ['callbackAt', 'callback_at'], ['callbackResult', 'callback_result'], ['csat', 'csat'], ['nps', 'nps'], ['ces', 'ces'],
];
const WIDTH = COLUMNS.length + 1; // + updated_at
const ROWS_PER_INSERT = 32;

const stored = (t: TicketFields, key: keyof TicketFields): unknown => {
  const v = t[key];
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
};

/**
 * Writes imported tickets: new ones through a 32-row INSERT (fewer crossings into SQLite per row), existing ones
 * (same external id) through an UPDATE of the fields that changed, each with a row-level audit entry holding the
 * changed fields before and after. Values are always bound.
 */
export class TicketWriter {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly findIds: Statement;
  private readonly read: Statement;
  private readonly update: Statement;
  private readonly audit: Statement;
  private readonly buffer = new Array<unknown>(ROWS_PER_INSERT * WIDTH);
  /** Ids of inserted rows: contiguous, since nothing else writes to the table inside the import transaction. */
  firstId = 0;
  lastId = 0;

  constructor(
    private readonly db: Db,
    private readonly actor: string,
    private readonly now: number,
  ) {
    const names = [...COLUMNS.map(([, c]) => c), 'updated_at'];
    const row = `(${names.map(() => '?').join(', ')})`;
    const head = `INSERT INTO tickets (${names.join(', ')}) VALUES `;
    this.many = db.prepare(head + Array.from({ length: ROWS_PER_INSERT }, () => row).join(', '));
    this.one = db.prepare(head + row);
    this.findIds = db.prepare('SELECT external_id AS e, id FROM tickets WHERE external_id IN (SELECT value FROM json_each(?))');
    this.read = db.prepare(`SELECT ${names.join(', ')} FROM tickets WHERE id = ?`).raw();
    this.update = db.prepare(`UPDATE tickets SET ${names.map((n) => `${n} = ?`).join(', ')}, sla_version = NULL WHERE id = ?`);
    // Same entry format as audit-log/record.ts, with the statement prepared once for possibly many updates.
    this.audit = db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, 'update', 'ticket', ?, ?, ?)");
  }

  /** Ids of tickets already holding these external ids. */
  existing(externalIds: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (let i = 0; i < externalIds.length; i += 5000) {
      const rows = this.findIds.all(JSON.stringify(externalIds.slice(i, i + 5000))) as { e: string; id: number }[];
      for (const r of rows) out.set(r.e, r.id);
    }
    return out;
  }

  insert(rows: readonly TicketFields[]): void {
    let i = 0;
    for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) {
      for (let r = 0; r < ROWS_PER_INSERT; r++) this.fill(rows[i + r]!, r * WIDTH);
      this.noteIds(Number(this.many.run(this.buffer).lastInsertRowid), ROWS_PER_INSERT);
    }
    const single = new Array<unknown>(WIDTH);
    for (; i < rows.length; i++) {
      this.fillInto(single, rows[i]!, 0);
      this.noteIds(Number(this.one.run(single).lastInsertRowid), 1);
    }
  }

  /**
   * Overwrite the mapped fields of an existing ticket with the file's values (fields the mapping leaves out keep
   * theirs; the ticket's SLA is measured again afterwards). 'unchanged' when nothing differs (no write, no audit
   * entry); a reason when the merged ticket breaks the time order. With `write` false only compares (dry run).
   */
  overwrite(id: number, t: TicketFields, mapped: ReadonlySet<keyof TicketFields>, write = true): 'updated' | 'unchanged' | { reason: string; field: string; after: string } {
    const current = this.read.get(id) as unknown[] | undefined;
    if (!current) return 'unchanged';
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const merged = { ...t } as Record<keyof TicketFields, unknown>;
    COLUMNS.forEach(([key], i) => {
      const was = key === 'fcr' && current[i] !== null ? current[i] === 1 : current[i];
      if (!mapped.has(key)) {
        merged[key] = was;
        return;
      }
      if (current[i] !== stored(t, key)) {
        before[key] = was;
        after[key] = t[key];
      }
    });
    if (Object.keys(after).length === 0) return 'unchanged';
    const problem = timeOrderProblem(merged as TicketFields);
    if (problem) {
      const reason = `with the ticket's other values, ${label(problem.field)} would be earlier than ${label(problem.after)}`;
      return { reason, field: problem.field, after: problem.after };
    }
    if (!write) return 'updated';
    const values = new Array<unknown>(WIDTH + 1);
    this.fillInto(values, merged as TicketFields, 0);
    values[WIDTH] = id;
    this.update.run(values);
    this.audit.run(this.now, this.actor, String(id), JSON.stringify(before), JSON.stringify(after));
    return 'updated';
  }

  private fill(t: TicketFields, at: number): void {
    this.fillInto(this.buffer, t, at);
  }

  /** Bind values in COLUMNS order, written out field by field: this runs once per imported row. */
  private fillInto(out: unknown[], t: TicketFields, at: number): void {
    out[at] = t.externalId;
    out[at + 1] = t.channel;
    out[at + 2] = t.type;
    out[at + 3] = t.categoryId;
    out[at + 4] = t.tier;
    out[at + 5] = t.outletId;
    out[at + 6] = t.teamId;
    out[at + 7] = t.assigneeId;
    out[at + 8] = t.customerId;
    out[at + 9] = t.productId;
    out[at + 10] = t.subject;
    out[at + 11] = t.description;
    out[at + 12] = t.status;
    out[at + 13] = t.createdAt;
    out[at + 14] = t.firstResponseAt;
    out[at + 15] = t.escalatedAt;
    out[at + 16] = t.resolvedAt;
    out[at + 17] = t.closedAt;
    out[at + 18] = t.resolution;
    out[at + 19] = t.reopenCount;
    out[at + 20] = t.fcr === null ? null : t.fcr ? 1 : 0;
    out[at + 21] = t.compensationType;
    out[at + 22] = t.compensationAmount;
    out[at + 23] = t.callbackAt;
    out[at + 24] = t.callbackResult;
    out[at + 25] = t.csat;
    out[at + 26] = t.nps;
    out[at + 27] = t.ces;
    out[at + 28] = this.now;
  }


  private noteIds(last: number, count: number): void {
    if (this.firstId === 0) this.firstId = last - count + 1;
    this.lastId = last;
  }
}

const label = (field: string): string => field.replace(/At$/, ' at').replace(/([A-Z])/g, ' $1').toLowerCase();
