import type { StaffRole } from '../../../shared/domain/enums.ts';
import { addDays, certificateExpiry, traineeOutcome } from '../../../shared/domain/training.ts';
import type { CourseFields } from '../../../shared/schemas/training.ts';
import type { Db } from '../db/open.ts';
import { DAY, localDate, type Period } from './calendar.ts';
import { CITIES, type Org, type StaffMember } from './org.ts';
import { Rng } from './rng.ts';
import { writePlansDemo } from './training-plans.ts';

type DemoCourse = Omit<CourseFields, 'active' | 'parts'> & {
  parts: { name: string; maxScore: number; passMark: number }[];
  /** Roles that take it and must hold it (competency matrix). */
  roles: readonly StaffRole[];
  /** Sessions per city in the year (new-hire training follows the hires instead). */
  perCity: number;
};

const FRONTLINE: readonly StaffRole[] = ['agent', 'senior_agent', 'technician', 'team_lead'];

/** The curriculum the seeds describe (000: pre-job training ≥ 5 days, product knowledge, role-play; 001: tiers). */
const COURSES: readonly DemoCourse[] = [
  {
    code: 'NH-01', name: '新员工岗前培训', type: 'new_hire', tier: 'new_staff', durationDays: 5, validityMonths: null,
    parts: [{ name: '理论', maxScore: 100, passMark: 60 }, { name: '实操', maxScore: 100, passMark: 70 }],
    // Taken once at hiring: the competency matrix does not ask it of veterans hired before the console.
    roles: [], perCity: 0,
  },
  {
    code: 'PK-01', name: '产品知识考核', type: 'product', tier: 'core_staff', durationDays: 1, validityMonths: 12,
    parts: [{ name: '理论', maxScore: 100, passMark: 60 }, { name: '实操', maxScore: 100, passMark: 60 }],
    roles: FRONTLINE, perCity: 4,
  },
  {
    code: 'CM-01', name: '沟通技巧与情景模拟', type: 'communication', tier: 'core_staff', durationDays: 2, validityMonths: 24,
    parts: [{ name: '情景模拟', maxScore: 100, passMark: 70 }],
    roles: ['agent', 'senior_agent', 'team_lead'], perCity: 2,
  },
  {
    code: 'SOP-01', name: '服务标准流程演练', type: 'sop', tier: 'new_staff', durationDays: 1, validityMonths: 6,
    parts: [{ name: '理论', maxScore: 50, passMark: 30 }, { name: '实操', maxScore: 50, passMark: 35 }],
    roles: ['agent', 'senior_agent', 'technician'], perCity: 2,
  },
  {
    code: 'CH-01', name: '投诉处理与二次回访', type: 'complaint', tier: 'core_staff', durationDays: 2, validityMonths: 24,
    parts: [{ name: '理论', maxScore: 100, passMark: 60 }, { name: '案例分析', maxScore: 100, passMark: 70 }],
    roles: ['senior_agent', 'team_lead'], perCity: 1,
  },
  {
    code: 'MG-01', name: '服务质量监控与 PDCA', type: 'sop', tier: 'manager', durationDays: 3, validityMonths: 36,
    parts: [{ name: '案例答辩', maxScore: 100, passMark: 70 }],
    roles: ['manager', 'quality_inspector'], perCity: 1,
  },
  {
    code: 'SC-01', name: '季度技能比武', type: 'competition', tier: 'core_staff', durationDays: 1, validityMonths: null,
    parts: [{ name: '理论', maxScore: 100, passMark: 60 }, { name: '实操', maxScore: 100, passMark: 60 }],
    roles: [], perCity: 0,
  },
];

const ACTOR = 'demo-generator';
/** Its own random stream, so adding training leaves the tickets of a seed as they were. */
const STREAM_TRAINING = 7;

interface Writer {
  session: (courseIndex: number, startOn: string, trainer: number | null, location: string, days?: number) => number;
  trainee: (sessionId: number, courseIndex: number, member: StaffMember, attended: boolean) => void;
}

