import { QmFailure } from '../../../shared/errors.ts';
import type {
  Alert,
  AlertPeriod,
  AlertRuleFields,
  AlertState,
  AlertSummary,
} from '../../../shared/schemas/alerts.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import type { LoadContext } from '../kpi/ticket-sums.ts';
import { scopeNames } from './scopes.ts';
import { evaluateIfStale } from './watch.ts';

interface AlertRow {
  id: number;
  rule_id: number | null;
  rule: string;
  scope_dim: Alert['scope']['dim'];
  scope_key: string;
  state: AlertState;
  first_period: string;
  last_period: string;
  periods: string;
  raised_at: number;
  updated_at: number;
  acknowledged_at: number | null;
  resolved_at: number | null;
  worksheet_id: number | null;
  worksheet_title: string | null;
  worksheet_kind: 'fishbone' | 'five_why' | null;
  cycle_id: number | null;
  cycle_title: string | null;
  action_id: number | null;
  action_title: string | null;
}

const SELECT = `SELECT a.*, w.title AS worksheet_title, w.kind AS worksheet_kind, c.title AS cycle_title,
    x.title AS action_title
  FROM alerts a
  LEFT JOIN rca_worksheets w ON w.id = a.worksheet_id
  LEFT JOIN pdca_cycles c ON c.id = a.cycle_id
  LEFT JOIN actions x ON x.id = a.action_id`;

function toAlert(db: Db, r: AlertRow): Alert {
  const [scopeName, scopeNameEn] = scopeNames(db, { dim: r.scope_dim, key: r.scope_key });
  return {
    id: r.id,
    ruleId: r.rule_id,
    rule: JSON.parse(r.rule) as AlertRuleFields,
    scope: { dim: r.scope_dim, key: r.scope_key },
    scopeName,
    scopeNameEn,
    state: r.state,
    firstPeriod: r.first_period,
    lastPeriod: r.last_period,
    periods: JSON.parse(r.periods) as AlertPeriod[],
    raisedAt: r.raised_at,
    updatedAt: r.updated_at,
    acknowledgedAt: r.acknowledged_at,
    resolvedAt: r.resolved_at,
    worksheet:
      r.worksheet_id !== null && r.worksheet_kind !== null
        ? { id: r.worksheet_id, title: r.worksheet_title ?? '', kind: r.worksheet_kind }
        : null,
    cycle: r.cycle_id !== null ? { id: r.cycle_id, title: r.cycle_title ?? '' } : null,
    action: r.action_id !== null ? { id: r.action_id, title: r.action_title ?? '' } : null,
  };
}

const LIST_SQL = `${SELECT}
  WHERE (@states IS NULL OR a.state IN (SELECT value FROM json_each(@states)))
    AND (@ruleId IS NULL OR a.rule_id = @ruleId)
  ORDER BY CASE a.state WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 ELSE 2 END, a.raised_at DESC, a.id DESC
  LIMIT 2000`;
const ONE_SQL = `${SELECT} WHERE a.id = ?`;

/** Open alerts first (new before acknowledged), newest first; the list the inbox shows. */
export function listAlerts(
  db: Db,
  filter: { states?: AlertState[] | undefined; ruleId?: number | undefined },
): Alert[] {
  const rows = db.prepare(LIST_SQL).all({
    states: filter.states && filter.states.length > 0 ? JSON.stringify(filter.states) : null,
    ruleId: filter.ruleId ?? null,
  }) as AlertRow[];
  return rows.map((r) => toAlert(db, r));
}

export function getAlert(db: Db, id: number): Alert {
  const row = db.prepare(ONE_SQL).get(id) as AlertRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `No alert ${id}`, { entity: 'alert', id });
  return toAlert(db, row);
}

/** The badge: evaluates first when data changed since the last look, then counts. */
export function alertSummary(db: Db, ctx: LoadContext): AlertSummary {
  const result = evaluateIfStale(db, ctx);
  const counts = db
    .prepare(
      `SELECT count(*) FILTER (WHERE state = 'new') AS new, count(*) FILTER (WHERE state <> 'resolved') AS open
       FROM alerts`,
    )
    .get() as { new: number; open: number };
  return { ...counts, evaluated: result.evaluated, evaluatedAt: result.evaluatedAt };
}

/** Someone has seen it: new → acknowledged (a resolved alert stays resolved). */
export function acknowledgeAlert(db: Db, actor: string, id: number, now = Date.now()): Alert {
  return writeTransaction(db, actor, (record) => {
    const before = getAlert(db, id);
    if (before.state !== 'new') return before;
    db.prepare(
      `UPDATE alerts SET state = 'acknowledged', acknowledged_at = ?, updated_at = ? WHERE id = ?`,
    ).run(now, now, id);
    record({
      action: 'update',
      entity: 'alert',
      entityId: id,
      before: { state: before.state },
      after: { state: 'acknowledged' },
    });
    return getAlert(db, id);
  });
}
