import type { ParsedInput } from '../../../shared/api.ts';
import type { AuditEntry } from '../../../shared/schemas/workspace.ts';
import type { Db } from '../db/open.ts';

interface Row {
  id: number;
  at: number;
  actor: string;
  action: AuditEntry['action'];
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export function listAudit(db: Db, input: ParsedInput<'audit.list'>): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity)
         AND (@entityId IS NULL OR entity_id = @entityId)
         AND (@beforeId IS NULL OR id < @beforeId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({
      entity: input.entity ?? null,
      entityId: input.entityId ?? null,
      beforeId: input.beforeId ?? null,
      limit: input.limit,
    }) as Row[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
