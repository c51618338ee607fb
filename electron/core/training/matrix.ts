import { certificateStatus } from '../../../shared/domain/training.ts';
import type { Matrix, MatrixFilter, MatrixState } from '../../../shared/schemas/training.ts';
import type { Db } from '../db/open.ts';
import { getTrainingSettings } from './settings.ts';
import { trainingToday } from './today.ts';

interface StaffRow {
  id: number;
  employee_no: string;
  name: string;
  role: Matrix['rows'][number]['role'];
  outlet_name: string | null;
  team_name: string | null;
}

const STAFF = `
  SELECT st.id, st.employee_no, st.name, st.role, o.name AS outlet_name, t.name AS team_name
  FROM staff st
  LEFT JOIN outlets o ON o.id = st.outlet_id
  LEFT JOIN teams t ON t.id = st.team_id
  WHERE st.active = 1
    AND (@outletId IS NULL OR st.outlet_id = @outletId)
    AND (@teamId IS NULL OR st.team_id = @teamId)
    AND (@role IS NULL OR st.role = @role)
  ORDER BY st.employee_no, st.id`;

/**
 * Staff × the courses their role requires. A cell follows the person's certificate of that course that runs
 * longest (a renewal supersedes an older one); no certificate is Not trained.
 */
export function competencyMatrix(db: Db, filter: MatrixFilter, limit = 2000, now = Date.now()): Matrix {
  const today = trainingToday(db, now);
  const { expiringDays, requirements } = getTrainingSettings(db);
  const staff = db.prepare(STAFF).all({
    outletId: filter.outletId ?? null,
    teamId: filter.teamId ?? null,
    role: filter.role ?? null,
  }) as StaffRow[];
  const required = new Map<string, number[]>();
  for (const r of requirements) required.set(r.role, [...(required.get(r.role) ?? []), r.courseId]);
  const courseIds = new Set(staff.flatMap((s) => required.get(s.role) ?? []));
  const courses = (
    db.prepare('SELECT id, code, name FROM training_courses ORDER BY code, id').all() as Matrix['courses']
  ).filter((c) => courseIds.has(c.id));

  // Longest-running certificate per person and course: NULL (never expires) beats any date.
  const best = new Map<string, string | null>();
  const certs = db
    .prepare('SELECT staff_id, course_id, expires_on FROM training_certificates')
    .all() as { staff_id: number; course_id: number; expires_on: string | null }[];
  for (const c of certs) {
    const key = `${c.staff_id}:${c.course_id}`;
    if (!best.has(key)) best.set(key, c.expires_on);
    else {
      const held = best.get(key)!;
      if (held !== null && (c.expires_on === null || c.expires_on > held)) best.set(key, c.expires_on);
    }
  }

  const rows = staff.slice(0, limit).map((s) => {
    const cells: Matrix['rows'][number]['cells'] = {};
    for (const courseId of required.get(s.role) ?? []) {
      const key = `${s.id}:${courseId}`;
      const state: MatrixState = best.has(key) ? certificateStatus(best.get(key)!, today, expiringDays) : 'not_trained';
      cells[String(courseId)] = { state, expiresOn: best.get(key) ?? null };
    }
    return {
      staffId: s.id,
      employeeNo: s.employee_no,
      name: s.name,
      role: s.role,
      outletName: s.outlet_name,
      teamName: s.team_name,
      cells,
    };
  });
  return { courses, rows, total: staff.length };
}
