import path from 'node:path';
import type { Language } from '../../../../shared/domain/enums.ts';
import type { SurveyImportKind, SurveyImportSummary } from '../../../../shared/schemas/surveys.ts';
import { recordChange } from '../../audit-log/record.ts';
import { openDatabase } from '../../db/open.ts';
import { readFixedRows } from '../../importers/fixed-rows.ts';
import { openDataFile } from '../../importers/source/file.ts';
import { openSource } from '../../importers/source/open.ts';
import type { RowSource } from '../../importers/source/types.ts';
import { beginImport } from '../../importers/write/begin.ts';
import { ErrorReport } from '../../importers/write/error-report.ts';
import type { JobControl } from '../../jobs/registry.ts';
import { getSettings } from '../../settings/service.ts';
import { INSERT_RESPONSE } from '../responses.ts';
import { insertServqual } from '../servqual.ts';
import { locateSurveyColumns } from './columns.ts';
import { convertResponse, convertServqual, SurveyCells } from './convert.ts';

export interface SurveyImportRequest {
  workspacePath: string;
  actor: string;
  kind: SurveyImportKind;
  path: string;
  dryRun: boolean;
  /** Write the valid rows when some are rejected; false (the default) writes nothing then. */
  skipInvalid: boolean;
  errorReportPath: string | null;
  language?: Language;
}

/**
 * Import survey answers from a CSV or XLSX file with the ticket import's readers, encoding detection and error
 * report, on a connection of its own, in ONE transaction with one audit entry for the file. A rejected row (its
 * reasons go to `<data>.errors.csv`) makes the whole file write nothing unless `skipInvalid`; a dry run writes
 * nothing; a cancel or crash before COMMIT leaves the workspace as it was.
 */
export async function runSurveyImport(req: SurveyImportRequest, job: JobControl): Promise<SurveyImportSummary> {
  const file = openDataFile(req.path);
  const db = openDatabase(req.workspacePath, { mustExist: true });
  let source: RowSource | null = null;
  let report: ErrorReport | null = null;
  try {
    const settings = getSettings(db);
    report = new ErrorReport(file.path, req.errorReportPath, req.language ?? settings.language);
    source = await openSource(file);
    const columns = locateSurveyColumns(source.headers, req.kind);
    const cells = new SurveyCells(db, source.headers, columns, settings.timeZone);
    const now = Date.now();
    beginImport(db);
    const insertResponse = db.prepare(INSERT_RESPONSE);
    const { total, rejected, errors } = await readFixedRows(source, file, report, job, (row, rowNumber) => {
      cells.start(row, rowNumber);
      if (req.kind === 'responses') {
        const stored = convertResponse(cells);
        if (stored && !req.dryRun) insertResponse.run({ ...stored, source: 'import', now });
      } else {
        const fields = convertServqual(cells);
        if (fields && !req.dryRun) insertServqual(db, fields, 'import', now);
      }
      return cells.errors;
    });
    const inserted = total - rejected;
    const write = !req.dryRun && inserted > 0 && (rejected === 0 || req.skipInvalid);
    if (write) {
      recordChange(
        db,
        req.actor,
        {
          action: 'create',
          entity: 'survey_import',
          entityId: path.basename(file.path),
          before: null,
          after: { path: file.path, kind: req.kind, format: source.format, encoding: source.encoding, rows: total, inserted, rejected },
        },
        now,
      );
    }
    const errorReportPath = rejected > 0 ? await report.publish() : null;
    db.exec(write ? 'COMMIT' : 'ROLLBACK');
    return {
      kind: req.kind,
      total,
      inserted: write ? inserted : 0,
      rejected,
      dryRun: req.dryRun,
      errors,
      errorReportPath,
      format: source.format,
      encoding: source.encoding,
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    report?.discard();
    throw err;
  } finally {
    await source?.close();
    db.close();
  }
}
