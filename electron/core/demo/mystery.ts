import { FAIL_BELOW, itemRatio, scaleValues } from '../../../shared/domain/scorecard.ts';
import type { Answers, ScorecardSection } from '../../../shared/schemas/audits.ts';
import { getTemplate } from '../audits/templates.ts';
import type { Db } from '../db/open.ts';
import { insertAction } from '../improvement/actions.ts';
import { currentTemplateId } from '../mystery/programmes.ts';
import { INSERT_VISIT, writeVisitScore } from '../mystery/visits.ts';
import { DAY, HOUR, localDate, type Period } from './calendar.ts';
import type { Org } from './org.ts';
import { Rng } from './rng.ts';

/** Its own random stream, so adding mystery shops leaves the other demo records of a seed as they were. */
const STREAM_MYSTERY = 10;
const WAVES = 4;
const VISITS_PER_OUTLET = 2;
const SHOPPERS = ['访员 王敏', '访员 陈晨', '访员 刘洋', '访员 赵磊'];
const SCENARIOS = [
  { name: '咨询新品空调', description: '以购买新空调为由咨询能效、安装与价格。' },
  { name: '报修冰箱不制冷', description: '到店报修，观察受理、诊断与时效承诺。' },
];
const APPEAL_REASONS = ['访员到店时正值交接班，问候由另一位店员完成', '门店当天停电，环境项不应扣分', '店员已讲解全部功能，监控可证'];

function answersFor(rng: Rng, sections: readonly ScorecardSection[], skill: number): Answers {
  const answers: Answers = {};
  for (const item of sections.flatMap((s) => s.items)) {
    const values = scaleValues(item).sort((a, b) => a - b);
    const slip = item.critical === 'none' ? 1 - skill : (1 - skill) * 0.1;
    const good = values.filter((v) => (itemRatio(item, v) ?? 0) >= FAIL_BELOW + (item.scale === 'yes_no' ? 0 : 0.2));
    const bad = values.filter((v) => (itemRatio(item, v) ?? 0) < FAIL_BELOW);
    const pool = rng.chance(slip) && bad.length > 0 ? bad : good;
    answers[item.key] = pool[rng.int(pool.length)]!;
  }
  return answers;
}

/**
 * One programme on the outlet mystery-shop questionnaire with four waves over the demo year, every outlet visited
 * twice a wave. Each outlet has its own level that drifts from wave to wave, so the league moves. The last wave is
 * still being reviewed (some visits draft or reviewed); outlets appeal a few published visits, about half upheld;
 * auto-failed visits of the last two waves get corrective actions.
 */
export function writeMysteryDemo(db: Db, org: Org, period: Period, seed: number): void {
  const rng = new Rng(seed, STREAM_MYSTERY);
  const templateId = currentTemplateId(db, 'MS-OUTLET');
  if (templateId === null) return;
  const template = getTemplate(db, templateId);
  const span = Math.floor((period.end - period.start) / DAY / WAVES);
  const level = new Map(org.outlets.map((o) => [o.id, 0.7 + rng.next() * 0.25]));
  const manager = org.staff.find((s) => s.role === 'quality_inspector')?.name ?? 'demo-generator';
  db.transaction(() => {
    const now = period.start;
    const programmeId = Number(
      db.prepare('INSERT INTO mystery_programmes (name, template_code, created_at, updated_at) VALUES (?, ?, ?, ?)').run('门店神秘顾客年度计划', 'MS-OUTLET', now, now).lastInsertRowid,
    );
    const scenarioIds = SCENARIOS.map((s) =>
      Number(db.prepare('INSERT INTO mystery_scenarios (programme_id, name, description) VALUES (?, ?, ?)').run(programmeId, s.name, s.description).lastInsertRowid),
    );
    const insertVisit = db.prepare(INSERT_VISIT);
    const review = db.prepare(`UPDATE mystery_visits SET status = ?, reviewed_by = ?, reviewed_at = ?, published_at = ? WHERE id = ?`);
    for (let w = 0; w < WAVES; w++) {
      const start = period.start + w * span * DAY;
      const startsOn = localDate(start);
      const endsOn = localDate(w === WAVES - 1 ? period.end - DAY : start + (span - 1) * DAY);
      const waveId = Number(
        db.prepare('INSERT INTO mystery_waves (programme_id, name, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)')
          .run(programmeId, `第${w + 1}波`, startsOn, endsOn, start).lastInsertRowid,
      );
      const last = w === WAVES - 1;
      for (const outlet of org.outlets) {
        db.prepare('INSERT INTO mystery_wave_outlets (wave_id, outlet_id) VALUES (?, ?)').run(waveId, outlet.id);
        const skill = Math.min(0.99, Math.max(0.5, level.get(outlet.id)! + (rng.next() - 0.5) * 0.16));
        level.set(outlet.id, skill);
        for (let v = 0; v < VISITS_PER_OUTLET; v++) {
          const at = start + rng.int(Math.max(1, span - 10)) * DAY + (9 + rng.int(9)) * HOUR;
          const answers = answersFor(rng, template.sections, skill);
          const id = Number(
            insertVisit.run({
              waveId, outletId: outlet.id, scenarioId: rng.pick(scenarioIds), templateId, shopper: rng.pick(SHOPPERS), visitedAt: at,
              visitedOn: localDate(at), durationMin: 15 + rng.int(30), findings: '{}', comments: '', now: at,
            }).lastInsertRowid,
          );
          writeVisitScore(db, id, template.sections, answers, at);
          const state = last ? rng.pick(['draft', 'reviewed', 'published'] as const) : 'published';
          if (state !== 'draft') review.run(state, manager, at + DAY, state === 'published' ? at + 2 * DAY : null, id);
        }
      }
    }
    writeAppealsAndActions(db, rng, manager);
  })();
}

