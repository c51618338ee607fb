import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../../shared/errors.ts';
import { importFailure } from '../failures.ts';
import { MAX_CSV_BYTES, MAX_XLSX_BYTES } from '../limits.ts';

export type FileFormat = 'csv' | 'xlsx';

export interface DataFile {
  path: string;
  size: number;
  format: FileFormat;
}

/**
 * Resolve and check the file the user asked to import. The renderer always sends a picked, absolute path, so a
 * path with `..` segments was built by something else and is refused rather than normalised away; devices, FIFOs
 * and folders are refused too (reading /dev/zero "as CSV" would never end).
 */
export function openDataFile(input: string): DataFile {
  if (input.split(/[\\/]/).includes('..')) {
    throw importFailure('PATH_TRAVERSAL', `Paths containing ".." are not accepted: ${input}. Pick the file again.`, { path: input });
  }
  const resolved = path.resolve(input);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new QmFailure('FILE_NOT_FOUND', `${resolved} does not exist.`, { path: resolved });
    throw new QmFailure('IO_ERROR', `Cannot read ${resolved}: ${(err as Error).message}`, { path: resolved });
  }
  if (!stat.isFile()) throw importFailure('NOT_A_FILE', `${resolved} is not a regular file.`, { path: resolved });
  if (stat.size === 0) throw importFailure('EMPTY_FILE', `${resolved} is empty.`, { path: resolved });
  const format = detectFormat(resolved, readHead(resolved, 16));
  const limit = format === 'xlsx' ? MAX_XLSX_BYTES : MAX_CSV_BYTES;
  if (stat.size > limit) {
    throw importFailure(
      'FILE_TOO_LARGE',
      `${path.basename(resolved)} is ${mib(stat.size)} MB; ${format.toUpperCase()} files up to ${mib(limit)} MB can be imported.`,
      { path: resolved, size: stat.size, limit },
    );
  }
  return { path: resolved, size: stat.size, format };
}

const mib = (n: number): string => (n / 1024 / 1024).toFixed(0);

export function readHead(file: string, bytes: number, at = 0): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, at);
    return buf.subarray(0, n);
  } catch (err) {
    throw new QmFailure('IO_ERROR', `Cannot read ${file}: ${(err as Error).message}`, { path: file });
  } finally {
    fs.closeSync(fd);
  }
}

/** By content first (an .xlsx renamed .csv still works), the extension only to catch a damaged workbook. */
function detectFormat(file: string, head: Buffer): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw importFailure('UNSUPPORTED_FORMAT', 'This is an old Excel .xls file; save it as .xlsx or CSV and import that.', { path: file });
  }
  if (head.subarray(0, 15).toString('latin1') === 'SQLite format 3') {
    throw importFailure('UNSUPPORTED_FORMAT', 'This is a SQLite database, not a CSV or XLSX file.', { path: file });
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw importFailure('NOT_A_WORKBOOK', `${path.basename(file)} is named like a workbook but is not one (damaged or not an .xlsx).`, { path: file });
  }
  if (ext === '.xls') {
    throw importFailure('UNSUPPORTED_FORMAT', 'Old Excel .xls files are not supported; save it as .xlsx or CSV.', { path: file });
  }
  return 'csv';
}
