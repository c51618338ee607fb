import { addDays } from '../../../shared/domain/training.ts';
import type { Db } from '../db/open.ts';
import { DAY, localDate, type Period } from './calendar.ts';
import type { Org, StaffMember } from './org.ts';

const ACTOR = 'demo-generator';
// The goals speak of calls and scripts: agents' plans.
const FRONTLINE = new Set(['agent', 'senior_agent']);

interface DemoPlan {
  member: StaffMember;
  mentor: StaffMember | undefined;
  /** Days before the demo's "now" the plan started. */
  startedAgo: number;
  reason: string;
  goals: [string, string, string];
  /** Milestones reviewed so far (30, 60, 90). */
  met: (boolean | null)[];
  outcome: 'met' | null;
  outcomeNote: string;
  checkins: [number, string][];
}

/**
 * Two 30/60/90-day improvement plans for the organisation's weakest frontline veterans (seed 000: low performers
 * get a plan with a mentor): one closed as met, one still running with its first milestone reviewed.
 */
export function writePlansDemo(db: Db, org: Org, period: Period): void {
  const veterans = org.staff
    .filter((s) => FRONTLINE.has(s.role) && s.hireDate < localDate(period.start))
    .sort((a, b) => a.quality - b.quality);
  const mentorFor = (m: StaffMember) =>
    org.staff.filter((s) => s.teamId === m.teamId && s.id !== m.id && (s.role === 'team_lead' || s.role === 'senior_agent'))
      .sort((a, b) => b.quality - a.quality)[0];
  const [first, second] = veterans;
  if (!first || !second) return;
  const plans: DemoPlan[] = [
    {
      member: first, mentor: mentorFor(first), startedAgo: 120,
      reason: '连续两个月满意度低于 4.0，二次投诉偏多',
      goals: ['完成沟通技巧复训，旁听通话话术达标', '满意度月均 ≥ 4.0，首次响应 ≤ 20 分钟', '满意度月均 ≥ 4.3，当月无二次投诉'],
      met: [true, true, true], outcome: 'met', outcomeNote: '三个阶段目标均已达成，转入常规考核。',
      checkins: [[7, '制定计划，安排每周两次旁听'], [28, '复训通过；开场白和承诺用语明显改善'], [58, '满意度 4.1，首次响应 18 分钟'], [89, '满意度 4.4，本月无二次投诉']],
    },
    {
      member: second, mentor: mentorFor(second), startedAgo: 40,
      reason: '质检抽查流程合规项两次不合格',
      goals: ['熟悉服务标准流程，SOP 演练考核通过', '质检抽查流程合规 ≥ 90%', '质检抽查流程合规 ≥ 95%，满意度 ≥ 4.2'],
      met: [true, null, null], outcome: null, outcomeNote: '',
      checkins: [[5, '与导师确认目标，列出常错流程节点'], [26, 'SOP 演练考核通过'], [38, '抽查 10 单，合规 8 单，继续跟进']],
    },
  ];
  const insertPlan = db.prepare(
    `INSERT INTO training_plans (staff_id, mentor_id, reason, start_on, outcome, outcome_note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertGoal = db.prepare('INSERT INTO training_plan_goals (plan_id, day, goal, met) VALUES (?, ?, ?, ?)');
  const insertCheckin = db.prepare(
    'INSERT INTO training_plan_checkins (plan_id, on_date, note, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  );
  for (const p of plans) {
    const startOn = localDate(period.end - p.startedAgo * DAY);
    const at = period.end - p.startedAgo * DAY;
    const id = Number(insertPlan.run(p.member.id, p.mentor?.id ?? null, p.reason, startOn, p.outcome, p.outcomeNote, at, at).lastInsertRowid);
    p.goals.forEach((goal, i) => {
      const met = p.met[i];
      insertGoal.run(id, (i + 1) * 30, goal, met === null || met === undefined ? null : met ? 1 : 0);
    });
    for (const [day, note] of p.checkins) insertCheckin.run(id, addDays(startOn, day), note, at + day * DAY, ACTOR);
  }
}
