import type { ParsedInput } from '../../../shared/api.ts';
import { isValidAnswer, itemRatio, scoreForm, FAIL_BELOW } from '../../../shared/domain/scorecard.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { Answers, Findings, type AuditDetail, type AuditRow } from '../../../shared/schemas/audits.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { listDisputes } from './disputes.ts';
import { getTemplate } from './templates.ts';

interface Row {
  id: number;
  month: string;
  status: AuditRow['status'];
  template_id: number;
  template_name_zh: string;
  template_name_en: string;
  template_version: number;
  ticket_id: number;
  ticket_ref: string;
  subject: string;
  channel: AuditRow['channel'];
  agent_id: number | null;
  agent_name: string | null;
  auditor: string;
  score: number | null;
  auto_fail: AuditRow['autoFail'];
  actions: number;
  disputes: number;
  changed: number;
  submitted_at: number | null;
  answers: string;
  findings: string;
  description: string;
  resolution: string | null;
  updated_at: number;
}

/** One fixed statement; each filter is a bound parameter that is NULL when unused. */
const SELECT = `
  SELECT a.*, t.name_zh AS template_name_zh, t.name_en AS template_name_en, t.version AS template_version,
    coalesce(k.external_id, '#' || k.id) AS ticket_ref, k.subject, k.channel, k.description, k.resolution,
    s.name AS agent_name,
    (SELECT count(*) FROM actions x WHERE x.source_kind = 'audit' AND x.source_id = a.id) AS actions,
    (SELECT count(DISTINCT d.item_key) FROM audit_disputes d WHERE d.audit_id = a.id) AS disputes,
    (SELECT count(*) FROM audit_disputes d WHERE d.audit_id = a.id AND d.status = 'upheld') AS changed
  FROM audits a
  JOIN scorecard_templates t ON t.id = a.template_id
  JOIN tickets k ON k.id = a.ticket_id
  LEFT JOIN staff s ON s.id = a.agent_id
  WHERE (@id IS NULL OR a.id = @id)
    AND (@month IS NULL OR a.month = @month)
    AND (@status IS NULL OR a.status = @status)
    AND (@agentId IS NULL OR a.agent_id = @agentId)
    AND (@sampleId IS NULL OR a.sample_id = @sampleId)
  ORDER BY a.month DESC, a.status = 'submitted', s.name, a.id
  LIMIT @limit`;

const toRow = (r: Row): AuditRow => ({
  id: r.id,
  month: r.month,
  status: r.status,
  templateId: r.template_id,
  templateNameZh: r.template_name_zh,
  templateNameEn: r.template_name_en,
  templateVersion: r.template_version,
  ticketId: r.ticket_id,
  ticketRef: r.ticket_ref,
  subject: r.subject,
  channel: r.channel,
  agentId: r.agent_id,
  agentName: r.agent_name,
  auditor: r.auditor,
  score: r.score,
  autoFail: r.auto_fail,
  actions: r.actions,
  disputes: r.disputes,
  changed: r.changed,
  submittedAt: r.submitted_at,
});

export interface AuditFilter {
  month?: string | undefined;
  status?: AuditRow['status'] | undefined;
  agentId?: number | undefined;
  sampleId?: number | undefined;
  limit: number;
}

export function listAudits(db: Db, f: AuditFilter): AuditRow[] {
  const rows = db.prepare(SELECT).all({
    id: null,
    month: f.month ?? null,
    status: f.status ?? null,
    agentId: f.agentId ?? null,
    sampleId: f.sampleId ?? null,
    limit: f.limit,
  }) as Row[];
  return rows.map(toRow);
}

