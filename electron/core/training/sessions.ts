import type { ParsedInput } from '../../../shared/api.ts';
import { traineeOutcome } from '../../../shared/domain/training.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { SessionDetail, SessionSummary, Trainee } from '../../../shared/schemas/training.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { syncCertificates } from './certificates.ts';
import { getCourse } from './courses.ts';
import { latestScores, outcomesOfSession } from './results.ts';

interface SessionRow {
  id: number;
  course_id: number;
  course_name: string;
  course_type: SessionSummary['courseType'];
  start_on: string;
  end_on: string;
  hours: number;
  trainer_id: number | null;
  trainer_name: string | null;
  location: string;
  enrolled: number;
  attended: number;
  updated_at: number;
}

const SELECT = `
  SELECT s.*, c.name AS course_name, c.type AS course_type, t.name AS trainer_name,
    (SELECT count(*) FROM training_enrolments e WHERE e.session_id = s.id) AS enrolled,
    (SELECT count(*) FROM training_enrolments e WHERE e.session_id = s.id AND e.attended = 1) AS attended
  FROM training_sessions s
  JOIN training_courses c ON c.id = s.course_id
  LEFT JOIN staff t ON t.id = s.trainer_id
  WHERE (@id IS NULL OR s.id = @id)
    AND (@courseId IS NULL OR s.course_id = @courseId)
    AND (@from IS NULL OR s.end_on >= @from)
    AND (@to IS NULL OR s.start_on <= @to)
  ORDER BY s.start_on DESC, s.id DESC
  LIMIT @limit`;

export interface SessionFilter {
  id?: number;
  courseId?: number;
  from?: string;
  to?: string;
  limit?: number;
}

export function listSessions(db: Db, filter: SessionFilter = {}): SessionSummary[] {
  const rows = db.prepare(SELECT).all({
    id: filter.id ?? null,
    courseId: filter.courseId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    limit: filter.limit ?? 1000,
  }) as SessionRow[];
  return rows.map((r) => {
    const outcomes = outcomesOfSession(db, r.id, r.course_id);
    let passed = 0;
    let failed = 0;
    for (const o of outcomes.values()) {
      if (o === 'pass') passed++;
      else if (o === 'fail') failed++;
    }
    return {
      id: r.id,
      courseId: r.course_id,
      courseName: r.course_name,
      courseType: r.course_type,
      startOn: r.start_on,
      endOn: r.end_on,
      hours: r.hours,
      trainerId: r.trainer_id,
      trainerName: r.trainer_name,
      location: r.location,
      enrolled: r.enrolled,
      attended: r.attended,
      passed,
      failed,
      updatedAt: r.updated_at,
    };
  });
}

interface TraineeRow {
  staff_id: number;
  employee_no: string;
  name: string;
  outlet_name: string | null;
  attended: number | null;
  cert_id: number | null;
  issued_on: string | null;
  expires_on: string | null;
}

interface AttemptRow {
  staff_id: number;
  part_id: number;
  attempt: number;
  score: number;
  entered_at: number;
  entered_by: string;
}

