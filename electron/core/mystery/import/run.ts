import path from 'node:path';
import type { Language } from '../../../../shared/domain/enums.ts';
import type { MysteryImportSummary } from '../../../../shared/schemas/mystery.ts';
import { recordChange } from '../../audit-log/record.ts';
import { getTemplate } from '../../audits/templates.ts';
import { openDatabase } from '../../db/open.ts';
import { readFixedRows } from '../../importers/fixed-rows.ts';
import { openDataFile } from '../../importers/source/file.ts';
import { openSource } from '../../importers/source/open.ts';
import type { RowSource } from '../../importers/source/types.ts';
import { beginImport } from '../../importers/write/begin.ts';
import { ErrorReport } from '../../importers/write/error-report.ts';
import type { JobControl } from '../../jobs/registry.ts';
import { getSettings } from '../../settings/service.ts';
import { getWave } from '../programmes.ts';
import { INSERT_VISIT, waveTemplateId, writeVisitScore } from '../visits.ts';
import { locateVisitColumns, VisitCells } from './cells.ts';

export interface MysteryImportRequest {
  workspacePath: string;
  actor: string;
  waveId: number;
  path: string;
  dryRun: boolean;
  /** Publish the imported visits at once (every item must be answered); otherwise they arrive as drafts for review. */
  publish: boolean;
  errorReportPath: string | null;
  language?: Language;
}

/**
 * Import a wave's visit results from CSV or XLSX with the ticket import's readers and error report, on a connection
 * of its own, in ONE transaction: any rejected row writes nothing (all-or-nothing), a dry run writes nothing, a
 * cancel or crash before COMMIT leaves the workspace as it was.
 */
export async function runMysteryImport(req: MysteryImportRequest, job: JobControl): Promise<MysteryImportSummary> {
  const file = openDataFile(req.path);
  const db = openDatabase(req.workspacePath, { mustExist: true });
  let source: RowSource | null = null;
  let report: ErrorReport | null = null;
  try {
    const settings = getSettings(db);
    const wave = getWave(db, req.waveId);
    const template = getTemplate(db, waveTemplateId(db, wave.id));
    const items = template.sections.flatMap((s) => s.items);
    report = new ErrorReport(file.path, req.errorReportPath, req.language ?? settings.language);
    source = await openSource(file);
    const cells = new VisitCells(db, source.headers, locateVisitColumns(source.headers, items), settings.timeZone, wave, items);
    const now = Date.now();
    beginImport(db);
    const insert = db.prepare(INSERT_VISIT);
    const publish = db.prepare(`UPDATE mystery_visits SET status = 'published', reviewed_by = ?, reviewed_at = ?, published_at = ? WHERE id = ?`);
    const { total, rejected, errors } = await readFixedRows(source, file, report, job, (row, rowNumber) => {
      cells.start(row, rowNumber);
      const v = cells.visit(req.publish);
      if (v && !req.dryRun) {
        const id = Number(insert.run({ ...v, waveId: wave.id, templateId: template.id, visitedOn: v.visitDay, findings: '{}', now }).lastInsertRowid);
        writeVisitScore(db, id, template.sections, v.answers, now);
        if (req.publish) publish.run(req.actor, now, now, id);
      }
      return cells.errors;
    });
    const inserted = total - rejected;
    const write = !req.dryRun && inserted > 0 && rejected === 0;
    if (write) {
      recordChange(
        db,
        req.actor,
        {
          action: 'create',
          entity: 'mystery_import',
          entityId: path.basename(file.path),
          before: null,
          after: { path: file.path, waveId: wave.id, publish: req.publish, format: source.format, encoding: source.encoding, rows: total, inserted },
        },
        now,
      );
    }
    const errorReportPath = rejected > 0 ? await report.publish() : null;
    db.exec(write ? 'COMMIT' : 'ROLLBACK');
    return {
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