export function getAudit(db: Db, id: number): AuditDetail {
  const row = db.prepare(SELECT).get({ id, month: null, status: null, agentId: null, sampleId: null, limit: 1 }) as Row | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no audit with id ${id}`, { id });
  const template = getTemplate(db, row.template_id);
  const answers = Answers.parse(JSON.parse(row.answers));
  return {
    ...toRow(row),
    template,
    answers,
    findings: Findings.parse(JSON.parse(row.findings)),
    description: row.description,
    resolution: row.resolution,
    result: scoreForm(template.sections, answers),
    disputeList: listDisputes(db, id),
    updatedAt: row.updated_at,
  };
}

/**
 * Save the auditor's answers and findings; `submit` finishes the audit, which needs every item answered (a value
 * or N/A). The score is always computed here from the audit's own template version, never taken from the caller.
 * Item results are rewritten on every save of a submitted audit, so the Pareto follows corrections.
 */
export function saveAudit(db: Db, actor: string, input: ParsedInput<'audits.save'>, now = Date.now()): AuditDetail {
  return writeTransaction(db, actor, (record) => {
    const before = getAudit(db, input.id);
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new QmFailure('CONFLICT', 'the audit changed since it was opened', { reason: 'stale' });
    }
    const items = before.template.sections.flatMap((s) => s.items);
    const byKey = new Map(items.map((i) => [i.key, i]));
    const bad = Object.entries(input.answers).filter(([key, value]) => {
      const item = byKey.get(key);
      return !item || !isValidAnswer(item, value);
    });
    const strayFindings = Object.keys(input.findings).filter((key) => !byKey.has(key));
    if (bad.length > 0 || strayFindings.length > 0) {
      throw new QmFailure('INVALID_INPUT', 'answers must fit the items of the audit\'s template version', {
        reason: 'bad_answers',
        items: [...bad.map(([key]) => key), ...strayFindings].slice(0, 50),
      });
    }
    const submitted = input.submit || before.status === 'submitted';
    const result = scoreForm(before.template.sections, input.answers);
    if (submitted && result.answered < result.total) {
      throw new QmFailure('INVALID_INPUT', `${result.total - result.answered} items are not answered yet`, {
        reason: 'incomplete',
        missing: result.total - result.answered,
      });
    }
    const findings = Object.fromEntries(Object.entries(input.findings).filter(([, text]) => text.trim() !== ''));
    writeScore(db, before, input.answers, findings, submitted, actor, now);
    const after = getAudit(db, input.id);
    const logged = (d: AuditDetail) => ({ status: d.status, score: d.score, autoFail: d.autoFail, answers: d.answers, findings: d.findings });
    record({ action: 'update', entity: 'audit', entityId: input.id, before: logged(before), after: logged(after) });
    return after;
  });
}

/**
 * Store answers with the score core computes from the audit's own template version; a submitted audit also gets
 * one item-result row per scored item (the Pareto reads these), rewritten on every change.
 */
export function writeScore(db: Db, audit: AuditDetail, answers: Answers, findings: Findings, submitted: boolean, actor: string, now: number): void {
  const result = scoreForm(audit.template.sections, answers);
  db.prepare(
    `UPDATE audits SET answers = ?, findings = ?, score = ?, auto_fail = ?, status = ?, submitted_at = ?,
       auditor = CASE auditor WHEN '' THEN ? ELSE auditor END, updated_at = ? WHERE id = ?`,
  ).run(
    JSON.stringify(answers),
    JSON.stringify(findings),
    result.score,
    result.autoFail,
    submitted ? 'submitted' : 'pending',
    submitted ? (audit.submittedAt ?? now) : null,
    actor,
    now,
    audit.id,
  );
  db.prepare('DELETE FROM audit_item_results WHERE audit_id = ?').run(audit.id);
  if (!submitted) return;
  const insert = db.prepare('INSERT INTO audit_item_results (audit_id, item_key, ratio, failed) VALUES (?, ?, ?, ?)');
  for (const item of audit.template.sections.flatMap((s) => s.items)) {
    const ratio = itemRatio(item, answers[item.key]);
    if (ratio !== null) insert.run(audit.id, item.key, ratio, ratio < FAIL_BELOW ? 1 : 0);
  }
}
