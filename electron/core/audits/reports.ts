import type { AgentScoreRow, ItemFailure } from '../../../shared/schemas/audits.ts';
import type { Db } from '../db/open.ts';
import { getTemplate } from './templates.ts';

/** Average submitted score per agent and month, with the auto-fails counted apart. */
export function agentScores(db: Db, from: string, to: string): AgentScoreRow[] {
  return db
    .prepare(
      `SELECT a.agent_id AS agentId, s.name AS agentName, a.month, count(*) AS audits,
         round(avg(a.score), 2) AS average, sum(a.auto_fail IS NOT NULL) AS autoFails
       FROM audits a JOIN staff s ON s.id = a.agent_id
       WHERE a.status = 'submitted' AND a.month BETWEEN ? AND ?
       GROUP BY a.agent_id, a.month
       ORDER BY s.name, a.agent_id, a.month`,
    )
    .all(from, to) as AgentScoreRow[];
}

/**
 * How often each item of a template failed, over every version of it (item keys are stable across versions),
 * most failed first. Labels come from the newest version that has the item.
 */
export function itemFailures(db: Db, templateId: number, from: string, to: string): ItemFailure[] {
  const template = getTemplate(db, templateId);
  const rows = db
    .prepare(
      `SELECT r.item_key AS key, sum(r.failed) AS failures, count(*) AS scored
       FROM audit_item_results r
       JOIN audits a ON a.id = r.audit_id
       JOIN scorecard_templates t ON t.id = a.template_id
       WHERE t.code = ? AND a.month BETWEEN ? AND ?
       GROUP BY r.item_key
       HAVING sum(r.failed) > 0
       ORDER BY failures DESC, r.item_key`,
    )
    .all(template.code, from, to) as { key: string; failures: number; scored: number }[];
  const versions = db
    .prepare('SELECT id FROM scorecard_templates WHERE code = ? ORDER BY version DESC')
    .all(template.code) as { id: number }[];
  const labels = new Map<string, { labelZh: string; labelEn: string }>();
  for (const { id } of versions) {
    for (const item of getTemplate(db, id).sections.flatMap((s) => s.items)) {
      if (!labels.has(item.key)) labels.set(item.key, { labelZh: item.labelZh, labelEn: item.labelEn });
    }
  }
  return rows.map((r) => ({ ...r, ...(labels.get(r.key) ?? { labelZh: r.key, labelEn: r.key }) }));
}
