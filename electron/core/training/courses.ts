import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Course, CourseFields } from '../../../shared/schemas/training.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { syncCourseCertificates } from './certificates.ts';

interface CourseRow {
  id: number;
  code: string;
  name: string;
  type: Course['type'];
  tier: Course['tier'];
  duration_days: number;
  validity_months: number | null;
  active: number;
  updated_at: number;
  sessions: number;
}

interface PartRow {
  id: number;
  course_id: number;
  name: string;
  max_score: number;
  pass_mark: number;
}

const SELECT = `
  SELECT c.*, (SELECT count(*) FROM training_sessions s WHERE s.course_id = c.id) AS sessions
  FROM training_courses c
  WHERE (@id IS NULL OR c.id = @id)
  ORDER BY c.active DESC, c.code, c.id`;

export function listCourses(db: Db, id: number | null = null): Course[] {
  const rows = db.prepare(SELECT).all({ id }) as CourseRow[];
  const parts = db
    .prepare(
      `SELECT * FROM training_course_parts WHERE (@id IS NULL OR course_id = @id) ORDER BY course_id, sort, id`,
    )
    .all({ id }) as PartRow[];
  const byCourse = new Map<number, Course['parts']>();
  for (const p of parts) {
    const list = byCourse.get(p.course_id) ?? [];
    list.push({ id: p.id, name: p.name, maxScore: p.max_score, passMark: p.pass_mark });
    byCourse.set(p.course_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type,
    tier: r.tier,
    durationDays: r.duration_days,
    validityMonths: r.validity_months,
    active: r.active === 1,
    parts: byCourse.get(r.id) ?? [],
    sessions: r.sessions,
    updatedAt: r.updated_at,
  }));
}

export function getCourse(db: Db, id: number): Course {
  const found = listCourses(db, id)[0];
  if (!found) throw new QmFailure('NOT_FOUND', `no course with id ${id}`, { id });
  return found;
}

function assertCodeFree(db: Db, code: string, id: number | null): void {
  const other = db.prepare('SELECT id FROM training_courses WHERE code = ? AND id IS NOT ?').get(code, id);
  if (other) throw new QmFailure('CONFLICT', `another course already has the code ${code}`, { field: 'code', code });
}

/**
 * Parts keep their ids across saves so recorded scores stay attached; a part with scores cannot be removed, and
 * its maximum cannot drop below a score already given.
 */
function saveParts(db: Db, courseId: number, parts: CourseFields['parts']): void {
  const existing = db.prepare('SELECT id FROM training_course_parts WHERE course_id = ?').all(courseId) as { id: number }[];
  const kept = new Set(parts.flatMap((p) => (p.id === undefined ? [] : [p.id])));
  for (const p of parts) {
    if (p.id !== undefined && !existing.some((e) => e.id === p.id)) {
      throw new QmFailure('NOT_FOUND', `part ${p.id} is not a part of course ${courseId}`, { partId: p.id });
    }
  }
  for (const { id } of existing) {
    if (kept.has(id)) continue;
    if (db.prepare('SELECT 1 FROM training_scores WHERE part_id = ? LIMIT 1').get(id)) {
      throw new QmFailure('CONFLICT', `part ${id} has recorded scores and cannot be removed`, { partId: id, reason: 'part_scored' });
    }
    db.prepare('DELETE FROM training_course_parts WHERE id = ?').run(id);
  }
  parts.forEach((p, sort) => {
    if (p.id === undefined) {
      db.prepare(
        'INSERT INTO training_course_parts (course_id, name, max_score, pass_mark, sort) VALUES (?, ?, ?, ?, ?)',
      ).run(courseId, p.name, p.maxScore, p.passMark, sort);
      return;
    }
    const top = db.prepare('SELECT max(score) AS top FROM training_scores WHERE part_id = ?').get(p.id) as { top: number | null };
    if (top.top !== null && top.top > p.maxScore) {
      throw new QmFailure('CONFLICT', `part ${p.name} already has a score of ${top.top}, above the new maximum`, {
        partId: p.id,
        reason: 'max_below_scores',
      });
    }
    db.prepare('UPDATE training_course_parts SET name = ?, max_score = ?, pass_mark = ?, sort = ? WHERE id = ?').run(
      p.name,
      p.maxScore,
      p.passMark,
      sort,
      p.id,
    );
  });
}

export function saveCourse(db: Db, actor: string, input: ParsedInput<'training.courses.save'>, now = Date.now()): Course {
  const { fields } = input;
  const row = {
    code: fields.code,
    name: fields.name,
    type: fields.type,
    tier: fields.tier,
    durationDays: fields.durationDays,
    validityMonths: fields.validityMonths,
    active: fields.active ? 1 : 0,
    now,
  };
  return writeTransaction(db, actor, (record) => {
    assertCodeFree(db, fields.code, input.id ?? null);
    if (input.id === undefined) {
      if (fields.parts.some((p) => p.id !== undefined)) {
        throw new QmFailure('INVALID_INPUT', 'a new course has no saved parts yet', { field: 'parts' });
      }
      const id = Number(
        db
          .prepare(
            `INSERT INTO training_courses (code, name, type, tier, duration_days, validity_months, active, created_at, updated_at)
             VALUES (@code, @name, @type, @tier, @durationDays, @validityMonths, @active, @now, @now)`,
          )
          .run(row).lastInsertRowid,
      );
      saveParts(db, id, fields.parts);
      const after = getCourse(db, id);
      record({ action: 'create', entity: 'training_course', entityId: id, before: null, after });
      return after;
    }
    const before = getCourse(db, input.id);
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new QmFailure('CONFLICT', 'the course changed since it was opened', { reason: 'stale' });
    }
    db.prepare(
      `UPDATE training_courses SET code = @code, name = @name, type = @type, tier = @tier, duration_days = @durationDays,
         validity_months = @validityMonths, active = @active, updated_at = @now WHERE id = @id`,
    ).run({ ...row, id: input.id });
    saveParts(db, input.id, fields.parts);
    // Pass marks and validity decide who holds a certificate.
    syncCourseCertificates(db, input.id, record);
    const after = getCourse(db, input.id);
    record({ action: 'update', entity: 'training_course', entityId: input.id, before, after });
    return after;
  });
}

/** A course with sessions is kept (set it inactive instead); its requirements go with it. */
export function deleteCourse(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getCourse(db, id);
    if (before.sessions > 0) {
      throw new QmFailure('CONFLICT', `course ${before.code} has sessions; set it inactive instead`, {
        reason: 'has_sessions',
        sessions: before.sessions,
      });
    }
    db.prepare('DELETE FROM training_courses WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'training_course', entityId: id, before, after: null });
    return null;
  });
}
