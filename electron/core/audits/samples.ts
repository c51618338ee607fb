import type { SamplePlan, SampleSummary } from '../../../shared/schemas/audits.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { localToUtc } from '../../../shared/domain/zoned-time.ts';
import { drawTickets, type Candidate } from './draw.ts';
import { getTemplate } from './templates.ts';

/** UTC bounds of a local month (YYYY-MM) in the workspace's time zone. */
export function monthBounds(db: Db, month: string): [number, number] {
  const { timeZone } = getSettings(db);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? [y + 1, 1] : [y, m + 1];
  return [localToUtc(timeZone, y, m, 1, 0), localToUtc(timeZone, next[0]!, next[1]!, 1, 0)];
}

/*
 * Finished records of the month handled by an agent and not audited yet. The stratum column comes from a fixed
 * choice (never from the caller's text).
 */
const STRATUM_SQL = { none: "''", channel: 't.channel', category: "coalesce(CAST(t.category_id AS TEXT), '')" } as const;
const candidatesSql = (stratify: SamplePlan['stratify']) => `
  SELECT t.id AS ticketId, t.assignee_id AS agentId, ${STRATUM_SQL[stratify]} AS stratum
  FROM tickets t
  WHERE t.created_at >= @from AND t.created_at < @to
    AND t.assignee_id IS NOT NULL
    AND t.status IN ('resolved', 'closed')
    AND NOT EXISTS (SELECT 1 FROM audits a WHERE a.ticket_id = t.id)`;

interface SampleRow {
  id: number;
  month: string;
  template_id: number;
  seed: number;
  per_agent: number | null;
  percent: number | null;
  stratify: SampleSummary['stratify'];
  created_at: number;
  drawn: number;
  agents: number;
}

const SELECT = `
  SELECT s.*, count(a.id) AS drawn, count(DISTINCT a.agent_id) AS agents
  FROM audit_samples s LEFT JOIN audits a ON a.sample_id = s.id
  WHERE (@id IS NULL OR s.id = @id) AND (@month IS NULL OR s.month = @month)
  GROUP BY s.id ORDER BY s.month DESC, s.id DESC`;

const toSummary = (r: SampleRow): SampleSummary => ({
  id: r.id,
  month: r.month,
  templateId: r.template_id,
  seed: r.seed,
  perAgent: r.per_agent,
  percent: r.percent,
  stratify: r.stratify,
  drawn: r.drawn,
  agents: r.agents,
  createdAt: r.created_at,
});

export function listSamples(db: Db, month: string | null = null): SampleSummary[] {
  return (db.prepare(SELECT).all({ id: null, month }) as SampleRow[]).map(toSummary);
}

/** What a plan would draw now, without writing anything (the CLI prints it; the dialog previews counts). */
export function previewSample(db: Db, plan: SamplePlan & { seed: number }): Candidate[] {
  const [from, to] = monthBounds(db, plan.month);
  const candidates = db.prepare(candidatesSql(plan.stratify)).all({ from, to }) as Candidate[];
  return drawTickets(candidates, plan, plan.seed);
}

/**
 * Draw a month's sample and queue one pending audit per drawn record. The seed is stored with the plan; records
 * already audited are skipped, so a second draw in the same month adds only new records.
 */
export function drawSample(db: Db, actor: string, plan: SamplePlan, now = Date.now()): SampleSummary {
  const template = getTemplate(db, plan.templateId);
  if (template.kind !== 'audit' || !template.current || !template.active) {
    throw new QmFailure('CONFLICT', 'sample with the current version of an active audit template', { reason: 'template_unusable' });
  }
  const seed = plan.seed ?? Math.floor(Math.random() * 2 ** 31);
  return writeTransaction(db, actor, (record) => {
    const drawn = previewSample(db, { ...plan, seed });
    if (drawn.length === 0) {
      throw new QmFailure('CONFLICT', `no unaudited finished records with an agent in ${plan.month}`, { reason: 'nothing_to_sample' });
    }
    const id = Number(
      db
        .prepare(
          `INSERT INTO audit_samples (month, template_id, seed, per_agent, percent, stratify, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(plan.month, plan.templateId, seed, plan.perAgent ?? null, plan.percent ?? null, plan.stratify, now).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO audits (sample_id, template_id, ticket_id, agent_id, month, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of drawn) insert.run(id, plan.templateId, c.ticketId, c.agentId, plan.month, now, now);
    const after = toSummary(db.prepare(SELECT).get({ id, month: null }) as SampleRow);
    record({ action: 'create', entity: 'audit_sample', entityId: id, before: null, after: { ...after, ticketIds: drawn.map((c) => c.ticketId) } });
    return after;
  });
}