/**
 * A year of training for the demo organisation: the curriculum, required courses per role, sessions per city,
 * new-hire training for every hire, scores around 80 with some fails and retakes, and the certificates they earn
 * (the earliest product-knowledge ones run out around the demo's "now") and two improvement plans, in one transaction.
 */
export function writeTrainingDemo(db: Db, org: Org, period: Period, seed: number): TrainedFrom {
  return db.transaction(() => {
    const trainedFrom = fillTraining(db, org, period, new Rng(seed, STREAM_TRAINING));
    writePlansDemo(db, org, period);
    return trainedFrom;
  })();
}

/** Staff id → the instant from which a passed communication or complaint-handling course shows in their tickets. */
export type TrainedFrom = Map<number, number>;

/**
 * What such a course does to a trainee's tickets in the demo: friendlier (latent satisfaction up, as a better
 * agent's) and quicker to answer. Enough for the training-effect screen to find a real, significant change.
 */
export const TRAINING_LIFT = { quality: 0.3, speed: 0.85 } as const;
const LIFTING_TYPES: ReadonlySet<string> = new Set(['communication', 'complaint']);

function fillTraining(db: Db, org: Org, period: Period, rng: Rng): TrainedFrom {
  const now = period.end;
  const trainedFrom: TrainedFrom = new Map();
  const courseIds = COURSES.map((c, i) => {
    db.prepare(
      `INSERT INTO training_courses (id, code, name, type, tier, duration_days, validity_months, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    ).run(i + 1, c.code, c.name, c.type, c.tier, c.durationDays, c.validityMonths, period.start, period.start);
    return i + 1;
  });
  const parts = COURSES.map((c, i) =>
    c.parts.map((p, sort) => {
      const id = Number(
        db
          .prepare('INSERT INTO training_course_parts (course_id, name, max_score, pass_mark, sort) VALUES (?, ?, ?, ?, ?)')
          .run(courseIds[i], p.name, p.maxScore, p.passMark, sort).lastInsertRowid,
      );
      return { id, ...p };
    }),
  );
  const requirement = db.prepare('INSERT INTO training_requirements (role, course_id) VALUES (?, ?)');
  COURSES.forEach((c, i) => c.roles.forEach((role) => requirement.run(role, courseIds[i])));

  const insertSession = db.prepare(
    `INSERT INTO training_sessions (course_id, start_on, end_on, hours, trainer_id, location, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEnrolment = db.prepare('INSERT OR IGNORE INTO training_enrolments (session_id, staff_id, attended) VALUES (?, ?, ?)');
  const insertScore = db.prepare(
    'INSERT INTO training_scores (session_id, staff_id, part_id, attempt, score, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertCertificate = db.prepare(
    'INSERT INTO training_certificates (staff_id, course_id, session_id, issued_on, expires_on) VALUES (?, ?, ?, ?, ?)',
  );
  const ends = new Map<number, string>();
  const writer: Writer = {
    session(courseIndex, startOn, trainer, location, days = Math.max(1, Math.ceil(COURSES[courseIndex]!.durationDays))) {
      const endOn = addDays(startOn, days - 1);
      const at = Date.parse(`${endOn}T10:00:00Z`);
      const id = Number(insertSession.run(courseIds[courseIndex], startOn, endOn, days * 7, trainer, location, at, at).lastInsertRowid);
      ends.set(id, endOn);
      return id;
    },
    trainee(sessionId, courseIndex, member, attended) {
      insertEnrolment.run(sessionId, member.id, attended ? 1 : 0);
      if (!attended) return;
      const endOn = ends.get(sessionId)!;
      const enteredAt = Date.parse(`${endOn}T09:00:00Z`);
      const latest = new Map<number, number>();
      for (const part of parts[courseIndex]!) {
        // Skill shifts the mean; a fail is usually retaken a week or two later and then mostly passed.
        const mean = part.maxScore * (0.8 + 0.05 * member.quality);
        let score = clampScore(mean + rng.normal() * part.maxScore * 0.09, part.maxScore);
        insertScore.run(sessionId, member.id, part.id, 1, score, enteredAt, ACTOR);
        if (score < part.passMark && rng.chance(0.75)) {
          score = clampScore(part.passMark + Math.abs(rng.normal()) * part.maxScore * 0.08 - (rng.chance(0.15) ? 8 : 0), part.maxScore);
          insertScore.run(sessionId, member.id, part.id, 2, score, enteredAt + rng.between(7, 14) * DAY, ACTOR);
        }
        latest.set(part.id, score);
      }
      if (traineeOutcome(parts[courseIndex]!, latest) === 'pass') {
        insertCertificate.run(member.id, courseIds[courseIndex], sessionId, endOn, certificateExpiry(endOn, COURSES[courseIndex]!.validityMonths));
        const from = Date.parse(`${addDays(endOn, 1)}T00:00:00Z`);
        if (LIFTING_TYPES.has(COURSES[courseIndex]!.type) && from < (trainedFrom.get(member.id) ?? Infinity)) trainedFrom.set(member.id, from);
      }
    },
  };

  const cityOf = new Map(org.outlets.map((o) => [o.id, o.cityIndex]));
  const byCity = CITIES.map((_, ci) => org.staff.filter((s) => cityOf.get(s.outletId) === ci));
  const trainerOf = byCity.map((staff) => staff.find((s) => s.role === 'trainer')?.id ?? null);
  const hiredBy = (member: StaffMember, day: string) => member.hireDate <= day;
  const lastDay = localDate(now - DAY);

  CITIES.forEach((city, ci) => {
    const location = `${city.zh}培训中心`;
    COURSES.forEach((course, courseIndex) => {
      for (let k = 0; k < course.perCity; k++) {
        // Spread through the year, the first within the first weeks so its certificates run out around "now".
        const offset = Math.floor(((k + rng.next() * 0.6) / course.perCity) * 330) + ci * 3 + courseIndex;
        const startOn = weekday(localDate(period.start + offset * DAY));
        if (startOn > lastDay) continue;
        const sessionId = writer.session(courseIndex, startOn, trainerOf[ci] ?? null, location);
        for (const member of byCity[ci]!) {
          if (!course.roles.includes(member.role) || !hiredBy(member, startOn)) continue;
          if (!rng.chance(0.92)) continue;
          writer.trainee(sessionId, courseIndex, member, rng.chance(0.96));
        }
      }
    });

    // New-hire training in the week after each hire; a few hires only got three days in (KPI below 100%).
    const hires = byCity[ci]!.filter((s) => s.hireDate >= localDate(period.start) && FRONTLINE.includes(s.role));
    for (const member of hires) {
      const startOn = weekday(addDays(member.hireDate, 1));
      if (startOn > lastDay) continue;
      const sessionId = writer.session(0, startOn, trainerOf[ci] ?? null, location, rng.chance(0.2) ? 3 : 5);
      writer.trainee(sessionId, 0, member, true);
    }
  });

  // Quarterly skills competition across the network: the best frontline staff of each city.
  const competition = COURSES.findIndex((c) => c.type === 'competition');
  for (let q = 0; q < 4; q++) {
    const startOn = weekday(localDate(period.start + (70 + q * 91) * DAY));
    if (startOn > lastDay) continue;
    const sessionId = writer.session(competition, startOn, trainerOf[0] ?? null, '上海培训中心');
    for (const staff of byCity) {
      const best = staff.filter((s) => FRONTLINE.includes(s.role) && hiredBy(s, startOn)).sort((a, b) => b.quality - a.quality).slice(0, 3);
      for (const member of best) writer.trainee(sessionId, competition, member, true);
    }
  }
  return trainedFrom;
}

const clampScore = (score: number, max: number): number => Math.max(0, Math.min(max, Math.round(score * 2) / 2));

/** Training days are working days: a weekend start moves to the Monday. */
function weekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}
