import type { RowErrorCode, RowErrorParams } from '../../../../shared/schemas/importers.ts';
import { MAX_CELL_CHARS } from '../limits.ts';
import type { Bad } from '../convert/references.ts';

/** A cell as a reader hands it over: CSV gives strings; XLSX also numbers, booleans and dates (wall-clock in UTC fields). */
export type Cell = string | number | boolean | Date | null | CellProblem;

/** A cell the reader could not turn into a value (an Excel error like #N/A, a formula without a saved result). */
export interface CellProblem {
  problem: Bad;
  /** What the user sees in the cell, for the error report. */
  shown: string;
}

export const isCellProblem = (c: Cell): c is CellProblem => typeof c === 'object' && c !== null && !(c instanceof Date);

export interface SourceBatch {
  rows: Cell[][];
  /** Row number of each row as a spreadsheet shows it (the header is row 1). */
  rowNumbers: number[];
  /** A problem the reader found with the whole row (field count, quotes, an oversized cell), else null. */
  problems: (RowProblem | null)[];
  /** Bytes of the file consumed so far, for progress. */
  bytesRead: number;
}

export interface RowProblem {
  column: string | null;
  value: string | null;
  reason: string;
  code: RowErrorCode;
  params: RowErrorParams;
}

export interface RowSource {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: string;
  readonly headers: string[];
  /** CSV delimiter; null for workbooks. */
  readonly delimiter: string | null;
  /** Data rows after the header, in file order. Can be iterated once. */
  batches(): AsyncGenerator<SourceBatch>;
  close(): Promise<void>;
}

/** A cell over MAX_CELL_CHARS rejects its row (shown cut to 100 characters in the report). */
export const cellTooLong = (column: string | null, cell: string): RowProblem => ({
  column,
  value: `${cell.slice(0, 100)}…`,
  reason: `a cell is longer than ${MAX_CELL_CHARS.toLocaleString('en')} characters`,
  code: 'cellTooLong',
  params: { max: MAX_CELL_CHARS },
});
