import type { Db } from '../db/open.ts';

export type AuditAction = 'create' | 'update' | 'delete';

export interface Change {
  action: AuditAction;
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
}

/**
 * Append one entry. Call it inside the transaction that makes the change (see `writeTransaction`), so the change
 * and its record commit or roll back together.
 */
export function recordChange(db: Db, actor: string, change: Change, at: number = Date.now()): void {
  if (!db.inTransaction) throw new Error('audit entries are written inside the transaction of the change');
  db.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    at,
    actor,
    change.action,
    change.entity,
    String(change.entityId),
    change.before === null || change.before === undefined ? null : JSON.stringify(change.before),
    change.after === null || change.after === undefined ? null : JSON.stringify(change.after),
  );
}

/**
 * Run `work` in one IMMEDIATE transaction; `work` reports its changes through `record`, which writes them to the
 * audit log in the same transaction.
 */
export function writeTransaction<T>(db: Db, actor: string, work: (record: (change: Change) => void) => T): T {
  const tx = db.transaction(() => work((change) => recordChange(db, actor, change)));
  return tx.immediate();
}
