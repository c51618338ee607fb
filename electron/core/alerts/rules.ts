import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { AlertRule, AlertRuleFields } from '../../../shared/schemas/alerts.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { scopeNames } from './scopes.ts';

interface RuleRow {
  id: number;
  name: string;
  kpi: AlertRuleFields['kpi'];
  scope_dim: AlertRuleFields['scope']['dim'];
  scope_key: string;
  grain: AlertRuleFields['grain'];
  comparator: AlertRuleFields['comparator'];
  reference: AlertRuleFields['reference'];
  threshold: number | null;
  margin_pct: number;
  consecutive: number;
  min_n: number;
  enabled: 0 | 1;
  created_at: number;
  updated_at: number;
  open_alerts: number;
}

export const ruleFields = (r: RuleRow): AlertRuleFields => ({
  name: r.name,
  kpi: r.kpi,
  scope: { dim: r.scope_dim, key: r.scope_key },
  grain: r.grain,
  comparator: r.comparator,
  reference: r.reference,
  threshold: r.threshold,
  marginPct: r.margin_pct,
  consecutive: r.consecutive,
  minN: r.min_n,
  enabled: r.enabled === 1,
});

const toRule = (db: Db, r: RuleRow): AlertRule => {
  const [scopeName, scopeNameEn] = scopeNames(db, { dim: r.scope_dim, key: r.scope_key });
  return {
    id: r.id,
    fields: ruleFields(r),
    scopeName,
    scopeNameEn,
    openAlerts: r.open_alerts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

const SELECT = `SELECT r.*, (SELECT count(*) FROM alerts a WHERE a.rule_id = r.id AND a.state <> 'resolved') AS open_alerts
  FROM alert_rules r`;
const LIST_SQL = `${SELECT} ORDER BY r.id`;
const ENABLED_SQL = `${SELECT} WHERE r.enabled = 1 ORDER BY r.id`;
const ONE_SQL = `${SELECT} WHERE r.id = ?`;

export function listRules(db: Db): AlertRule[] {
  return (db.prepare(LIST_SQL).all() as RuleRow[]).map((r) => toRule(db, r));
}

/** Enabled rules with their ids, for the evaluator. */
export function enabledRules(db: Db): { id: number; fields: AlertRuleFields }[] {
  return (db.prepare(ENABLED_SQL).all() as RuleRow[]).map((r) => ({
    id: r.id,
    fields: ruleFields(r),
  }));
}

export function getRule(db: Db, id: number): AlertRule {
  const row = db.prepare(ONE_SQL).get(id) as RuleRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `No alert rule ${id}`, { entity: 'alert_rule', id });
  return toRule(db, row);
}

const params = (f: AlertRuleFields) => ({
  name: f.name,
  kpi: f.kpi,
  scopeDim: f.scope.dim,
  scopeKey: f.scope.key,
  grain: f.grain,
  comparator: f.comparator,
  reference: f.reference,
  threshold: f.threshold,
  marginPct: f.marginPct,
  consecutive: f.consecutive,
  minN: f.minN,
  enabled: f.enabled ? 1 : 0,
});

/** Insert inside the caller's transaction (demo seeding); returns the id. */
export function insertRule(db: Db, fields: AlertRuleFields, now: number): number {
  const result = db
    .prepare(
      `INSERT INTO alert_rules (name, kpi, scope_dim, scope_key, grain, comparator, reference, threshold, margin_pct,
         consecutive, min_n, enabled, created_at, updated_at)
       VALUES (@name, @kpi, @scopeDim, @scopeKey, @grain, @comparator, @reference, @threshold, @marginPct,
         @consecutive, @minN, @enabled, @now, @now)`,
    )
    .run({ ...params(fields), now });
  return Number(result.lastInsertRowid);
}

/** Create (no id) or update a rule, audited. Its alerts follow at the next evaluation. */
export function saveRule(
  db: Db,
  actor: string,
  input: ParsedInput<'alerts.rules.save'>,
  now = Date.now(),
): AlertRule {
  return writeTransaction(db, actor, (record) => {
    if (input.id === undefined) {
      const id = insertRule(db, input.fields, now);
      record({ action: 'create', entity: 'alert_rule', entityId: id, before: null, after: input.fields });
      return getRule(db, id);
    }
    const before = getRule(db, input.id);
    db.prepare(
      `UPDATE alert_rules SET name = @name, kpi = @kpi, scope_dim = @scopeDim, scope_key = @scopeKey, grain = @grain,
         comparator = @comparator, reference = @reference, threshold = @threshold, margin_pct = @marginPct,
         consecutive = @consecutive, min_n = @minN, enabled = @enabled, updated_at = @now WHERE id = @id`,
    ).run({ ...params(input.fields), now, id: input.id });
    record({
      action: 'update',
      entity: 'alert_rule',
      entityId: input.id,
      before: before.fields,
      after: input.fields,
    });
    return getRule(db, input.id);
  });
}

/** Deleting a rule resolves its open alerts; every alert keeps the rule as it was, so the history still reads. */
export function deleteRule(db: Db, actor: string, id: number, now = Date.now()): null {
  return writeTransaction(db, actor, (record) => {
    const before = getRule(db, id);
    db.prepare(
      `UPDATE alerts SET state = 'resolved', resolved_at = ?, updated_at = ? WHERE rule_id = ? AND state <> 'resolved'`,
    ).run(now, now, id);
    db.prepare('DELETE FROM alert_rules WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'alert_rule', entityId: id, before: before.fields, after: null });
    return null;
  });
}
