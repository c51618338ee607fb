import path from 'node:path';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { listCertificates } from '../../electron/core/training/certificates.ts';
import { trainingEffect } from '../../electron/core/training/effect.ts';
import { trainingKpis } from '../../electron/core/training/kpis.ts';
import { competencyMatrix } from '../../electron/core/training/matrix.ts';
import { saveScoreSheet } from '../../electron/core/training/scores.ts';
import { enrol, listSessions, saveSession } from '../../electron/core/training/sessions.ts';
import { median, type Bench } from './bench.ts';

const RUNS = 15;

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * The trainer's save of a 40 × 2 score sheet, and the manager's views, on the demo workspace's year of training; the
 * training effect on a demo with the app's default 100,000 tickets, since it reads the trainees' tickets.
 */
export const bench: Bench = {
  title: '40 × 2 score-sheet save, competency matrix, KPIs, certificates, training effect on the demo workspace',
  async run(ctx) {
    const file = path.join(ctx.tempDir(), 'training-demo.sqlite');
    await generateDemoWorkspace(file, { tickets: 2000 });
    const db = openDatabase(file);
    try {
      const staff = (db.prepare('SELECT id FROM staff ORDER BY id LIMIT 40').all() as { id: number }[]).map((r) => r.id);
      const product = db.prepare("SELECT id FROM training_courses WHERE type = 'product'").pluck().get() as number;
      ctx.figure('demo sessions / certificates', `${listSessions(db).length} / ${listCertificates(db, { currentOnly: false }).length}`);

      const saves: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const session = saveSession(db, 'bench', { fields: { courseId: product, startOn: '2026-11-02', endOn: '2026-11-02', hours: 7, trainerId: null, location: '' } });
        const detail = enrol(db, 'bench', { sessionId: session.id, staffIds: staff });
        const [theory, practice] = [detail.parts[0]!, detail.parts[1]!];
        const rows = detail.trainees.map((t, i) => ({
          trainee: t.employeeNo,
          cells: { [String(theory.id)]: String(50 + (i % 50)), [String(practice.id)]: String(40 + (i % 60)) },
        }));
        saves.push(time(() => saveScoreSheet(db, 'bench', { sessionId: session.id, rows })));
      }
      ctx.figure('40 × 2 sheet save (median)', `${median(saves).toFixed(1)} ms`);

      const matrix = Array.from({ length: RUNS }, () => time(() => competencyMatrix(db, {})));
      ctx.figure('competency matrix (median)', `${median(matrix).toFixed(1)} ms`);
      const kpis = Array.from({ length: RUNS }, () => time(() => trainingKpis(db, { groupBy: 'outlet' })));
      ctx.figure('KPIs by outlet (median)', `${median(kpis).toFixed(1)} ms`);
      const certificates = Array.from({ length: RUNS }, () => time(() => listCertificates(db)));
      ctx.figure('current certificates (median)', `${median(certificates).toFixed(1)} ms`);
    } finally {
      db.close();
    }

    const effectFile = path.join(ctx.tempDir(), 'training-effect.sqlite');
    await generateDemoWorkspace(effectFile, { tickets: 100_000 });
    const effectDb = openDatabase(effectFile);
    try {
      const course = effectDb.prepare("SELECT id FROM training_courses WHERE type = 'communication'").pluck().get() as number;
      const session = effectDb.prepare('SELECT id FROM training_sessions WHERE course_id = ? ORDER BY start_on LIMIT 1 OFFSET 3').pluck().get(course) as number;
      const one = Array.from({ length: RUNS }, () => time(() => trainingEffect(effectDb, { sessionId: session, months: 3 })));
      ctx.figure('effect of one session, 3 months (median, 100k tickets)', `${median(one).toFixed(1)} ms`);
      const all = Array.from({ length: RUNS }, () => time(() => trainingEffect(effectDb, { courseId: course, months: 6 })));
      ctx.figure('effect of a whole course, 6 months (median, 100k tickets)', `${median(all).toFixed(1)} ms`);
    } finally {
      effectDb.close();
    }
  },
};
