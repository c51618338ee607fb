import type { ParsedInput } from '../../../shared/api.ts';
import { checkWindow } from '../../../shared/domain/pdca-check.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { ActionCheck, CheckAudit, CheckOptions } from '../../../shared/schemas/action-checks.ts';
import type { Action } from '../../../shared/schemas/improvement.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { computeKpis } from '../kpi/compute.ts';
import { ticketCoverage } from '../kpi/coverage.ts';
import { getSettings } from '../settings/service.ts';
import { getAction } from './actions.ts';

const AUDIT = `SELECT q.id, coalesce(k.external_id, '#' || k.id) AS ticketRef, q.month, q.score,
    coalesce(q.submitted_at, q.created_at) AS submittedAt, q.agent_id AS agentId, q.status
  FROM audits q JOIN tickets k ON k.id = q.ticket_id`;

const ONE_AUDIT = `${AUDIT} WHERE q.id = ?`;
const LATER_AUDITS = `${AUDIT} WHERE q.agent_id = ? AND q.status = 'submitted' AND q.id <> ? AND q.submitted_at > ?
  ORDER BY q.submitted_at, q.id`;

type AuditRow = CheckAudit & { agentId: number | null; status: string };

const checkAudit = ({ id, ticketRef, month, score, submittedAt }: AuditRow): CheckAudit => ({
  id,
  ticketRef,
  month,
  score,
  submittedAt,
});

const auditRow = (db: Db, id: number): AuditRow | undefined =>
  db.prepare(ONE_AUDIT).get(id) as AuditRow | undefined;

/** The audit an action came from, when it came from one that still exists. */
function sourceAudit(action: Action): number | null {
  return action.source.kind === 'audit' ? action.source.id : null;
}

/** Later submitted audits of the agent the source audit scored: the candidates for a re-audit. */
function laterAudits(db: Db, source: AuditRow): AuditRow[] {
  if (source.agentId === null) return [];
  return db.prepare(LATER_AUDITS).all(source.agentId, source.id, source.submittedAt) as AuditRow[];
}

export function checkOptions(db: Db, actionId: number): CheckOptions {
  const id = sourceAudit(getAction(db, actionId));
  const source = id === null ? undefined : auditRow(db, id);
  if (!source) return { audit: null, agentName: null, reaudits: [] };
  const agentName =
    source.agentId === null
      ? null
      : ((db.prepare('SELECT name FROM staff WHERE id = ?').pluck().get(source.agentId) as
          string | undefined) ?? null);
  return { audit: checkAudit(source), agentName, reaudits: laterAudits(db, source).map(checkAudit) };
}

interface CheckRow {
  method: 'reaudit' | 'kpi';
  audit_id: number | null;
  reaudit_id: number | null;
  kpi_id: string | null;
  scope_dim: string | null;
  scope_key: string | null;
  before_from: string | null;
  before_to: string | null;
  after_from: string | null;
  after_to: string | null;
  before_value: number | null;
  after_value: number | null;
  verdict: ActionCheck['verdict'];
  note: string;
  actor: string;
  checked_at: number;
}

/** The recorded check of an action, or null. Audit scores are read live, so a dispute's score change shows. */
export function loadCheck(db: Db, actionId: number): ActionCheck | null {
  const row = db.prepare('SELECT * FROM action_checks WHERE action_id = ?').get(actionId) as
    CheckRow | undefined;
  if (!row) return null;
  const common = { verdict: row.verdict, note: row.note, actor: row.actor, checkedAt: row.checked_at };
  if (row.method === 'reaudit') {
    const audit = auditRow(db, row.audit_id ?? 0);
    const reaudit = auditRow(db, row.reaudit_id ?? 0);
    if (!audit || !reaudit) return null;
    return {
      ...common,
      evidence: { method: 'reaudit', audit: checkAudit(audit), reaudit: checkAudit(reaudit) },
    };
  }
  return {
    ...common,
    evidence: {
      method: 'kpi',
      kpi: row.kpi_id ?? '',
      scope: { dim: row.scope_dim ?? 'org', key: row.scope_key ?? '' },
      before: { from: row.before_from ?? '', to: row.before_to ?? '', value: row.before_value },
      after: { from: row.after_from ?? '', to: row.after_to ?? '', value: row.after_value },
    },
  };
}

const refuse = (reason: string, message: string, details: Record<string, unknown> = {}) =>
  new QmFailure('CONFLICT', message, { reason, ...details });

