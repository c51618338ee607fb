import type { AUDIT_KPI_IDS, ScopeDim } from '../../../shared/domain/kpi-catalog.ts';
import type { Period } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import type { Measured } from './formulas.ts';
import { dayCutter, dayRangeUtc } from './rollup.ts';
import { scopeKeyParam } from './ticket-rows.ts';

export type AuditKpiId = (typeof AUDIT_KPI_IDS)[number];

/** The additive facts of a set of submitted audits. */
export interface AuditSums {
  submitted: number;
  scored: number;
  scoreSum: number;
  autoFailed: number;
}

export const auditSums = (): AuditSums => ({ submitted: 0, scored: 0, scoreSum: 0, autoFailed: 0 });

/** The audit KPI formulas (texts: shared/i18n/kpi/sources-*.ts); an empty period is null, never 0 or NaN. */
export const AUDIT_FORMULAS: Record<AuditKpiId, (s: AuditSums) => Measured> = {
  qa_score_avg: (s) => ({ value: s.scored === 0 ? null : s.scoreSum / s.scored, n: s.scored }),
  qa_autofail_rate: (s) => ({
    value: s.submitted === 0 ? null : (100 * s.autoFailed) / s.submitted,
    n: s.submitted,
  }),
};

/**
 * How an audit reaches a scope (a whitelist; the key is always bound): outlet, team and agent through the audited
 * agent (`s`), channel, category and segment through the audited ticket (`t`).
 */
const SCOPE_CONDITION: Record<ScopeDim, string> = {
  org: '1 = 1',
  outlet: 's.outlet_id = @key',
  team: 's.team_id = @key',
  agent: 'a.agent_id = @key',
  channel: 't.channel = @key',
  category: 't.category_id IN (SELECT id FROM categories WHERE id = @key OR parent_id = @key)',
  segment: 't.customer_id IN (SELECT id FROM customers WHERE segment = @key)',
};

/** Submitted audits of [from, to) (UTC ms) in a scope, one statement per dimension built once. */
const AUDITS_SQL = Object.fromEntries(
  Object.entries(SCOPE_CONDITION).map(([dim, cond]) => [
    dim,
    `SELECT a.submitted_at AS at, a.score AS score, a.auto_fail IS NOT NULL AS failed
     FROM audits a LEFT JOIN staff s ON s.id = a.agent_id LEFT JOIN tickets t ON t.id = a.ticket_id
     WHERE a.status = 'submitted' AND a.submitted_at >= @from AND a.submitted_at < @to AND ${cond}`,
  ]),
) as Record<ScopeDim, string>;

/**
 * Sums of the submitted audits of each period. An audit belongs to the local day it was submitted on (not its sample
 * month): a day, week or custom period then holds the audits finished in it, as the dashboard's other KPIs do.
 */
export function loadAuditSums(
  db: Db,
  timeZone: string,
  scope: KpiScope,
  periods: readonly Period[],
  inPeriods: (day: number) => readonly number[],
): AuditSums[] {
  const out = periods.map(auditSums);
  const first = periods.reduce((m, p) => (p.from < m ? p.from : m), periods[0]?.from ?? '');
  const last = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]?.to ?? '');
  const [from, to] = dayRangeUtc(timeZone, first, last);
  const params: Record<string, number | string> = { from, to };
  if (scope.dim !== 'org') params['key'] = scopeKeyParam(scope.dim, scope.key);
  const cut = dayCutter(timeZone);
  const rows = db.prepare(AUDITS_SQL[scope.dim]).all(params) as {
    at: number;
    score: number | null;
    failed: number;
  }[];
  for (const row of rows) {
    for (const i of inPeriods(cut(row.at))) {
      const s = out[i] as AuditSums;
      s.submitted += 1;
      s.autoFailed += row.failed;
      if (row.score !== null) {
        s.scored += 1;
        s.scoreSum += row.score;
      }
    }
  }
  return out;
}
