import { addDays, daysBetween } from '../../../shared/domain/training.ts';
import type { KpiGroup, TraineeOutcome, TrainingKpis } from '../../../shared/schemas/training.ts';
import type { Db } from '../db/open.ts';
import { outcomesOfSession } from './results.ts';
import { trainingToday } from './today.ts';

/** Attended new-hire training a new hire needs (seed 000: pre-job training of at least five days). */
export const NEW_HIRE_DAYS = 5;

interface StaffRow {
  id: number;
  role: string;
  group_id: number | null;
  group_name: string | null;
  hire_date: string;
}

const STAFF = {
  outlet: `SELECT st.id, st.role, st.outlet_id AS group_id, o.name AS group_name, st.hire_date FROM staff st
           LEFT JOIN outlets o ON o.id = st.outlet_id WHERE st.active = 1`,
  team: `SELECT st.id, st.role, st.team_id AS group_id, t.name AS group_name, st.hire_date FROM staff st
         LEFT JOIN teams t ON t.id = st.team_id WHERE st.active = 1`,
} as const;

/** Who was scored, who attended and each trainee's outcome in one session. */
interface SessionFacts {
  scored: number[];
  attended: number[];
  outcomes: Map<number, TraineeOutcome>;
}

/**
 * Session facts shared by calls made for one answer: the KPI engine asks for a dozen overlapping periods at once,
 * and without it every period read the same sessions' scores again.
 */
export type SessionFactsCache = Map<number, SessionFacts>;

const emptyGroup = (id: number | null, name: string | null): KpiGroup => ({
  id,
  name,
  staff: 0,
  mustAssess: 0,
  assessed: 0,
  results: 0,
  passed: 0,
  newHires: 0,
  newHiresTrained: 0,
  expiring30: 0,
  expiring60: 0,
  expiring90: 0,
});

/**
 * Training KPIs of active staff per outlet or team for sessions ending in [from, to]:
 * coverage = staff assessed in a product-knowledge course ÷ staff whose role requires one (every active staff member
 * when no role does); pass rate = passed ÷ trainee results with
 * every part scored or one part failed (latest attempts); new hires (hired in the period) with at least five
 * attended days of new-hire training; current certificates whose last valid day falls within 30/60/90 days.
 */
export function trainingKpis(
  db: Db,
  input: { groupBy: 'outlet' | 'team'; from?: string | undefined; to?: string | undefined },
  now = Date.now(),
  sessionFacts?: SessionFactsCache,
): TrainingKpis {
  const today = trainingToday(db, now);
  const to = input.to ?? today;
  const from = input.from ?? addDays(to, -364);
  const staff = db.prepare(STAFF[input.groupBy]).all() as StaffRow[];
  const productRoles = new Set(
    (
      db
        .prepare(
          `SELECT DISTINCT r.role FROM training_requirements r JOIN training_courses c ON c.id = r.course_id WHERE c.type = 'product'`,
        )
        .all() as { role: string }[]
    ).map((r) => r.role),
  );
  const mustAssess = (s: StaffRow) => productRoles.size === 0 || productRoles.has(s.role);
  const groups = new Map<number | null, KpiGroup>();
  const groupOf = new Map<number, KpiGroup>();
  for (const s of staff) {
    const g = groups.get(s.group_id) ?? emptyGroup(s.group_id, s.group_name);
    groups.set(s.group_id, g);
    groupOf.set(s.id, g);
    g.staff++;
    if (s.hire_date >= from && s.hire_date <= to) g.newHires++;
  }

  const sessions = db
    .prepare(
      `SELECT s.id, s.course_id, s.start_on, s.end_on, c.type FROM training_sessions s
       JOIN training_courses c ON c.id = s.course_id WHERE s.end_on BETWEEN ? AND ?`,
    )
    .all(from, to) as { id: number; course_id: number; start_on: string; end_on: string; type: string }[];
  const assessed = new Set<number>();
  const newHireDays = new Map<number, number>();
  const scored = db.prepare('SELECT DISTINCT staff_id FROM training_scores WHERE session_id = ?').pluck();
  const attended = db.prepare('SELECT staff_id FROM training_enrolments WHERE session_id = ? AND attended = 1').pluck();
  for (const session of sessions) {
    let facts = sessionFacts?.get(session.id);
    if (!facts) {
      facts = {
        scored: scored.all(session.id) as number[],
        attended: attended.all(session.id) as number[],
        outcomes: outcomesOfSession(db, session.id, session.course_id),
      };
      sessionFacts?.set(session.id, facts);
    }
    if (session.type === 'product') for (const id of facts.scored) assessed.add(id);
    if (session.type === 'new_hire') {
      const days = daysBetween(session.start_on, session.end_on) + 1;
      for (const id of facts.attended) newHireDays.set(id, (newHireDays.get(id) ?? 0) + days);
    }
    for (const [staffId, outcome] of facts.outcomes) {
      const g = groupOf.get(staffId);
      if (!g || outcome === 'pending') continue;
      g.results++;
      if (outcome === 'pass') g.passed++;
    }
  }
  for (const s of staff) {
    const g = groupOf.get(s.id)!;
    if (mustAssess(s)) {
      g.mustAssess++;
      if (assessed.has(s.id)) g.assessed++;
    }
    if (s.hire_date >= from && s.hire_date <= to && (newHireDays.get(s.id) ?? 0) >= NEW_HIRE_DAYS) g.newHiresTrained++;
  }

  const current = db
    .prepare(
      `SELECT ce.staff_id, ce.expires_on FROM training_certificates ce
       WHERE ce.expires_on BETWEEN ? AND ?
         AND NOT EXISTS (SELECT 1 FROM training_certificates n WHERE n.staff_id = ce.staff_id
           AND n.course_id = ce.course_id AND (n.issued_on > ce.issued_on OR (n.issued_on = ce.issued_on AND n.id > ce.id)))`,
    )
    .all(today, addDays(today, 90)) as { staff_id: number; expires_on: string }[];
  for (const c of current) {
    const g = groupOf.get(c.staff_id);
    if (!g) continue;
    const left = daysBetween(today, c.expires_on);
    if (left <= 30) g.expiring30++;
    if (left <= 60) g.expiring60++;
    g.expiring90++;
  }

  const list = [...groups.values()].sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'zh-CN'));
  const total = emptyGroup(null, null);
  for (const g of list) {
    for (const key of ['staff', 'mustAssess', 'assessed', 'results', 'passed', 'newHires', 'newHiresTrained', 'expiring30', 'expiring60', 'expiring90'] as const) {
      total[key] += g[key];
    }
  }
  return { from, to, groups: list, total };
}