type Evidence = ParsedInput<'actions.check.save'>['evidence'];

/** The columns of a re-audit check, after making sure the re-audit is a later one of the same agent. */
function reauditColumns(db: Db, action: Action, reauditId: number) {
  const sourceId = sourceAudit(action);
  const source = sourceId === null ? undefined : auditRow(db, sourceId);
  if (!source) throw refuse('noSourceAudit', 'A re-audit check needs an action raised from an audit.');
  if (!laterAudits(db, source).some((a) => a.id === reauditId))
    throw refuse(
      'notLaterAudit',
      'The re-audit must be a later submitted audit of the same agent as the audit that raised the action.',
      { reauditId },
    );
  return { audit_id: source.id, reaudit_id: reauditId };
}

/** The columns of a KPI check, with both values computed by the KPI engine from PDCA Check's window. */
function kpiColumns(db: Db, evidence: Extract<Evidence, { method: 'kpi' }>, now: number) {
  const { timeZone } = getSettings(db);
  const window = checkWindow(evidence.from, ticketCoverage(db, timeZone).lastDay);
  if (window === null)
    throw refuse('kpiNoData', `There are no tickets on or after ${evidence.from} to compare yet.`, {
      from: evidence.from,
    });
  const value = (p: { from: string; to: string }) =>
    computeKpis(
      db,
      { timeZone, now },
      { period: `${p.from}..${p.to}`, scope: evidence.scope, kpis: [evidence.kpi] },
    ).kpis[0]?.value ?? null;
  return {
    kpi_id: evidence.kpi,
    scope_dim: evidence.scope.dim,
    scope_key: evidence.scope.key,
    before_from: window.before.from,
    before_to: window.before.to,
    after_from: window.after.from,
    after_to: window.after.to,
    before_value: value(window.before),
    after_value: value(window.after),
  };
}

const EMPTY = {
  audit_id: null,
  reaudit_id: null,
  kpi_id: null,
  scope_dim: null,
  scope_key: null,
  before_from: null,
  before_to: null,
  after_from: null,
  after_to: null,
  before_value: null,
  after_value: null,
};

/**
 * Record the check of an implemented action (status 'done'); recording again replaces it. A closed action keeps
 * the check that closed it: reopen it (back to 'done') first.
 */
export function saveCheck(
  db: Db,
  actor: string,
  input: ParsedInput<'actions.check.save'>,
  now = Date.now(),
): Action {
  return writeTransaction(db, actor, (record) => {
    const action = getAction(db, input.actionId, now);
    if (action.status === 'closed')
      throw refuse(
        'alreadyClosed',
        'The action is closed; set it back to done before recording another check.',
      );
    if (action.status !== 'done')
      throw refuse('notDone', 'Record the effectiveness check once the action is done (implemented).');
    const { evidence } = input;
    const columns =
      evidence.method === 'reaudit'
        ? { ...EMPTY, ...reauditColumns(db, action, evidence.reauditId) }
        : { ...EMPTY, ...kpiColumns(db, evidence, now) };
    db.prepare(
      `INSERT OR REPLACE INTO action_checks (action_id, method, audit_id, reaudit_id, kpi_id, scope_dim, scope_key,
         before_from, before_to, after_from, after_to, before_value, after_value, verdict, note, actor, checked_at)
       VALUES (@actionId, @method, @audit_id, @reaudit_id, @kpi_id, @scope_dim, @scope_key, @before_from,
         @before_to, @after_from, @after_to, @before_value, @after_value, @verdict, @note, @actor, @now)`,
    ).run({
      ...columns,
      actionId: action.id,
      method: evidence.method,
      verdict: input.verdict,
      note: input.note,
      actor,
      now,
    });
    const after = getAction(db, action.id, now);
    record({ action: 'update', entity: 'action', entityId: action.id, before: action, after });
    return after;
  });
}

/** Why an action cannot be closed yet, or null when its check allows it. */
export function closeProblem(db: Db, actionId: number | null): QmFailure | null {
  const check = actionId === null ? null : loadCheck(db, actionId);
  if (check === null)
    return refuse('checkMissing', 'An action is closed only after its effectiveness check is recorded.');
  if (check.verdict !== 'effective')
    return refuse(
      'checkNotEffective',
      'The effectiveness check found the action not effective: keep working on it or record a new check.',
    );
  return null;
}
