import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';
import { getSettings } from '../settings/service.ts';
import { cellOf } from './export-format.ts';
import { csvWriter, xlsxWriter, type RowWriter } from './export-writers.ts';
import { buildQuery, rowsOf } from './grid-query.ts';
import { checkOutputPath } from '../workspace/output-path.ts';

/** Rows looked up per statement: one label lookup per row and column, then a pause for a cancel request. */
const CHUNK = 2_000;

/**
 * Write the grid's current view (queue, filters, sort, chosen columns) to CSV or XLSX in the requested language.
 * The ids of the whole view are taken first - one consistent snapshot, and no statement left open across the
 * pauses in which the host may serve other requests - then the rows are looked up and written chunk by chunk.
 * The file is written under a temporary name and renamed into place when complete; a cancel or error removes it.
 */
export async function exportTickets(db: Db, input: ParsedInput<'tickets.export'>, job?: JobControl, now = Date.now()): Promise<{ path: string; rows: number }> {
  const target = checkOutputPath(input.path, null, [db.name]);
  if (!fs.existsSync(path.dirname(target))) {
    throw new QmFailure('FILE_NOT_FOUND', `The folder ${path.dirname(target)} does not exist.`, { path: path.dirname(target) });
  }
  const settings = getSettings(db);
  const built = buildQuery(db, input.query, { timeZone: settings.timeZone, now, language: input.language });
  const ids = db
    .prepare('SELECT t.id FROM tickets t WHERE ' + built.where + ' ORDER BY ' + built.orderBy)
    .pluck()
    .all(built.params.values) as number[];
  const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  let writer: RowWriter | null = null;
  try {
    writer = input.format === 'csv' ? csvWriter(temp, input.columns, input.language) : xlsxWriter(temp, input.columns, input.language);
    const ctx = { language: input.language, timeZone: settings.timeZone };
    job?.progress('export', 0, ids.length);
    for (let i = 0; i < ids.length; i += CHUNK) {
      job?.checkpoint();
      for (const row of rowsOf(db, built, ids.slice(i, i + CHUNK))) {
        await writer.write(input.columns.map((c) => cellOf(row, c, ctx)));
      }
      job?.progress('export', Math.min(ids.length, i + CHUNK), ids.length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await writer.close();
    writer = null;
    fs.renameSync(temp, target);
    return { path: target, rows: ids.length };
  } catch (err) {
    await writer?.abort();
    fs.rmSync(temp, { force: true });
    if (err instanceof QmFailure) throw err;
    throw new QmFailure('IO_ERROR', `Could not write ${target}: ${(err as Error).message}`, { path: target });
  }
}
