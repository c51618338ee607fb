import type { ParsedInput } from '../../../shared/api.ts';
import { isValidAnswer, scoreForm } from '../../../shared/domain/scorecard.ts';
import { localToUtc, wallClock } from '../../../shared/domain/zoned-time.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { Answers, Findings, type ScorecardSection } from '../../../shared/schemas/audits.ts';
import type { VisitDetail, VisitFields, VisitRow, VisitStatus } from '../../../shared/schemas/mystery.ts';
import { writeTransaction } from '../audit-log/record.ts';
import { getTemplate } from '../audits/templates.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { listAppeals } from './appeal-rows.ts';
import { currentTemplateId, getWave } from './programmes.ts';

interface Row {
  id: number;
  wave_id: number;
  wave_name: string;
  outlet_id: number;
  outlet_name: string;
  scenario_id: number | null;
  scenario_name: string | null;
  template_id: number;
  template_version: number;
  shopper: string;
  visited_at: number;
  visit_day: string;
  duration_min: number;
  status: VisitStatus;
  score: number | null;
  auto_fail: VisitRow['autoFail'];
  appeals: number;
  open_appeals: number;
  actions: number;
  updated_at: number;
  answers: string;
  findings: string;
  comments: string;
  reviewed_by: string | null;
}

/** One fixed statement; each filter is a bound parameter that is NULL when unused. */
const SELECT = `
  SELECT v.*, w.name AS wave_name, o.name AS outlet_name, s.name AS scenario_name, t.version AS template_version,
    (SELECT count(*) FROM mystery_appeals a WHERE a.visit_id = v.id) AS appeals,
    (SELECT count(*) FROM mystery_appeals a WHERE a.visit_id = v.id AND a.status = 'open') AS open_appeals,
    (SELECT count(*) FROM actions x WHERE x.source_kind = 'mystery' AND x.source_id = v.id) AS actions
  FROM mystery_visits v
  JOIN mystery_waves w ON w.id = v.wave_id
  JOIN outlets o ON o.id = v.outlet_id
  JOIN scorecard_templates t ON t.id = v.template_id
  LEFT JOIN mystery_scenarios s ON s.id = v.scenario_id
  WHERE (@id IS NULL OR v.id = @id)
    AND (@waveId IS NULL OR v.wave_id = @waveId)
    AND (@status IS NULL OR v.status = @status)
    AND (@outletId IS NULL OR v.outlet_id = @outletId)
  ORDER BY v.visited_at DESC, v.id DESC
  LIMIT @limit`;

const toRow = (r: Row): VisitRow => ({
  id: r.id,
  waveId: r.wave_id,
  waveName: r.wave_name,
  outletId: r.outlet_id,
  outletName: r.outlet_name,
  scenarioId: r.scenario_id,
  scenarioName: r.scenario_name,
  templateId: r.template_id,
  templateVersion: r.template_version,
  shopper: r.shopper,
  visitedAt: r.visited_at,
  visitDay: r.visit_day,
  durationMin: r.duration_min,
  status: r.status,
  score: r.score,
  autoFail: r.auto_fail,
  appeals: r.appeals,
  openAppeals: r.open_appeals,
  actions: r.actions,
  updatedAt: r.updated_at,
});

export interface VisitFilter {
  waveId?: number | undefined;
  status?: VisitStatus | undefined;
  outletId?: number | undefined;
  limit: number;
}

export function listVisits(db: Db, f: VisitFilter): VisitRow[] {
  const rows = db.prepare(SELECT).all({ id: null, waveId: f.waveId ?? null, status: f.status ?? null, outletId: f.outletId ?? null, limit: f.limit }) as Row[];
  return rows.map(toRow);
}