function writeAppealsAndActions(db: Db, rng: Rng, manager: string): void {
  const visits = db
    .prepare(
      `SELECT v.id, v.score, v.auto_fail AS autoFail, v.answers, v.template_id AS templateId, v.published_at AS at, o.name AS outlet
       FROM mystery_visits v JOIN outlets o ON o.id = v.outlet_id WHERE v.status = 'published' ORDER BY v.id`,
    )
    .all() as { id: number; score: number; autoFail: string | null; answers: string; templateId: number; at: number; outlet: string }[];
  const insertAppeal = db.prepare(
    `INSERT INTO mystery_appeals (visit_id, item_key, reason, raised_by, status, changes, decision, decided_by, decided_at, score_before, score_after, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let appeals = 0;
  let actions = 0;
  for (const v of visits) {
    const template = getTemplate(db, v.templateId);
    const answers = JSON.parse(v.answers) as Answers;
    const failed = template.sections.flatMap((s) => s.items).filter((i) => !i.bonus && (itemRatio(i, answers[i.key]) ?? 1) < FAIL_BELOW);
    if (failed.length > 0 && appeals < 8 && rng.chance(0.15)) {
      appeals++;
      const item = failed[0]!;
      const upheld = rng.chance(0.5);
      const top = Math.max(...scaleValues(item));
      if (upheld) writeVisitScore(db, v.id, template.sections, { ...answers, [item.key]: top }, v.at + 3 * DAY);
      const after = upheld ? (db.prepare('SELECT score FROM mystery_visits WHERE id = ?').pluck().get(v.id) as number) : v.score;
      insertAppeal.run(
        v.id, item.key, rng.pick(APPEAL_REASONS), `${v.outlet}店长`, upheld ? 'upheld' : 'rejected',
        upheld ? JSON.stringify({ [item.key]: [answers[item.key] ?? null, top] }) : '{}',
        upheld ? '复核监控后认定申诉成立' : '复核后维持原评分', manager, v.at + 3 * DAY, v.score, after, v.at + DAY,
      );
    } else if (v.autoFail && actions < 4) {
      actions++;
      const item = failed.find((i) => i.critical !== 'none') ?? failed[0];
      insertAction(
        db,
        { title: `整改：${v.outlet}${item ? ` · ${item.labelZh}` : ''}`, detail: '神秘顾客一票否决，门店整改并在下一波复访。', kind: 'corrective', ownerId: null, dueOn: localDate(v.at + 30 * DAY), status: actions % 2 ? 'in_progress' : 'open', cycleId: null },
        { kind: 'mystery', id: v.id, ref: item?.key ?? null },
        v.at,
      );
    }
  }
}
