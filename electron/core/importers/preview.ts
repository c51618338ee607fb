import { checkTimeZone } from './convert/time-zone.ts';
import type { ImportMapping, ImportPreview, PreviewRow } from '../../../shared/schemas/importers.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { cellText } from './convert/readers.ts';
import { CustomerBook } from './convert/references.ts';
import { RowConverter } from './convert/row.ts';
import { suggestMapping } from './mapping/suggest.ts';
import { openDataFile } from './source/file.ts';
import { openSource } from './source/open.ts';
import type { Cell } from './source/types.ts';

/**
 * The head of a file as the import wizard shows it. Nothing is written: unknown customers are shown as "(new)"
 * and created only by the import itself.
 */
export async function previewImport(db: Db, path: string, given: ImportMapping | null, limit: number): Promise<ImportPreview> {
  const file = openDataFile(path);
  const source = await openSource(file);
  try {
    const head: { cells: Cell[]; row: number }[] = [];
    for await (const batch of source.batches()) {
      for (let i = 0; i < batch.rows.length && head.length < limit; i++) head.push({ cells: batch.rows[i]!, row: batch.rowNumbers[i]! });
      if (head.length >= limit) break;
    }
    const suggestion = suggestMapping(source.headers);
    const mapping = given ?? suggestion.mapping;
    let converter: RowConverter | null = null;
    let mappingProblem: string | null = null;
    try {
      const timeZone = mapping.timeZone ?? getSettings(db).timeZone;
      checkTimeZone(timeZone);
      converter = new RowConverter(source.headers, mapping, timeZone, db, new CustomerBook(db));
    } catch (err) {
      if (!(err instanceof QmFailure)) throw err;
      mappingProblem = err.message;
    }
    const rows: PreviewRow[] = head.map(({ cells, row }) => {
      const text = source.headers.map((_, i) => cellText(cells[i] ?? null));
      if (!converter) return { row, cells: text, values: {}, errors: [] };
      const { values, errors } = converter.inspect(cells, row);
      return { row, cells: text, values, errors };
    });
    return {
      path: file.path,
      format: source.format,
      encoding: source.encoding,
      delimiter: source.delimiter,
      columns: source.headers,
      suggested: suggestion.mapping,
      suggestedPreset: suggestion.preset,
      mapping,
      mappingProblem,
      rows,
    };
  } finally {
    await source.close();
  }
}
