import type { AlertRuleFields } from '../../../shared/schemas/alerts.ts';
import type { TicketFields } from '../../../shared/schemas/tickets.ts';
import { evaluateAlerts } from '../../../electron/core/alerts/evaluate.ts';
import { insertRule } from '../../../electron/core/alerts/rules.ts';
import { at, ticketWorkspace } from '../tickets/workspace.ts';

export const TZ = 'Asia/Shanghai';
/** Tuesday 10 November 2026, noon in Shanghai: "today" of the tests. */
export const NOW = at('2026-11-10', '12:00');

/** Seed 001: an outlet's NPS more than 30 % below its benchmark (50) for 3 consecutive days. */
export function npsRule(overrides: Partial<AlertRuleFields> = {}): AlertRuleFields {
  return {
    name: '',
    kpi: 'nps',
    scope: { dim: 'outlet', key: '' },
    grain: 'day',
    comparator: 'below',
    reference: 'benchmark',
    threshold: 50,
    marginPct: 30,
    consecutive: 3,
    minN: 1,
    enabled: true,
    ...overrides,
  };
}

/** A ticket workspace where answers are dated by local day and rules are inserted and evaluated directly. */
export async function alertWorkspace() {
  const ws = await ticketWorkspace();
  /** One answered ticket per score, created at 10:00 on a local day. */
  const answers = (day: string, scores: number[], extra: Partial<TicketFields> = {}) => {
    for (const nps of scores) ws.add({ createdAt: at(day, '10:00'), nps, ...extra }, at(day, '11:00'));
  };
  const rule = (fields: AlertRuleFields) => insertRule(ws.db, fields, NOW);
  const evaluate = (now = NOW) => evaluateAlerts(ws.db, { timeZone: TZ, now });
  const alerts = () =>
    ws.db
      .prepare(
        'SELECT id, rule_id, scope_dim, scope_key, state, first_period, last_period, periods FROM alerts ORDER BY id',
      )
      .all() as {
      id: number;
      rule_id: number;
      scope_dim: string;
      scope_key: string;
      state: string;
      first_period: string;
      last_period: string;
      periods: string;
    }[];
  return { ...ws, answers, rule, evaluate, alerts };
}