export function getVisit(db: Db, id: number): VisitDetail {
  const row = db.prepare(SELECT).get({ id, waveId: null, status: null, outletId: null, limit: 1 }) as Row | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no visit with id ${id}`, { id });
  const template = getTemplate(db, row.template_id);
  const answers = Answers.parse(JSON.parse(row.answers));
  const clock = wallClock(getSettings(db).timeZone, row.visited_at);
  return {
    ...toRow(row),
    template,
    answers,
    findings: Findings.parse(JSON.parse(row.findings)),
    comments: row.comments,
    visitTime: `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`,
    result: scoreForm(template.sections, answers),
    reviewedBy: row.reviewed_by,
    appealList: listAppeals(db, id),
  };
}

/** Refuse answers that are not items of the version or not on their item's scale. */
export function checkAnswers(sections: readonly ScorecardSection[], answers: Answers, findings: Findings = {}): void {
  const byKey = new Map(sections.flatMap((s) => s.items).map((i) => [i.key, i]));
  const bad = Object.entries(answers).filter(([key, value]) => {
    const item = byKey.get(key);
    return !item || !isValidAnswer(item, value);
  });
  const stray = Object.keys(findings).filter((key) => !byKey.has(key));
  if (bad.length > 0 || stray.length > 0) {
    throw new QmFailure('INVALID_INPUT', "answers must fit the items of the visit's questionnaire version", {
      reason: 'bad_answers',
      items: [...bad.map(([key]) => key), ...stray].slice(0, 50),
    });
  }
}

/** Store answers with the score core computes from the visit's own template version, section scores included. */
export function writeVisitScore(db: Db, visitId: number, sections: readonly ScorecardSection[], answers: Answers, now: number): void {
  const result = scoreForm(sections, answers);
  const bySection = Object.fromEntries(result.sections.map((s) => [s.key, s.score]));
  db.prepare('UPDATE mystery_visits SET answers = ?, score = ?, auto_fail = ?, sections = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(answers),
    result.score,
    result.autoFail,
    JSON.stringify(bySection),
    now,
    visitId,
  );
}

/** Wave, outlet and scenario belong together, the visit falls in the wave's dates; returns the instant and day. */
export function placeVisit(db: Db, f: VisitFields): { visitedAt: number } {
  const wave = getWave(db, f.waveId);
  if (!wave.outletIds.includes(f.outletId)) throw new QmFailure('CONFLICT', 'the outlet is not in this wave', { reason: 'outlet_not_in_wave' });
  if (f.scenarioId !== null) {
    const s = db.prepare('SELECT programme_id FROM mystery_scenarios WHERE id = ?').get(f.scenarioId) as { programme_id: number } | undefined;
    if (!s || s.programme_id !== wave.programmeId) throw new QmFailure('NOT_FOUND', 'no such scenario in the programme', { reason: 'no_scenario' });
  }
  if (f.visitedOn < wave.startsOn || f.visitedOn > wave.endsOn) {
    throw new QmFailure('INVALID_INPUT', `the visit day is outside the wave (${wave.startsOn} – ${wave.endsOn})`, {
      reason: 'outside_wave',
      from: wave.startsOn,
      to: wave.endsOn,
    });
  }
  const [y, m, d] = f.visitedOn.split('-').map(Number) as [number, number, number];
  const [hh, mm] = f.visitTime.split(':').map(Number) as [number, number];
  return { visitedAt: localToUtc(getSettings(db).timeZone, y, m, d, hh * 60 + mm) };
}

/** The programme's questionnaire version a new visit of the wave is scored on. */
export function waveTemplateId(db: Db, waveId: number): number {
  const row = db.prepare('SELECT p.template_code FROM mystery_waves w JOIN mystery_programmes p ON p.id = w.programme_id WHERE w.id = ?').get(waveId) as
    | { template_code: string }
    | undefined;
  const id = row ? currentTemplateId(db, row.template_code) : null;
  if (id === null) throw new QmFailure('NOT_FOUND', "the programme's questionnaire does not exist", { reason: 'no_template' });
  return id;
}

export const INSERT_VISIT = `
  INSERT INTO mystery_visits (wave_id, outlet_id, scenario_id, template_id, shopper, visited_at, visit_day, duration_min,
    findings, comments, created_at, updated_at)
  VALUES (@waveId, @outletId, @scenarioId, @templateId, @shopper, @visitedAt, @visitedOn, @durationMin, @findings, @comments, @now, @now)`;

const cleanFindings = (f: Findings): Findings => Object.fromEntries(Object.entries(f).filter(([, text]) => text.trim() !== ''));

/**
 * Create (no id) or edit a draft visit. The score is always computed here from the visit's own questionnaire
 * version; a reviewed or published visit is not edited (send a reviewed one back to draft first).
 */
export function saveVisit(db: Db, actor: string, input: ParsedInput<'mystery.visits.save'>, now = Date.now()): VisitDetail {
  return writeTransaction(db, actor, (record) => {
    const f = input.fields;
    const { visitedAt } = placeVisit(db, f);
    const findings = cleanFindings(f.findings);
    const before = input.id === undefined ? null : getVisit(db, input.id);
    if (before && before.status !== 'draft') throw new QmFailure('CONFLICT', 'only a draft visit is edited', { reason: 'not_draft' });
    if (before && input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new QmFailure('CONFLICT', 'the visit changed since it was opened', { reason: 'stale' });
    }
    const templateId = before?.templateId ?? waveTemplateId(db, f.waveId);
    const template = before?.template ?? getTemplate(db, templateId);
    checkAnswers(template.sections, f.answers, findings);
    let id = before?.id ?? 0;
    const params = { ...f, templateId, visitedAt, findings: JSON.stringify(findings), now };
    if (before === null) {
      id = Number(db.prepare(INSERT_VISIT).run(params).lastInsertRowid);
    } else {
      db.prepare(
        `UPDATE mystery_visits SET wave_id = @waveId, outlet_id = @outletId, scenario_id = @scenarioId, shopper = @shopper,
           visited_at = @visitedAt, visit_day = @visitedOn, duration_min = @durationMin, findings = @findings, comments = @comments
         WHERE id = @id`,
      ).run({ ...params, id });
    }
    writeVisitScore(db, id, template.sections, f.answers, now);
    const after = getVisit(db, id);
    const logged = (v: VisitDetail) => ({ status: v.status, score: v.score, outletId: v.outletId, waveId: v.waveId, answers: v.answers });
    record({ action: before ? 'update' : 'create', entity: 'mystery_visit', entityId: id, before: before && logged(before), after: logged(after) });
    return after;
  });
}

/** Allowed moves of the review: draft → reviewed → published, and a reviewed visit back to draft. */
const MOVES: Record<VisitStatus, readonly VisitStatus[]> = { draft: ['reviewed'], reviewed: ['published', 'draft'], published: [] };

export function canMove(from: VisitStatus, to: VisitStatus): boolean {
  return MOVES[from].includes(to);
}

/** Review a complete draft, publish a reviewed visit (only published visits count), or send it back to draft. */
export function moveVisit(db: Db, actor: string, input: ParsedInput<'mystery.visits.move'>, now = Date.now()): VisitDetail {
  return writeTransaction(db, actor, (record) => {
    const before = getVisit(db, input.id);
    if (!canMove(before.status, input.to)) {
      throw new QmFailure('CONFLICT', `a ${before.status} visit cannot become ${input.to}`, { reason: 'bad_move', from: before.status, to: input.to });
    }
    if (input.to === 'reviewed' && before.result.answered < before.result.total) {
      throw new QmFailure('INVALID_INPUT', `${before.result.total - before.result.answered} items are not answered yet`, {
        reason: 'incomplete',
        missing: before.result.total - before.result.answered,
      });
    }
    const sql: Record<VisitStatus, string> = {
      reviewed: 'UPDATE mystery_visits SET status = @to, reviewed_by = @actor, reviewed_at = @now, updated_at = @now WHERE id = @id',
      published: 'UPDATE mystery_visits SET status = @to, published_at = @now, updated_at = @now WHERE id = @id',
      draft: 'UPDATE mystery_visits SET status = @to, reviewed_by = NULL, reviewed_at = NULL, updated_at = @now WHERE id = @id',
    };
    db.prepare(sql[input.to]).run({ to: input.to, actor, now, id: input.id });
    const after = getVisit(db, input.id);
    record({ action: 'update', entity: 'mystery_visit', entityId: input.id, before: { status: before.status }, after: { status: after.status, score: after.score } });
    return after;
  });
}
