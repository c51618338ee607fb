import type { ParsedInput } from '../../../shared/api.ts';
import { addDays } from '../../../shared/domain/training.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { PLAN_DAYS, type PlanDetail, type PlanSummary } from '../../../shared/schemas/training-plans.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface PlanRow {
  id: number;
  staff_id: number;
  employee_no: string;
  staff_name: string;
  outlet_name: string | null;
  mentor_id: number | null;
  mentor_name: string | null;
  reason: string;
  start_on: string;
  outcome: PlanSummary['state'] | null;
  outcome_note: string;
  goals_met: number;
  checkins: number;
  last_checkin_on: string | null;
  updated_at: number;
}

const SELECT = `
  SELECT p.*, st.employee_no, st.name AS staff_name, o.name AS outlet_name, m.name AS mentor_name,
    (SELECT count(*) FROM training_plan_goals g WHERE g.plan_id = p.id AND g.met = 1) AS goals_met,
    (SELECT count(*) FROM training_plan_checkins c WHERE c.plan_id = p.id) AS checkins,
    (SELECT max(on_date) FROM training_plan_checkins c WHERE c.plan_id = p.id) AS last_checkin_on
  FROM training_plans p
  JOIN staff st ON st.id = p.staff_id
  LEFT JOIN outlets o ON o.id = st.outlet_id
  LEFT JOIN staff m ON m.id = p.mentor_id
  WHERE (@id IS NULL OR p.id = @id) AND (@staffId IS NULL OR p.staff_id = @staffId)
  ORDER BY p.outcome IS NOT NULL, p.start_on DESC, p.id DESC
  LIMIT @limit`;

const summaryOf = (r: PlanRow): PlanSummary => ({
  id: r.id,
  staffId: r.staff_id,
  employeeNo: r.employee_no,
  staffName: r.staff_name,
  outletName: r.outlet_name,
  mentorId: r.mentor_id,
  mentorName: r.mentor_name,
  reason: r.reason,
  startOn: r.start_on,
  endOn: addDays(r.start_on, 90),
  state: r.outcome ?? 'active',
  goalsMet: r.goals_met,
  checkins: r.checkins,
  lastCheckinOn: r.last_checkin_on,
  updatedAt: r.updated_at,
});

/** Running plans first, newest first. */
export function listPlans(db: Db, filter: { staffId?: number | undefined; limit?: number } = {}): PlanSummary[] {
  const rows = db.prepare(SELECT).all({ id: null, staffId: filter.staffId ?? null, limit: filter.limit ?? 1000 }) as PlanRow[];
  return rows.map(summaryOf);
}