export function getSession(db: Db, id: number): SessionDetail {
  const summary = listSessions(db, { id })[0];
  if (!summary) throw new QmFailure('NOT_FOUND', `no training session with id ${id}`, { id });
  const course = getCourse(db, summary.courseId);
  const rows = db
    .prepare(
      `SELECT e.staff_id, st.employee_no, st.name, o.name AS outlet_name, e.attended,
         ce.id AS cert_id, ce.issued_on, ce.expires_on
       FROM training_enrolments e
       JOIN staff st ON st.id = e.staff_id
       LEFT JOIN outlets o ON o.id = st.outlet_id
       LEFT JOIN training_certificates ce ON ce.session_id = e.session_id AND ce.staff_id = e.staff_id
       WHERE e.session_id = ?
       ORDER BY st.employee_no, st.id`,
    )
    .all(id) as TraineeRow[];
  const attempts = db
    .prepare('SELECT * FROM training_scores WHERE session_id = ? ORDER BY staff_id, part_id, attempt')
    .all(id) as AttemptRow[];
  const byTrainee = new Map<number, Trainee['attempts']>();
  for (const a of attempts) {
    const map = byTrainee.get(a.staff_id) ?? {};
    (map[String(a.part_id)] ??= []).push({ attempt: a.attempt, score: a.score, enteredAt: a.entered_at, enteredBy: a.entered_by });
    byTrainee.set(a.staff_id, map);
  }
  const latest = latestScores(db, id);
  const trainees = rows.map((r): Trainee => ({
    staffId: r.staff_id,
    employeeNo: r.employee_no,
    name: r.name,
    outletName: r.outlet_name,
    attended: r.attended === null ? null : r.attended === 1,
    attempts: byTrainee.get(r.staff_id) ?? {},
    outcome: traineeOutcome(course.parts, latest.get(r.staff_id) ?? new Map()),
    certificate: r.cert_id === null ? null : { id: r.cert_id, issuedOn: r.issued_on!, expiresOn: r.expires_on },
  }));
  return { ...summary, parts: course.parts, validityMonths: course.validityMonths, trainees };
}

function assertStaff(db: Db, id: number | null, field: string): void {
  if (id !== null && !db.prepare('SELECT 1 FROM staff WHERE id = ?').get(id)) {
    throw new QmFailure('NOT_FOUND', `${field}: no staff member with id ${id}`, { field, id });
  }
}

/** Create or update a session; moving it to another course is refused once scores exist (parts would not match). */
export function saveSession(db: Db, actor: string, input: ParsedInput<'training.sessions.save'>, now = Date.now()): SessionDetail {
  const { fields } = input;
  return writeTransaction(db, actor, (record) => {
    getCourse(db, fields.courseId);
    assertStaff(db, fields.trainerId, 'trainerId');
    const row = { ...fields, now };
    if (input.id === undefined) {
      const id = Number(
        db
          .prepare(
            `INSERT INTO training_sessions (course_id, start_on, end_on, hours, trainer_id, location, created_at, updated_at)
             VALUES (@courseId, @startOn, @endOn, @hours, @trainerId, @location, @now, @now)`,
          )
          .run(row).lastInsertRowid,
      );
      const after = getSession(db, id);
      record({ action: 'create', entity: 'training_session', entityId: id, before: null, after: headOf(after) });
      return after;
    }
    const before = getSession(db, input.id);
    if (before.courseId !== fields.courseId && db.prepare('SELECT 1 FROM training_scores WHERE session_id = ?').get(input.id)) {
      throw new QmFailure('CONFLICT', 'a session with scores cannot move to another course', { reason: 'session_scored' });
    }
    db.prepare(
      `UPDATE training_sessions SET course_id = @courseId, start_on = @startOn, end_on = @endOn, hours = @hours,
         trainer_id = @trainerId, location = @location, updated_at = @now WHERE id = @id`,
    ).run({ ...row, id: input.id });
    // The end date is the certificates' issue date.
    syncCertificates(db, input.id, before.trainees.map((t) => t.staffId), record);
    const after = getSession(db, input.id);
    record({ action: 'update', entity: 'training_session', entityId: input.id, before: headOf(before), after: headOf(after) });
    return after;
  });
}

/** The session itself without its roster, for the audit log (the roster has its own entries). */
const headOf = (s: SessionDetail) => ({
  courseId: s.courseId,
  startOn: s.startOn,
  endOn: s.endOn,
  hours: s.hours,
  trainerId: s.trainerId,
  location: s.location,
});

