import path from 'node:path';
import type { Language } from '../../../../shared/domain/enums.ts';
import type { TrainingImportSummary } from '../../../../shared/schemas/training.ts';
import { recordChange } from '../../audit-log/record.ts';
import { openDatabase, type Db } from '../../db/open.ts';
import { importFailure } from '../../importers/failures.ts';
import { readFixedRows } from '../../importers/fixed-rows.ts';
import { openDataFile } from '../../importers/source/file.ts';
import { openSource } from '../../importers/source/open.ts';
import type { RowSource } from '../../importers/source/types.ts';
import { beginImport } from '../../importers/write/begin.ts';
import { ErrorReport } from '../../importers/write/error-report.ts';
import type { JobControl } from '../../jobs/registry.ts';
import { getSettings } from '../../settings/service.ts';
import { applyScores } from '../scores.ts';
import { getSession } from '../sessions.ts';
import { SheetCells, type SheetLine } from './sheet-cells.ts';
import { locateSheetColumns } from './sheet-columns.ts';

/** A session's roster is hundreds of people; a sheet far beyond that is the wrong file. */
const MAX_SHEET_ROWS = 5000;

export interface TrainingImportRequest {
  workspacePath: string;
  actor: string;
  sessionId: number;
  path: string;
  dryRun: boolean;
  errorReportPath: string | null;
  language?: Language;
}

/**
 * Import a session's attendance and scores from a CSV or XLSX sheet with the ticket import's readers, encoding
 * detection and error report. The sheet is one unit, like the score grid's save: any rejected row writes nothing.
 * Staff on the sheet but not on the roster are enrolled; scores follow the grid's rules (a changed score is a
 * retake, certificates follow the outcome). One transaction, with an audit entry per trainee and one for the file.
 */
export async function runTrainingImport(req: TrainingImportRequest, job: JobControl): Promise<TrainingImportSummary> {
  const file = openDataFile(req.path);
  const db = openDatabase(req.workspacePath, { mustExist: true });
  let source: RowSource | null = null;
  let report: ErrorReport | null = null;
  try {
    const settings = getSettings(db);
    const session = getSession(db, req.sessionId);
    report = new ErrorReport(file.path, req.errorReportPath, req.language ?? settings.language);
    source = await openSource(file);
    const cells = new SheetCells(db, source.headers, locateSheetColumns(source.headers, session), session);
    const lines: SheetLine[] = [];
    let read = 0;
    const { total, rejected, errors } = await readFixedRows(source, file, report, job, (row, rowNumber) => {
      if (row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) return null;
      if (++read > MAX_SHEET_ROWS) {
        throw importFailure('TOO_MANY_ROWS', `A score sheet holds at most ${MAX_SHEET_ROWS} trainees.`, { max: MAX_SHEET_ROWS });
      }
      cells.start(row, rowNumber);
      const line = cells.line();
      if (line) lines.push(line);
      return cells.errors;
    });
    const errorReportPath = rejected > 0 ? await report.publish() : null;
    const write = !req.dryRun && rejected === 0;
    const written = write ? writeSheet(db, req, lines, path.basename(file.path), { format: source.format, rows: total }) : { enrolled: 0, attempts: 0 };
    return {
      total,
      inserted: write ? lines.length : 0,
      rejected,
      dryRun: req.dryRun,
      errors,
      errorReportPath,
      format: source.format,
      encoding: source.encoding,
      ...written,
    };
  } catch (err) {
    report?.discard();
    throw err;
  } finally {
    await source?.close();
    db.close();
  }
}

function writeSheet(
  db: Db,
  req: TrainingImportRequest,
  lines: readonly SheetLine[],
  fileName: string,
  facts: { format: string; rows: number },
): { enrolled: number; attempts: number } {
  const now = Date.now();
  const record = (change: Parameters<typeof recordChange>[2]) => recordChange(db, req.actor, change, now);
  beginImport(db);
  try {
    const before = getSession(db, req.sessionId);
    const roster = new Map(before.trainees.map((t) => [t.staffId, t]));
    const enrolStmt = db.prepare('INSERT INTO training_enrolments (session_id, staff_id) VALUES (?, ?)');
    const attend = db.prepare('UPDATE training_enrolments SET attended = ? WHERE session_id = ? AND staff_id = ?');
    let enrolled = 0;
    for (const line of lines) {
      const trainee = roster.get(line.staffId);
      if (!trainee) {
        enrolStmt.run(req.sessionId, line.staffId);
        enrolled++;
        record({ action: 'create', entity: 'training_enrolment', entityId: `${req.sessionId}:${line.staffId}`, before: null, after: { sessionId: req.sessionId, staffId: line.staffId } });
      }
      const was = trainee?.attended ?? null;
      if (line.attended !== undefined && line.attended !== was) {
        attend.run(line.attended ? 1 : 0, req.sessionId, line.staffId);
        record({ action: 'update', entity: 'training_enrolment', entityId: `${req.sessionId}:${line.staffId}`, before: { attended: was }, after: { attended: line.attended } });
      }
    }
    const session = getSession(db, req.sessionId);
    const attempts = applyScores(db, session, lines, req.actor, record, now);
    record({ action: 'create', entity: 'training_import', entityId: fileName, before: null, after: { sessionId: req.sessionId, ...facts, trainees: lines.length, enrolled, attempts } });
    db.exec('COMMIT');
    return { enrolled, attempts };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
