import type { HandlerGroup } from '../handlers.ts';
import { deleteView, listViews, saveView } from './service.ts';

export const viewHandlers = {
  'views.list': ({ area }, session) => listViews(session.db(), area),
  'views.save': ({ area, name, state }, session) => saveView(session.db(), session.actor, area, name, state),
  'views.delete': ({ id }, session) => deleteView(session.db(), session.actor, id),
} satisfies HandlerGroup;
