import type { ImportRowError } from '../../../shared/schemas/importers.ts';
import type { JobControl } from '../jobs/registry.ts';
import { importFailure } from './failures.ts';
import { SUMMARY_ERRORS } from './limits.ts';
import type { Cell, RowSource } from './source/types.ts';
import type { ErrorReport } from './write/error-report.ts';

export interface RowCount {
  /** Rows read (skipped blank rows not counted). */
  total: number;
  rejected: number;
  /** The first errors; the report has all of them. */
  errors: ImportRowError[];
}

/**
 * The read loop every fixed-layout import shares (surveys, training sheets, mystery visits): each row goes to
 * `take`, which converts (and may write) it and answers its errors, or null for a row to skip; rejected rows go to the
 * error report. Progress and cancel between batches; a file with a header and no rows is refused.
 */
export async function readFixedRows(
  source: RowSource,
  file: { path: string; size: number },
  report: ErrorReport,
  job: JobControl,
  take: (cells: readonly Cell[], row: number) => readonly ImportRowError[] | null,
): Promise<RowCount> {
  const count: RowCount = { total: 0, rejected: 0, errors: [] };
  for await (const batch of source.batches()) {
    job.checkpoint();
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rowNumbers[i]!;
      const problem = batch.problems[i];
      const errors = problem ? [{ row, ...problem }] : take(batch.rows[i]!, row);
      if (errors === null) continue;
      count.total++;
      if (errors.length === 0) continue;
      count.rejected++;
      for (const e of errors) {
        report.add(e);
        if (count.errors.length < SUMMARY_ERRORS) count.errors.push(e);
      }
    }
    await report.flush();
    job.progress('read', batch.bytesRead, file.size);
    await new Promise<void>((resolve) => setImmediate(resolve)); // lets the host deliver a cancel
  }
  job.checkpoint();
  if (count.total === 0) throw importFailure('NO_ROWS', 'The file has a header but no data rows.', { path: file.path });
  return count;
}
