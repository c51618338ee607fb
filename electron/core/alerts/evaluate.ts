import type { KpiId } from '../../../shared/domain/kpi-catalog.ts';
import { periodHolding, trailingPeriods, type Period } from '../../../shared/domain/kpi-period.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { AlertPeriod, AlertRuleFields } from '../../../shared/schemas/alerts.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { workspaceToday } from '../improvement/today.ts';
import { measureKpis } from '../kpi/sources.ts';
import { targetsFor } from '../kpi/targets.ts';
import type { LoadContext } from '../kpi/ticket-sums.ts';
import { alertLimit, ongoingBreach } from './condition.ts';
import { enabledRules } from './rules.ts';
import { expandScope } from './scopes.ts';

export interface EvaluationResult {
  raised: number;
  updated: number;
  resolved: number;
  /** False when the KPI rollup must first be built as a job (a large workspace just opened): nothing changed. */
  evaluated: boolean;
}

interface Breach {
  scope: KpiScope;
  figures: AlertPeriod[];
}

/**
 * The figures of a rule for one scope over the periods: value and n from the KPI engine (the rollup), the reference
 * (target, benchmark, or the organisation's value of the same period) and the limit that follows.
 */
function figuresOf(
  db: Db,
  ctx: LoadContext,
  rule: AlertRuleFields,
  scope: KpiScope,
  periods: readonly Period[],
  orgValues: readonly (number | null)[] | null,
): AlertPeriod[] {
  const measured = measureKpis(db, ctx, scope, periods, [rule.kpi]).get(rule.kpi) ?? [];
  const target = rule.reference === 'target' ? (targetsFor(db, scope).get(rule.kpi)?.target ?? null) : null;
  return periods.map((p, i) => {
    const reference =
      rule.reference === 'target'
        ? target
        : rule.reference === 'benchmark'
          ? rule.threshold
          : rule.reference === 'org'
            ? (orgValues?.[i] ?? null)
            : null;
    const m = measured[i] ?? { value: null, n: 0 };
    return { period: p.text, value: m.value, n: m.n, reference, limit: alertLimit(rule, reference) };
  });
}

/** Every scope of a rule whose condition holds now, with the figures of its breaching periods. */
function breachesOf(db: Db, ctx: LoadContext, rule: AlertRuleFields, today: string): Breach[] {
  // The unfinished current period and as many before it as the rule needs in a row.
  const periods = trailingPeriods(periodHolding(today, rule.grain), rule.consecutive + 1);
  const orgValues =
    rule.reference === 'org'
      ? (measureKpis(db, ctx, { dim: 'org', key: '' }, periods, [rule.kpi]).get(rule.kpi as KpiId) ?? []).map(
          (m) => m.value,
        )
      : null;
  const out: Breach[] = [];
  for (const scope of expandScope(db, rule.scope)) {
    const figures = figuresOf(db, ctx, rule, scope, periods, orgValues);
    const run = ongoingBreach(rule, figures);
    if (run) out.push({ scope, figures: figures.slice(run[0], run[1] + 1) });
  }
  return out;
}

interface OpenRow {
  id: number;
  rule_id: number | null;
  scope_dim: string;
  scope_key: string;
  rule: string;
  periods: string;
}

/**
 * Evaluates every enabled rule at `ctx.now` and brings the alerts in line in one transaction: a breach without an
 * open alert of its rule and scope raises one; a breach with one updates its figures (never a second alert); an
 * open alert whose breach is gone - cleared, rule disabled or narrowed - is resolved and kept.
 */
export function evaluateAlerts(db: Db, ctx: LoadContext): EvaluationResult {
  const today = workspaceToday(db, ctx.now);
  const found = new Map<string, { ruleId: number; rule: AlertRuleFields; breach: Breach }>();
  try {
    for (const { id, fields } of enabledRules(db)) {
      for (const breach of breachesOf(db, ctx, fields, today))
        found.set(`${id}|${breach.scope.dim}|${breach.scope.key}`, { ruleId: id, rule: fields, breach });
    }
  } catch (err) {
    if (err instanceof QmFailure && err.details?.['reason'] === 'kpi_rollup')
      return { raised: 0, updated: 0, resolved: 0, evaluated: false };
    throw err;
  }
  const result: EvaluationResult = { raised: 0, updated: 0, resolved: 0, evaluated: true };
  const now = ctx.now;
  db.transaction(() => {
    const open = db
      .prepare(
        `SELECT id, rule_id, scope_dim, scope_key, rule, periods FROM alerts WHERE state <> 'resolved'`,
      )
      .all() as OpenRow[];
    const update = db.prepare(
      'UPDATE alerts SET rule = ?, last_period = ?, periods = ?, updated_at = ? WHERE id = ?',
    );
    const resolve = db.prepare(
      `UPDATE alerts SET state = 'resolved', resolved_at = ?, updated_at = ? WHERE id = ?`,
    );
    for (const row of open) {
      const key = `${row.rule_id}|${row.scope_dim}|${row.scope_key}`;
      const hit = found.get(key);
      if (!hit) {
        resolve.run(now, now, row.id);
        result.resolved += 1;
        continue;
      }
      found.delete(key);
      const { figures } = hit.breach;
      const rule = JSON.stringify(hit.rule);
      const periods = JSON.stringify(figures);
      if (row.periods === periods && row.rule === rule) continue;
      update.run(rule, (figures[figures.length - 1] as AlertPeriod).period, periods, now, row.id);
      result.updated += 1;
    }
    const insert = db.prepare(
      `INSERT INTO alerts (rule_id, rule, scope_dim, scope_key, state, first_period, last_period, periods, raised_at,
         updated_at) VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?)`,
    );
    for (const { ruleId, rule, breach } of found.values()) {
      const { figures, scope } = breach;
      insert.run(
        ruleId,
        JSON.stringify(rule),
        scope.dim,
        scope.key,
        (figures[0] as AlertPeriod).period,
        (figures[figures.length - 1] as AlertPeriod).period,
        JSON.stringify(figures),
        now,
        now,
      );
      result.raised += 1;
    }
  })();
  return result;
}