export function getPlan(db: Db, id: number): PlanDetail {
  const row = db.prepare(SELECT).get({ id, staffId: null, limit: 1 }) as PlanRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no improvement plan with id ${id}`, { id });
  const goals = db.prepare('SELECT day, goal, met FROM training_plan_goals WHERE plan_id = ? ORDER BY day').all(id) as {
    day: number;
    goal: string;
    met: number | null;
  }[];
  const checkins = db
    .prepare('SELECT id, on_date, note, created_by, created_at FROM training_plan_checkins WHERE plan_id = ? ORDER BY on_date, id')
    .all(id) as { id: number; on_date: string; note: string; created_by: string; created_at: number }[];
  return {
    ...summaryOf(row),
    goals: goals.map((g) => ({ day: g.day, goal: g.goal, dueOn: addDays(row.start_on, g.day), met: g.met === null ? null : g.met === 1 })),
    checkinList: checkins.map((c) => ({ id: c.id, onDate: c.on_date, note: c.note, createdBy: c.created_by, createdAt: c.created_at })),
    outcomeNote: row.outcome_note,
  };
}

function assertStaff(db: Db, id: number | null, field: string): void {
  if (id !== null && !db.prepare('SELECT 1 FROM staff WHERE id = ?').get(id)) {
    throw new QmFailure('NOT_FOUND', `${field}: no staff member with id ${id}`, { field, id });
  }
}

/** Create or update a plan with its three goals; a goal's text changing keeps its review. */
export function savePlan(db: Db, actor: string, input: ParsedInput<'training.plans.save'>, now = Date.now()): PlanDetail {
  const { fields } = input;
  return writeTransaction(db, actor, (record) => {
    assertStaff(db, fields.staffId, 'staffId');
    assertStaff(db, fields.mentorId, 'mentorId');
    const row = { staffId: fields.staffId, mentorId: fields.mentorId, reason: fields.reason, startOn: fields.startOn, now };
    let id = input.id;
    const before = id === undefined ? null : getPlan(db, id);
    if (id === undefined) {
      id = Number(
        db
          .prepare(
            `INSERT INTO training_plans (staff_id, mentor_id, reason, start_on, created_at, updated_at)
             VALUES (@staffId, @mentorId, @reason, @startOn, @now, @now)`,
          )
          .run(row).lastInsertRowid,
      );
    } else {
      db.prepare(
        `UPDATE training_plans SET staff_id = @staffId, mentor_id = @mentorId, reason = @reason, start_on = @startOn,
           updated_at = @now WHERE id = @id`,
      ).run({ ...row, id });
    }
    const upsert = db.prepare(
      `INSERT INTO training_plan_goals (plan_id, day, goal) VALUES (?, ?, ?)
       ON CONFLICT (plan_id, day) DO UPDATE SET goal = excluded.goal`,
    );
    for (const day of PLAN_DAYS) upsert.run(id, day, fields.goals[day]);
    const after = getPlan(db, id);
    record({ action: before ? 'update' : 'create', entity: 'training_plan', entityId: id, before: before && headOf(before), after: headOf(after) });
    return after;
  });
}

/** Milestone reviews and the outcome; closing and reopening are both logged. */
export function reviewPlan(db: Db, actor: string, input: ParsedInput<'training.plans.review'>, now = Date.now()): PlanDetail {
  return writeTransaction(db, actor, (record) => {
    const before = getPlan(db, input.id);
    const setMet = db.prepare('UPDATE training_plan_goals SET met = ? WHERE plan_id = ? AND day = ?');
    for (const day of PLAN_DAYS) {
      const met = input.met[day];
      if (met !== undefined) setMet.run(met === null ? null : met ? 1 : 0, input.id, day);
    }
    db.prepare(
      `UPDATE training_plans SET outcome = @outcome, outcome_note = @note, updated_at = @now WHERE id = @id`,
    ).run({
      id: input.id,
      outcome: input.outcome === undefined ? (before.state === 'active' ? null : before.state) : input.outcome,
      note: input.outcomeNote ?? before.outcomeNote,
      now,
    });
    const after = getPlan(db, input.id);
    record({ action: 'update', entity: 'training_plan', entityId: input.id, before: headOf(before), after: headOf(after) });
    return after;
  });
}

export function addCheckin(db: Db, actor: string, input: ParsedInput<'training.plans.checkin'>, now = Date.now()): PlanDetail {
  return writeTransaction(db, actor, (record) => {
    const plan = getPlan(db, input.id);
    if (input.onDate < plan.startOn) {
      throw new QmFailure('INVALID_INPUT', 'a check-in cannot precede the plan', { reason: 'checkin_before_start' });
    }
    const id = Number(
      db
        .prepare('INSERT INTO training_plan_checkins (plan_id, on_date, note, created_at, created_by) VALUES (?, ?, ?, ?, ?)')
        .run(input.id, input.onDate, input.note, now, actor).lastInsertRowid,
    );
    record({ action: 'create', entity: 'training_plan_checkin', entityId: id, before: null, after: { planId: input.id, onDate: input.onDate, note: input.note } });
    db.prepare('UPDATE training_plans SET updated_at = ? WHERE id = ?').run(now, input.id);
    return getPlan(db, input.id);
  });
}

/** What the log keeps of a plan: its fields, goals with reviews and outcome (check-ins have their own entries). */
const headOf = (p: PlanDetail) => ({
  staffId: p.staffId,
  mentorId: p.mentorId,
  reason: p.reason,
  startOn: p.startOn,
  goals: p.goals.map((g) => ({ day: g.day, goal: g.goal, met: g.met })),
  state: p.state,
  outcomeNote: p.outcomeNote,
});
