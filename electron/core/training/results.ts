import { traineeOutcome, type PartRule } from '../../../shared/domain/training.ts';
import type { TraineeOutcome } from '../../../shared/schemas/training.ts';
import type { Db } from '../db/open.ts';

/** Each trainee's counting score per part: the latest attempt. */
export function latestScores(db: Db, sessionId: number): Map<number, Map<number, number>> {
  const rows = db
    .prepare(
      `SELECT staff_id, part_id, score FROM training_scores s
       WHERE session_id = ? AND attempt = (SELECT max(attempt) FROM training_scores x
         WHERE x.session_id = s.session_id AND x.staff_id = s.staff_id AND x.part_id = s.part_id)`,
    )
    .all(sessionId) as { staff_id: number; part_id: number; score: number }[];
  const result = new Map<number, Map<number, number>>();
  for (const r of rows) {
    const map = result.get(r.staff_id) ?? new Map<number, number>();
    map.set(r.part_id, r.score);
    result.set(r.staff_id, map);
  }
  return result;
}

export function coursePartRules(db: Db, courseId: number): PartRule[] {
  return db
    .prepare('SELECT id, max_score AS maxScore, pass_mark AS passMark FROM training_course_parts WHERE course_id = ? ORDER BY sort, id')
    .all(courseId) as PartRule[];
}

/** Outcome of every enrolled trainee of a session. */
export function outcomesOfSession(db: Db, sessionId: number, courseId: number): Map<number, TraineeOutcome> {
  const parts = coursePartRules(db, courseId);
  const latest = latestScores(db, sessionId);
  const staff = db.prepare('SELECT staff_id FROM training_enrolments WHERE session_id = ?').all(sessionId) as { staff_id: number }[];
  return new Map(staff.map((s) => [s.staff_id, traineeOutcome(parts, latest.get(s.staff_id) ?? new Map())]));
}
