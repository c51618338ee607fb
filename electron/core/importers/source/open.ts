import { CsvSource } from './csv-reader.ts';
import { detectEncoding } from './encoding.ts';
import type { DataFile } from './file.ts';
import type { RowSource } from './types.ts';
import { XlsxSource } from './xlsx-reader.ts';

/** The reader for a checked data file; XLSX files pass the zip guard on the way. */
export async function openSource(file: DataFile): Promise<RowSource> {
  if (file.format === 'xlsx') return XlsxSource.open(file.path, file.size);
  return CsvSource.open(file.path, detectEncoding(file.path, file.size));
}
