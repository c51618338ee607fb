import type { HandlerGroup } from '../handlers.ts';
import { getTemplate, listTemplates, saveTemplate } from './templates.ts';

export const auditsHandlers = {
  'audits.templates.list': ({ kind, withOld }, session) =>
    listTemplates(session.db(), { ...(kind !== undefined ? { kind } : {}), withOld }),
  'audits.templates.get': ({ id }, session) => getTemplate(session.db(), id),
  'audits.templates.save': (input, session) => saveTemplate(session.db(), session.actor, input),
} satisfies HandlerGroup;
