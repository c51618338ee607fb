import { QmFailure } from '../../../shared/errors.ts';
import { TrainingSettings } from '../../../shared/schemas/training.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

const DEFAULT_EXPIRING_DAYS = 30;

/** The area's settings: the Expiring window from training_settings, required courses from their own table. */
export function getTrainingSettings(db: Db): TrainingSettings {
  const row = db.prepare("SELECT value FROM training_settings WHERE key = 'expiringDays'").get() as { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as unknown) : DEFAULT_EXPIRING_DAYS;
  const expiringDays = TrainingSettings.shape.expiringDays.safeParse(stored);
  const requirements = db
    .prepare('SELECT role, course_id AS courseId FROM training_requirements ORDER BY role, course_id')
    .all() as TrainingSettings['requirements'];
  return { expiringDays: expiringDays.success ? expiringDays.data : DEFAULT_EXPIRING_DAYS, requirements };
}

export function saveTrainingSettings(db: Db, actor: string, patch: Partial<TrainingSettings>): TrainingSettings {
  return writeTransaction(db, actor, (record) => {
    const before = getTrainingSettings(db);
    if (patch.expiringDays !== undefined && patch.expiringDays !== before.expiringDays) {
      db.prepare(
        "INSERT INTO training_settings (key, value) VALUES ('expiringDays', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(JSON.stringify(patch.expiringDays));
      record({ action: 'update', entity: 'training_settings', entityId: 'expiringDays', before: before.expiringDays, after: patch.expiringDays });
    }
    if (patch.requirements !== undefined) {
      const unique = [...new Map(patch.requirements.map((r) => [`${r.role}:${r.courseId}`, r])).values()];
      for (const r of unique) {
        if (!db.prepare('SELECT 1 FROM training_courses WHERE id = ?').get(r.courseId)) {
          throw new QmFailure('NOT_FOUND', `requirements: no course with id ${r.courseId}`, { field: 'requirements', id: r.courseId });
        }
      }
      db.prepare('DELETE FROM training_requirements').run();
      const insert = db.prepare('INSERT INTO training_requirements (role, course_id) VALUES (?, ?)');
      for (const r of unique) insert.run(r.role, r.courseId);
      const after = getTrainingSettings(db).requirements;
      if (JSON.stringify(after) !== JSON.stringify(before.requirements)) {
        record({ action: 'update', entity: 'training_settings', entityId: 'requirements', before: before.requirements, after });
      }
    }
    return getTrainingSettings(db);
  });
}
