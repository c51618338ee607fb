import type { ReportFile, ReportRequest, ReportRun } from '../../../shared/schemas/reports.ts';
import type { z } from 'zod';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface RunRow {
  id: number;
  kind: ReportRun['kind'];
  period: string;
  scope_dim: string;
  scope_key: string;
  language: ReportRun['language'];
  mask: number;
  files: string;
  seconds: number;
  actor: string;
  created_at: number;
}

const toRun = (r: RunRow): ReportRun => ({
  id: r.id,
  kind: r.kind,
  period: r.period,
  scope: { dim: r.scope_dim, key: r.scope_key },
  language: r.language,
  mask: r.mask === 1,
  files: JSON.parse(r.files) as z.infer<typeof ReportFile>[],
  seconds: r.seconds,
  actor: r.actor,
  createdAt: r.created_at,
});

/** Record a finished report (its files are complete on disk) with its audit entry, in one transaction. */
export function recordRun(
  db: Db,
  actor: string,
  request: ReportRequest,
  files: z.infer<typeof ReportFile>[],
  seconds: number,
  now = Date.now(),
): ReportRun {
  return writeTransaction(db, actor, (record) => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO report_runs (kind, period, scope_dim, scope_key, language, mask, files, seconds, actor, created_at)
           VALUES (@kind, @period, @dim, @key, @language, @mask, @files, @seconds, @actor, @now)`,
        )
        .run({
          kind: request.kind,
          period: request.period,
          dim: request.scope.dim,
          key: request.scope.key,
          language: request.language,
          mask: request.mask ? 1 : 0,
          files: JSON.stringify(files),
          seconds,
          actor,
          now,
        }).lastInsertRowid,
    );
    const run = toRun(db.prepare('SELECT * FROM report_runs WHERE id = ?').get(id) as RunRow);
    record({ action: 'create', entity: 'report_run', entityId: id, before: null, after: run });
    return run;
  });
}

/** Newest first. */
export function listRuns(db: Db, limit = 500): ReportRun[] {
  return (
    db.prepare('SELECT * FROM report_runs ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as RunRow[]
  ).map(toRun);
}
