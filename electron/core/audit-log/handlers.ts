import type { HandlerGroup } from '../handlers.ts';
import { listAudit } from './list.ts';

/** Read-only by design: the contract has no method that edits or deletes audit entries. */
export const auditHandlers = {
  'audit.list': (input, session) => listAudit(session.db(), input),
} satisfies HandlerGroup;
