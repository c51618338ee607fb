import { certificateExpiry, certificateStatus, daysBetween } from '../../../shared/domain/training.ts';
import type { Certificate, CertificateStatus } from '../../../shared/schemas/training.ts';
import type { Change } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { outcomesOfSession } from './results.ts';
import { getTrainingSettings } from './settings.ts';
import { trainingToday } from './today.ts';

interface SessionFacts {
  course_id: number;
  end_on: string;
  validity_months: number | null;
}

/**
 * Bring the certificates of some trainees of a session in line with their outcomes, inside the caller's
 * transaction: a pass holds one certificate dated the session's last day; anything else holds none.
 */
export function syncCertificates(db: Db, sessionId: number, staffIds: readonly number[], record: (change: Change) => void): void {
  const session = db
    .prepare(
      `SELECT s.course_id, s.end_on, c.validity_months FROM training_sessions s
       JOIN training_courses c ON c.id = s.course_id WHERE s.id = ?`,
    )
    .get(sessionId) as SessionFacts | undefined;
  if (!session) return;
  const outcomes = outcomesOfSession(db, sessionId, session.course_id);
  const expiresOn = certificateExpiry(session.end_on, session.validity_months);
  const find = db.prepare('SELECT id, issued_on AS issuedOn, expires_on AS expiresOn FROM training_certificates WHERE session_id = ? AND staff_id = ?');
  for (const staffId of staffIds) {
    const held = find.get(sessionId, staffId) as { id: number; issuedOn: string; expiresOn: string | null } | undefined;
    const passed = outcomes.get(staffId) === 'pass';
    if (passed && !held) {
      const id = Number(
        db
          .prepare(
            'INSERT INTO training_certificates (staff_id, course_id, session_id, issued_on, expires_on) VALUES (?, ?, ?, ?, ?)',
          )
          .run(staffId, session.course_id, sessionId, session.end_on, expiresOn).lastInsertRowid,
      );
      const after = { staffId, courseId: session.course_id, sessionId, issuedOn: session.end_on, expiresOn };
      record({ action: 'create', entity: 'training_certificate', entityId: id, before: null, after });
    } else if (passed && held && (held.issuedOn !== session.end_on || held.expiresOn !== expiresOn)) {
      db.prepare('UPDATE training_certificates SET course_id = ?, issued_on = ?, expires_on = ? WHERE id = ?').run(session.course_id, session.end_on, expiresOn, held.id);
      record({ action: 'update', entity: 'training_certificate', entityId: held.id, before: held, after: { issuedOn: session.end_on, expiresOn } });
    } else if (!passed && held) {
      db.prepare('DELETE FROM training_certificates WHERE id = ?').run(held.id);
      record({ action: 'delete', entity: 'training_certificate', entityId: held.id, before: { staffId, sessionId, ...held }, after: null });
    }
  }
}

/** After a course's pass marks or validity change, every trainee of every session of it. */
export function syncCourseCertificates(db: Db, courseId: number, record: (change: Change) => void): void {
  const sessions = db.prepare('SELECT id FROM training_sessions WHERE course_id = ?').all(courseId) as { id: number }[];
  for (const { id } of sessions) {
    const staff = db.prepare('SELECT staff_id FROM training_enrolments WHERE session_id = ?').all(id) as { staff_id: number }[];
    syncCertificates(db, id, staff.map((s) => s.staff_id), record);
  }
}

interface CertificateRow {
  id: number;
  staff_id: number;
  employee_no: string;
  staff_name: string;
  outlet_name: string | null;
  course_id: number;
  course_name: string;
  session_id: number;
  issued_on: string;
  expires_on: string | null;
}

export interface CertificateFilter {
  status?: CertificateStatus;
  courseId?: number;
  staffId?: number;
  /** Only each person's newest certificate of a course (an older one is superseded by a renewal). */
  currentOnly?: boolean;
  limit?: number;
}

/** Certificates with their status today, soonest last valid day first. */
export function listCertificates(db: Db, filter: CertificateFilter = {}, now = Date.now()): Certificate[] {
  const today = trainingToday(db, now);
  const { expiringDays } = getTrainingSettings(db);
  const rows = db
    .prepare(
      `SELECT ce.*, st.employee_no, st.name AS staff_name, o.name AS outlet_name, c.name AS course_name
       FROM training_certificates ce
       JOIN staff st ON st.id = ce.staff_id
       LEFT JOIN outlets o ON o.id = st.outlet_id
       JOIN training_courses c ON c.id = ce.course_id
       WHERE (@courseId IS NULL OR ce.course_id = @courseId)
         AND (@staffId IS NULL OR ce.staff_id = @staffId)
         AND (@currentOnly = 0 OR NOT EXISTS (SELECT 1 FROM training_certificates n
               WHERE n.staff_id = ce.staff_id AND n.course_id = ce.course_id
                 AND (n.issued_on > ce.issued_on OR (n.issued_on = ce.issued_on AND n.id > ce.id))))
       ORDER BY ce.expires_on IS NULL, ce.expires_on, st.employee_no, ce.id`,
    )
    .all({
      courseId: filter.courseId ?? null,
      staffId: filter.staffId ?? null,
      currentOnly: filter.currentOnly === false ? 0 : 1,
    }) as CertificateRow[];
  const result: Certificate[] = [];
  for (const r of rows) {
    const status = certificateStatus(r.expires_on, today, expiringDays);
    if (filter.status && status !== filter.status) continue;
    result.push({
      id: r.id,
      staffId: r.staff_id,
      employeeNo: r.employee_no,
      staffName: r.staff_name,
      outletName: r.outlet_name,
      courseId: r.course_id,
      courseName: r.course_name,
      sessionId: r.session_id,
      issuedOn: r.issued_on,
      expiresOn: r.expires_on,
      status,
      daysLeft: r.expires_on === null ? null : daysBetween(today, r.expires_on),
    });
    if (result.length >= (filter.limit ?? 5000)) break;
  }
  return result;
}
