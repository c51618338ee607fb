import type { Db } from '../db/open.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { LoadContext } from '../kpi/ticket-sums.ts';
import { getSettings } from '../settings/service.ts';
import { openFollowUp } from './follow-up.ts';
import { acknowledgeAlert, alertSummary, listAlerts } from './inbox.ts';
import { deleteRule, listRules, saveRule } from './rules.ts';
import { evaluateIfStale } from './watch.ts';

const context = (db: Db): LoadContext => ({ timeZone: getSettings(db).timeZone, now: Date.now() });

export const alertHandlers = {
  'alerts.rules.list': (_input, session) => {
    const db = session.db();
    evaluateIfStale(db, context(db));
    return listRules(db);
  },
  'alerts.rules.save': (input, session) => saveRule(session.db(), session.actor, input),
  'alerts.rules.delete': ({ id }, session) => deleteRule(session.db(), session.actor, id),
  'alerts.summary': (_input, session) => {
    const db = session.db();
    return alertSummary(db, context(db));
  },
  'alerts.list': (input, session) => {
    const db = session.db();
    evaluateIfStale(db, context(db));
    return listAlerts(db, input);
  },
  'alerts.acknowledge': ({ id }, session) => acknowledgeAlert(session.db(), session.actor, id),
  'alerts.followUp': (input, session) => openFollowUp(session.db(), session.actor, input),
} satisfies HandlerGroup;
