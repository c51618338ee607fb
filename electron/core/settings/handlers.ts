import type { HandlerGroup } from '../handlers.ts';
import { getSettings, updateSettings } from './service.ts';

export const settingsHandlers = {
  'settings.get': (_input, session) => getSettings(session.db()),
  'settings.update': ({ patch }, session) => updateSettings(session.db(), session.actor, patch),
} satisfies HandlerGroup;
