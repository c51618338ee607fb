import { FAIL_BELOW, itemRatio, scaleValues, scoreForm } from '../../../shared/domain/scorecard.ts';
import type { Answers, ScorecardItem, ScorecardSection } from '../../../shared/schemas/audits.ts';
import { getAudit, writeScore } from '../audits/audits.ts';
import { ensureStarterLibrary } from '../audits/library.ts';
import { previewSample } from '../audits/samples.ts';
import { getTemplate } from '../audits/templates.ts';
import type { Db } from '../db/open.ts';
import { insertAction } from '../improvement/actions.ts';
import { DAY, localDate, type Period } from './calendar.ts';
import type { Org } from './org.ts';
import { writeCalibrationDemo } from './audit-calibration.ts';
import { Rng } from './rng.ts';

/** Its own random stream, so adding audits leaves the tickets and training of a seed as they were. */
const STREAM_AUDITS = 8;
const PER_AGENT = 2;
const ACTIONS_PER_MONTH = 3;
/** Items a record often gives no occasion for. */
const OFTEN_NA = new Set(['followup_on_time', 'escalation', 'hold_notice', 'genuine_parts']);

/** Months of the demo period, oldest first (YYYY-MM). */
function monthsOf(period: Period): string[] {
  const months = new Set<string>();
  for (let t = period.start; t < period.end; t += DAY) months.add(localDate(t).slice(0, 7));
  return [...months];
}

function answer(rng: Rng, item: ScorecardItem, skill: number, bias: number): number | 'na' {
  if (OFTEN_NA.has(item.key) && rng.chance(0.4)) return 'na';
  const values = scaleValues(item).sort((a, b) => a - b);
  // Critical items fail rarely (a rude call is an exception), ordinary ones as often as the agent slips — as the
  // auditor sees it: a strict auditor (bias > 0) marks more slips, a lenient one (bias < 0) fewer.
  const slip = item.critical === 'none' ? Math.min(1, Math.max(0, 1 - skill + bias)) : (1 - skill) * 0.12;
  const good = values.filter((v) => (itemRatio(item, v) ?? 0) >= FAIL_BELOW + (item.scale === 'yes_no' ? 0 : 0.2));
  const bad = values.filter((v) => (itemRatio(item, v) ?? 0) < FAIL_BELOW);
  const pool = rng.chance(slip) && bad.length > 0 ? bad : good;
  return pool[rng.int(pool.length)]!;
}

export function answersFor(rng: Rng, sections: readonly ScorecardSection[], skill: number, bias = 0): Answers {
  const answers: Answers = {};
  for (const item of sections.flatMap((s) => s.items)) answers[item.key] = answer(rng, item, skill, bias);
  return answers;
}

/**
 * Twelve months of QA rounds: two records per agent and month (stratified by channel, seeded per month), onsite
 * visits on the onsite scorecard and the rest on the call/chat one, every audit of past months submitted and
 * about half of the last month still pending; auto-failed audits get corrective actions in every state.
 */
