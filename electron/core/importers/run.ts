import path from 'node:path';
import type { Language } from '../../../shared/domain/enums.ts';
import type { ImportMapping, ImportRowError, ImportSummary } from '../../../shared/schemas/importers.ts';
import { recordChange } from '../audit-log/record.ts';
import { backupAndRotate } from '../backup/auto.ts';
import { openDatabase } from '../db/open.ts';
import { checkOutputPath } from '../workspace/output-path.ts';
import type { JobControl } from '../jobs/registry.ts';
import { getSettings } from '../settings/service.ts';
import { deriveAll } from '../tickets/derive.ts';
import { CustomerBook } from './convert/references.ts';
import { RowConverter, type ConvertedRow, type RowError } from './convert/row.ts';
import { checkTimeZone } from './convert/time-zone.ts';
import { importFailure } from './failures.ts';
import { SUMMARY_ERRORS } from './limits.ts';
import { openDataFile } from './source/file.ts';
import { openSource } from './source/open.ts';
import type { RowSource, SourceBatch } from './source/types.ts';
import { beginImport } from './write/begin.ts';
import { ErrorReport } from './write/error-report.ts';
import { detachIndexes, reattachIndexes, shouldDetach } from './write/indexes.ts';
import { TicketBatch } from './write/ticket-batch.ts';
import { TicketWriter } from './write/ticket-writer.ts';

export interface ImportRequest {
  workspacePath: string;
  actor: string;
  path: string;
  mapping: ImportMapping;
  dryRun: boolean;
  /** Write the valid rows when some are rejected (the wizard's "import the rest"); false writes nothing then. */
  skipInvalid: boolean;
  /** Where the CSV error report goes; null: `<data>.errors.csv` beside the data file. */
  errorReportPath: string | null;
  /** Language of the error report; default: the workspace's report language (settings). */
  language?: Language;
  /** Bring SLA clocks, repeat links, follow-ups and the text index up to date after the commit (default true). */
  derive?: boolean;
}

/** The summary plus where the time went (the bench prints it; the contract returns the summary only). */
export interface ImportOutcome {
  summary: ImportSummary;
  /** Wall seconds per phase, and CPU seconds of this process per phase (wall alone misleads on a busy machine). */
  timing: { read: number; indexes: number; commit: number; derive: number };
  cpu: { read: number; indexes: number; commit: number; derive: number };
}

/**
 * Page cache of the import connection only, sized to the file: the whole transaction (rows and rebuilt indexes) is
 * meant to stay in memory until the commit, because pages spilled to the WAL mid-transaction make every later read
 * of them (the index rebuild reads every row) go through the WAL index. 256 MiB to 2 GiB.
 */
const cacheKib = (fileBytes: number): number => Math.round(Math.min(2 * 1024 ** 2, Math.max(256 * 1024, (fileBytes / 1024) * 3)));

interface ReadState {
  total: number;
  rejected: number;
  writing: boolean;
  detached: string[] | null;
  /** External id → row number of its first occurrence in the file. */
  seen: Map<string, number>;
}

/**
 * Import tickets from a CSV or XLSX file in ONE transaction, on a connection of its own: the session's connection
 * keeps serving reads (WAL shows it the workspace as it was) and cannot slip its own writes into the import.
 * Without `skipInvalid`, the first rejected row rolls the transaction back and the rest of the file is only checked,
 * for a complete error report. A dry run writes nothing. A cancel or crash before COMMIT leaves the workspace
 * exactly as it was; after COMMIT the derived data is brought up to date and a cancel is no longer honoured (the
 * tickets are in; should the process die there, `sla.recompute` with scope 'unmeasured' finishes the work).
 */