/** Its enrolments, scores and certificates go with it; the log keeps the session and each certificate. */
export function deleteSession(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getSession(db, id);
    for (const t of before.trainees) {
      if (t.certificate) {
        record({ action: 'delete', entity: 'training_certificate', entityId: t.certificate.id, before: t.certificate, after: null });
      }
    }
    db.prepare('DELETE FROM training_certificates WHERE session_id = ?').run(id);
    db.prepare('DELETE FROM training_scores WHERE session_id = ?').run(id);
    db.prepare('DELETE FROM training_enrolments WHERE session_id = ?').run(id);
    db.prepare('DELETE FROM training_sessions WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'training_session', entityId: id, before, after: null });
    return null;
  });
}

/** Enrol named staff and, or, every active member of a team or an outlet; those already enrolled stay as they are. */
export function enrol(db: Db, actor: string, input: ParsedInput<'training.enrolment.add'>): SessionDetail {
  return writeTransaction(db, actor, (record) => {
    getSession(db, input.sessionId);
    const ids = new Set(input.staffIds ?? []);
    for (const id of ids) assertStaff(db, id, 'staffIds');
    if (input.teamId !== undefined) {
      for (const r of db.prepare('SELECT id FROM staff WHERE team_id = ? AND active = 1').all(input.teamId) as { id: number }[]) ids.add(r.id);
    }
    if (input.outletId !== undefined) {
      for (const r of db.prepare('SELECT id FROM staff WHERE outlet_id = ? AND active = 1').all(input.outletId) as { id: number }[]) ids.add(r.id);
    }
    const insert = db.prepare('INSERT OR IGNORE INTO training_enrolments (session_id, staff_id) VALUES (?, ?)');
    for (const staffId of ids) {
      if (insert.run(input.sessionId, staffId).changes === 1) {
        record({ action: 'create', entity: 'training_enrolment', entityId: `${input.sessionId}:${staffId}`, before: null, after: { sessionId: input.sessionId, staffId } });
      }
    }
    return getSession(db, input.sessionId);
  });
}

/** A trainee with recorded scores stays: the scores are part of the record. */
export function unenrol(db: Db, actor: string, input: ParsedInput<'training.enrolment.remove'>): SessionDetail {
  return writeTransaction(db, actor, (record) => {
    const before = getSession(db, input.sessionId).trainees.find((t) => t.staffId === input.staffId);
    if (!before) throw new QmFailure('NOT_FOUND', `staff ${input.staffId} is not enrolled in session ${input.sessionId}`, { staffId: input.staffId });
    if (Object.keys(before.attempts).length > 0) {
      throw new QmFailure('CONFLICT', 'this trainee has recorded scores and stays on the roster', { reason: 'trainee_scored' });
    }
    db.prepare('DELETE FROM training_enrolments WHERE session_id = ? AND staff_id = ?').run(input.sessionId, input.staffId);
    record({ action: 'delete', entity: 'training_enrolment', entityId: `${input.sessionId}:${input.staffId}`, before: { attended: before.attended }, after: null });
    return getSession(db, input.sessionId);
  });
}

export function setAttendance(db: Db, actor: string, input: ParsedInput<'training.attendance.set'>): SessionDetail {
  return writeTransaction(db, actor, (record) => {
    const session = getSession(db, input.sessionId);
    const roster = new Map(session.trainees.map((t) => [t.staffId, t]));
    const update = db.prepare('UPDATE training_enrolments SET attended = ? WHERE session_id = ? AND staff_id = ?');
    for (const { staffId, attended } of input.attendance) {
      const trainee = roster.get(staffId);
      if (!trainee) throw new QmFailure('NOT_FOUND', `staff ${staffId} is not enrolled in this session`, { staffId });
      if (trainee.attended === attended) continue;
      update.run(attended === null ? null : attended ? 1 : 0, input.sessionId, staffId);
      record({ action: 'update', entity: 'training_enrolment', entityId: `${input.sessionId}:${staffId}`, before: { attended: trainee.attended }, after: { attended } });
    }
    return getSession(db, input.sessionId);
  });
}