export function writeAuditsDemo(db: Db, org: Org, period: Period, seed: number): void {
  const rng = new Rng(seed, STREAM_AUDITS);
  ensureStarterLibrary(db, period.start);
  const templateId = (code: string) =>
    (db.prepare('SELECT id FROM scorecard_templates WHERE code = ? ORDER BY version DESC').get(code) as { id: number }).id;
  const call = getTemplate(db, templateId('QA-CALL'));
  const onsite = getTemplate(db, templateId('QA-ONSITE'));
  const skills = new Map(org.staff.map((s) => [s.id, 0.72 + rng.next() * 0.26]));
  const auditors = org.staff.filter((s) => s.role === 'quality_inspector').map((s) => s.name);
  const bias = auditorBiases(auditors);
  const months = monthsOf(period);
  const channelOf = db.prepare('SELECT channel FROM tickets WHERE id = ?').pluck();
  const insertSample = db.prepare(
    `INSERT INTO audit_samples (month, template_id, seed, per_agent, stratify, created_at) VALUES (?, ?, ?, ?, 'channel', ?)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO audits (sample_id, template_id, ticket_id, agent_id, month, auditor, status, answers, score, auto_fail,
       submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResult = db.prepare('INSERT INTO audit_item_results (audit_id, item_key, ratio, failed) VALUES (?, ?, ?, ?)');

  db.transaction(() => {
    months.forEach((month, m) => {
      let actionCount = 0;
      const last = m === months.length - 1;
      const monthSeed = (seed + m * 7919) % 2 ** 31;
      const drawn = previewSample(db, { month, templateId: call.id, perAgent: PER_AGENT, stratify: 'channel', seed: monthSeed });
      const createdAt = Math.min(period.end - DAY, period.start + (m + 1) * 30 * DAY);
      const sampleId = Number(insertSample.run(month, call.id, monthSeed, PER_AGENT, createdAt).lastInsertRowid);
      for (const c of drawn) {
        const template = channelOf.get(c.ticketId) === 'onsite' ? onsite : call;
        const auditor = auditors.length > 0 ? auditors[rng.int(auditors.length)]! : 'demo-generator';
        if (last && rng.chance(0.5)) {
          insertAudit.run(sampleId, template.id, c.ticketId, c.agentId, month, '', 'pending', '{}', null, null, null, createdAt, createdAt);
          continue;
        }
        const answers = answersFor(rng, template.sections, skills.get(c.agentId) ?? 0.85, bias.get(auditor) ?? 0);
        const result = scoreForm(template.sections, answers);
        const at = createdAt + rng.int(10) * DAY;
        const id = Number(
          insertAudit.run(sampleId, template.id, c.ticketId, c.agentId, month, auditor, 'submitted', JSON.stringify(answers), result.score, result.autoFail, at, createdAt, at)
            .lastInsertRowid,
        );
        for (const item of template.sections.flatMap((s) => s.items)) {
          const ratio = itemRatio(item, answers[item.key]);
          if (ratio !== null) insertResult.run(id, item.key, ratio, ratio < FAIL_BELOW ? 1 : 0);
        }
        if (result.autoFail === 'form' && actionCount < ACTIONS_PER_MONTH) {
          actionCount += 1;
          const item = template.sections.flatMap((s) => s.items).find((i) => i.critical === 'form' && result.failedItems.includes(i.key))!;
          const age = months.length - 1 - m;
          const status = age >= 3 ? (rng.chance(0.85) ? 'done' : 'cancelled') : age >= 1 ? 'in_progress' : 'open';
          const due = localDate(at + 30 * DAY);
          insertAction(
            db,
            {
              title: `纠正：${item.labelZh}`,
              detail: `质检一票否决（${month}），复训并在下月复检。`,
              kind: 'corrective',
              ownerId: c.agentId,
              dueOn: due,
              status,
              cycleId: null,
            },
            { kind: 'audit', id, ref: item.key },
            status === 'done' ? Math.min(at + 20 * DAY, period.end - DAY) : at,
          );
        }
      }
    });
    writeDisputes(db, rng, auditors[0] ?? 'demo-generator');
    writeCalibrationDemo(db, rng, { months, auditors, bias, template: call, at: (m) => Math.min(period.end - DAY, period.start + (m + 1) * 30 * DAY) });
  })();
}

/**
 * Most auditors judge alike; the first one is lenient (sees fewer slips) and the second strict (sees more), so the
 * leniency view and the calibration sessions have something true to show. Exported for the calibration demo.
 */
export function auditorBiases(auditors: readonly string[]): Map<string, number> {
  return new Map(auditors.map((name, i) => [name, i === 0 ? -0.12 : i === 1 ? 0.16 : 0]));
}

const DISPUTE_REASONS = ['录音开头被截断，实际已问候', '客户要求稍后回电，已按约定回电', '系统记录时间有误', '该项不适用于本次服务'];

/** Agents dispute a few failed items each month; about half are upheld and rescored, the rest rejected. */
function writeDisputes(db: Db, rng: Rng, arbitrator: string): void {
  const candidates = db
    .prepare(
      `SELECT a.id, a.month, r.item_key AS itemKey, s.name AS agent, a.submitted_at AS at
       FROM audits a JOIN audit_item_results r ON r.audit_id = a.id AND r.failed = 1 JOIN staff s ON s.id = a.agent_id
       WHERE a.status = 'submitted' ORDER BY a.id`,
    )
    .all() as { id: number; month: string; itemKey: string; agent: string; at: number }[];
  const insert = db.prepare(
    `INSERT INTO audit_disputes (audit_id, item_key, reason, raised_by, status, old_value, new_value, decision, decided_by,
       decided_at, score_before, score_after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perMonth = new Map<string, number>();
  const seen = new Set<number>();
  for (const c of candidates) {
    if ((perMonth.get(c.month) ?? 0) >= 2 || seen.has(c.id) || !rng.chance(0.05)) continue;
    perMonth.set(c.month, (perMonth.get(c.month) ?? 0) + 1);
    seen.add(c.id);
    const audit = getAudit(db, c.id);
    const item = audit.template.sections.flatMap((s) => s.items).find((i) => i.key === c.itemKey)!;
    const top = Math.max(...scaleValues(item));
    const upheld = rng.chance(0.5);
    const decidedAt = c.at + 3 * DAY;
    if (upheld) writeScore(db, audit, { ...audit.answers, [item.key]: top }, audit.findings, true, arbitrator, decidedAt);
    const after = upheld ? getAudit(db, c.id).score : audit.score;
    insert.run(
      c.id, c.itemKey, DISPUTE_REASONS[rng.int(DISPUTE_REASONS.length)]!, c.agent, upheld ? 'upheld' : 'rejected',
      JSON.stringify(audit.answers[item.key] ?? null), upheld ? JSON.stringify(top) : null,
      upheld ? '复核录音后认定申诉成立' : '复核后维持原评分', arbitrator, decidedAt, audit.score, after, c.at + DAY,
    );
  }
}