export async function runImport(req: ImportRequest, job: JobControl): Promise<ImportOutcome> {
  const started = performance.now();
  const cpu = [process.cpuUsage()];
  const file = openDataFile(req.path);
  const db = openDatabase(req.workspacePath, { mustExist: true });
  let source: RowSource | null = null;
  const summaryErrors: ImportRowError[] = [];
  let report: ErrorReport | null = null;
  try {
    const settings = getSettings(db);
    // A report path the caller chose must not replace the workspace, the data or anything but a CSV file.
    const reportPath = req.errorReportPath === null ? null : checkOutputPath(req.errorReportPath, '.csv', [req.workspacePath, file.path]);
    report = new ErrorReport(file.path, reportPath, req.language ?? settings.language);
    db.pragma(`cache_size = -${cacheKib(file.size)}`);
    db.pragma('temp_store = MEMORY');
    db.pragma('threads = 2'); // lets CREATE INDEX sort with a helper thread
    const timeZone = req.mapping.timeZone ?? settings.timeZone;
    checkTimeZone(timeZone);
    source = await openSource(file);
    const now = Date.now();
    // A copy of the workspace as it was before this file, taken once the file proved readable.
    if (!req.dryRun) await backupAndRotate(db, req.workspacePath, 'import');
    beginImport(db);
    const customers = new CustomerBook(db);
    const converter = new RowConverter(source.headers, req.mapping, timeZone, db, customers);
    const tickets = new TicketBatch(new TicketWriter(db, req.actor, now), customers, req.dryRun, converter.mappedFields);
    const existingMax = db.prepare('SELECT coalesce(max(id), 0) FROM tickets').pluck().get() as number;
    const state: ReadState = { total: 0, rejected: 0, writing: true, detached: null, seen: new Map() };
    const errors: RowError[] = [];

    for await (const batch of source.batches()) {
      job.checkpoint();
      if (state.writing && !req.dryRun && state.detached === null) {
        const estimate = Math.round((batch.rows.length * file.size) / Math.max(1, batch.bytesRead));
        state.detached = shouldDetach(estimate, existingMax) ? detachIndexes(db, 'tickets') : [];
      }
      const valid = convertBatch(batch, converter, state, errors);
      if (state.writing) {
        const refused = tickets.write(valid);
        state.rejected += new Set(refused.map((e) => e.row)).size;
        if (refused.length > 0) {
          errors.push(...refused);
          errors.sort((a, b) => a.row - b.row);
        }
      }
      for (const e of errors) {
        report.add(e);
        if (summaryErrors.length < SUMMARY_ERRORS) summaryErrors.push(e);
      }
      errors.length = 0;
      if (state.rejected > 0 && !req.skipInvalid && state.writing) {
        // Nothing of this file will be written: stop paying for writes, keep checking for the report.
        db.exec('ROLLBACK');
        customers.forgetCreated();
        state.writing = false;
      }
      await report.flush();
      job.progress('read', batch.bytesRead, file.size);
      await new Promise<void>((resolve) => setImmediate(resolve)); // lets the host deliver a cancel
    }
    job.checkpoint();
    if (state.total === 0) throw importFailure('NO_ROWS', 'The file has a header but no data rows.', { path: file.path });

    const readDone = performance.now();
    cpu.push(process.cpuUsage());
    const detached = state.writing ? (state.detached ?? []) : [];
    if (detached.length > 0) {
      job.progress('indexes', 0, detached.length);
      reattachIndexes(db, detached, (done) => {
        job.progress('indexes', done, detached.length);
        job.checkpoint();
      });
    }
    const indexesDone = performance.now();
    cpu.push(process.cpuUsage());
    const wrote = state.writing && !req.dryRun && tickets.inserted + tickets.updated + tickets.customersCreated > 0;
    if (wrote) {
      recordChange(
        db,
        req.actor,
        {
          action: 'create',
          entity: 'import',
          entityId: path.basename(file.path),
          before: null,
          after: {
            path: file.path,
            format: source.format,
            encoding: source.encoding,
            mapping: req.mapping.name,
            rows: state.total,
            inserted: tickets.inserted,
            updated: tickets.updated,
            unchanged: tickets.unchanged,
            rejected: state.rejected,
            customersCreated: tickets.customersCreated,
          },
        },
        now,
      );
    }
    job.checkpoint();
    const errorReportPath = state.rejected > 0 ? await report.publish() : null;
    if (db.inTransaction) db.exec(wrote ? 'COMMIT' : 'ROLLBACK');
    const committed = performance.now();
    cpu.push(process.cpuUsage());
    if (wrote && req.derive !== false) {
      // Past the commit a cancel would only leave tickets unmeasured: report progress, ignore cancels.
      await deriveAll(db, req.actor, 'unmeasured', { jobId: job.jobId, checkpoint: () => undefined, progress: job.progress });
    }
    const derived = performance.now();
    cpu.push(process.cpuUsage());
    const cpuSeconds = (i: number): number => (cpu[i + 1]!.user - cpu[i]!.user + cpu[i + 1]!.system - cpu[i]!.system) / 1e6;
    const counted = state.writing;
    const summary: ImportSummary = {
      total: state.total,
      inserted: counted ? tickets.inserted : 0,
      updated: counted ? tickets.updated : 0,
      unchanged: counted ? tickets.unchanged : 0,
      rejected: state.rejected,
      customersCreated: counted ? tickets.customersCreated : 0,
      dryRun: req.dryRun,
      errors: summaryErrors,
      errorReportPath,
      format: source.format,
      encoding: source.encoding,
      seconds: Math.round(derived - started) / 1000,
    };
    return {
      summary,
      timing: {
        read: (readDone - started) / 1000,
        indexes: (indexesDone - readDone) / 1000,
        commit: (committed - indexesDone) / 1000,
        derive: (derived - committed) / 1000,
      },
      cpu: { read: cpuSeconds(0), indexes: cpuSeconds(1), commit: cpuSeconds(2), derive: cpuSeconds(3) },
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

/**
 * A copy of `s` that does not keep its parent alive: V8 cuts long-enough substrings as slices of the parser's
 * multi-megabyte input chunk, and a million kept external ids would otherwise keep the whole file in memory.
 */
const detached = (s: string): string => ` ${s}`.slice(1);

/**
 * Convert one batch: reader problems and conversion errors reject their row; an external id seen earlier in the
 * file rejects the later row (which of two differing rows is right cannot be guessed).
 */
function convertBatch(batch: SourceBatch, converter: RowConverter, state: ReadState, errors: RowError[]): ConvertedRow[] {
  const valid: ConvertedRow[] = [];
  for (let i = 0; i < batch.rows.length; i++) {
    const row = batch.rowNumbers[i]!;
    state.total++;
    const problem = batch.problems[i];
    if (problem) {
      errors.push({ row, ...problem });
      state.rejected++;
      continue;
    }
    const converted = converter.convert(batch.rows[i]!, row, errors);
    if (!converted) {
      state.rejected++;
      continue;
    }
    const externalId = converted.fields.externalId;
    if (externalId !== null) {
      const first = state.seen.get(externalId);
      if (first !== undefined) {
        errors.push({ row, column: converter.columnFor('externalId'), value: externalId, reason: `the external id is already used by row ${first} of this file`, code: 'duplicateExternalId', params: { row: first } });
        state.rejected++;
        continue;
      }
      state.seen.set(detached(externalId), row);
    }
    valid.push(converted);
  }
  return valid;
}
