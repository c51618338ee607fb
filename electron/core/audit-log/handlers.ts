import type { HandlerGroup } from '../handlers.ts';
import { exportAudit } from './export.ts';
import { listAudit } from './list.ts';

/** Read-only by design: the contract has no method that edits or deletes audit entries. */
export const auditHandlers = {
  'audit.list': (input, session) => listAudit(session.db(), input),
  'audit.export': ({ from, to, path }, session) => exportAudit(session.db(), from, to, path),
} satisfies HandlerGroup;
