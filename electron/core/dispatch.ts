import { api, isMethodName, type MethodName, type MethodResult } from '../../shared/api.ts';
import { QmFailure, type QmError } from '../../shared/errors.ts';
import { alertHandlers } from './alerts/handlers.ts';
import { appHandlers } from './app-config/handlers.ts';
import { attachmentHandlers } from './attachments/handlers.ts';
import { auditHandlers } from './audit-log/handlers.ts';
import { backupHandlers } from './backup/handlers.ts';
import { auditsHandlers } from './audits/handlers.ts';
import { demoHandlers } from './demo/handlers.ts';
import type { HandlerGroup, Handlers } from './handlers.ts';
import { importHandlers } from './importers/handlers.ts';
import { improvementHandlers } from './improvement/handlers.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { kpiHandlers } from './kpi/handlers.ts';
import { mysteryHandlers } from './mystery/handlers.ts';
import type { Session } from './session.ts';
import { referenceHandlers } from './reference/handlers.ts';
import { reportHandlers } from './reports/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { slaHandlers } from './sla/handlers.ts';
import { surveyHandlers } from './surveys/handlers.ts';
import { ticketHandlers } from './tickets/handlers.ts';
import { trainingHandlers } from './training/handlers.ts';
import { viewHandlers } from './views/handlers.ts';
import { workspaceHandlers } from './workspace/handlers.ts';

/** Merge area groups; a method registered twice is a programming error and stops start-up. */
function combine(groups: HandlerGroup[]): Handlers {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (name in all) throw new Error(`handler registered twice: ${name}`);
      all[name] = handler;
    }
  }
  const missing = Object.keys(api).filter((name) => !(name in all));
  if (missing.length > 0) throw new Error(`contract methods without a handler: ${missing.join(', ')}`);
  return all as Handlers;
}

export const coreHandlers: Handlers = combine([
  appHandlers,
  workspaceHandlers,
  demoHandlers,
  settingsHandlers,
  auditHandlers,
  jobHandlers,
  referenceHandlers,
  ticketHandlers,
  slaHandlers,
  viewHandlers,
  importHandlers,
  improvementHandlers,
  attachmentHandlers,
  kpiHandlers,
  trainingHandlers,
  backupHandlers,
  surveyHandlers,
  reportHandlers,
  auditsHandlers,
  alertHandlers,
  mysteryHandlers,
]);

export interface Dispatch {
  <M extends MethodName>(method: M, input: unknown): Promise<MethodResult<M>>;
  (method: string, input: unknown): Promise<MethodResult<MethodName>>;
}

/**
 * The only door into core: check the method name, validate input against the contract (invalid input never
 * reaches a service, so never reaches SQL), run the handler, and return a result or a typed error.
 * `overrides` lets a host answer host-only methods (native dialogs).
 */
export function createDispatch(session: Session, overrides: HandlerGroup = {}): Dispatch {
  const handlers = { ...coreHandlers, ...overrides } as Record<string, (input: unknown, s: Session) => unknown>;
  return (async (method: string, input: unknown): Promise<MethodResult<MethodName>> => {
    if (!isMethodName(method)) {
      return failure({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 100)}` });
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return failure({
        code: 'INVALID_INPUT',
        message: `Invalid input for ${method}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')}`,
        details: { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })) },
      });
    }
    try {
      const value = await handlers[method]!(parsed.data, session);
      return { ok: true, value } as MethodResult<MethodName>;
    } catch (err) {
      if (err instanceof QmFailure) return failure(err.toError());
      return failure({ code: 'INTERNAL', message: `Internal error in ${method}: ${(err as Error).message ?? String(err)}` });
    }
  }) as Dispatch;
}

const failure = (error: QmError): MethodResult<MethodName> => ({ ok: false, error });
