import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { QmFailure } from '../../../../shared/errors.ts';
import { importFailure } from '../failures.ts';
import { MAX_CELL_CHARS, MAX_ROWS } from '../limits.ts';
import { Bad } from '../convert/references.ts';
import { cellTooLong, type Cell, type RowProblem, type RowSource, type SourceBatch } from './types.ts';
import { guardWorkbook, type WorkbookFacts } from './zip-guard.ts';

const BATCH = 2000;

/**
 * Streams the first worksheet of a workbook that passed the zip guard, with exceljs's streaming reader (shared
 * strings and styles cached, so date-formatted cells arrive as dates). Cells become plain values; an Excel error
 * (#N/A…) or a formula without a saved result becomes a cell problem the row converter reports if the column is used.
 */
export class XlsxSource implements RowSource {
  readonly format = 'xlsx' as const;
  readonly encoding = 'xlsx';
  readonly delimiter = null;
  headers: string[] = [];
  private headerNumber = 1;

  private constructor(
    private readonly input: fs.ReadStream,
    private readonly rows: AsyncIterator<ExcelJS.Row>,
    readonly facts: WorkbookFacts,
    private readonly file: string,
  ) {}

  static async open(file: string, size: number): Promise<XlsxSource> {
    const facts = await guardWorkbook(file, size);
    const input = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
    try {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'ignore',
      });
      const sheets = reader[Symbol.asyncIterator]();
      const first = await sheets.next();
      if (first.done) throw importFailure('NO_ROWS', 'The workbook has no worksheet.', { path: file });
      const source = new XlsxSource(input, first.value[Symbol.asyncIterator](), facts, file);
      await source.readHeader();
      return source;
    } catch (err) {
      input.destroy();
      if ((err as { details?: unknown }).details) throw err;
      throw importFailure('NOT_A_WORKBOOK', `The workbook cannot be read: ${(err as Error).message}`, { path: file });
    }
  }

  async close(): Promise<void> {
    this.input.destroy();
  }

  private async readHeader(): Promise<void> {
    for (;;) {
      const next = await this.rows.next();
      if (next.done) throw importFailure('EMPTY_FILE', 'The first worksheet is empty: there is no header row.', { path: this.file });
      const values = next.value.values as unknown[];
      const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => headerText(values[i + 1]));
      if (cells.every((c) => c === '')) continue;
      this.headers = cells;
      this.headerNumber = next.value.number;
      return;
    }
  }

  async *batches(): AsyncGenerator<SourceBatch> {
    const width = this.headers.length;
    let batch = emptyBatch();
    for (;;) {
      const next = await this.rows.next();
      if (next.done) break;
      const row = next.value;
      if (row.number > MAX_ROWS) throw tooManyRows(this.file);
      if (row.number <= this.headerNumber) continue;
      const values = row.values as unknown[];
      const cells: Cell[] = new Array<Cell>(width);
      let empty = true;
      let problem: RowProblem | null = null;
      for (let i = 0; i < width; i++) {
        const cell = toCell(values[i + 1]);
        cells[i] = cell;
        if (cell !== null && cell !== '') empty = false;
        if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS && !problem) {
          problem = cellTooLong(this.headers[i] ?? null, cell);
        }
      }
      if (empty) continue;
      batch.rows.push(cells);
      batch.rowNumbers.push(row.number);
      batch.problems.push(problem);
      if (batch.rows.length >= BATCH) {
        batch.bytesRead = this.input.bytesRead;
        yield batch;
        batch = emptyBatch();
      }
    }
    batch.bytesRead = this.input.bytesRead;
    if (batch.rows.length > 0) yield batch;
  }
}

const emptyBatch = (): SourceBatch => ({ rows: [], rowNumbers: [], problems: [], bytesRead: 0 });

function headerText(v: unknown): string {
  const cell = toCell(v);
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'object') return cell.shown;
  return String(cell).trim();
}

/** exceljs cell value → Cell. */
function toCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: INVALID_DATE, shown: '' } : v;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const shown = `=${String(o['formula'] ?? o['sharedFormula'] ?? '')}`;
    if (o['result'] === undefined) return { problem: NO_SAVED_VALUE, shown };
    const result = toCell(o['result']);
    return typeof result === 'object' && result !== null && !(result instanceof Date) ? { ...result, shown } : result;
  }
  if ('error' in o) {
    const error = String(o['error']);
    return { problem: new Bad(`the cell shows the error ${error}`, 'cellError', { error }), shown: error };
  }
  if (Array.isArray(o['richText'])) return (o['richText'] as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('text' in o) return toCell(o['text']);
  return { problem: UNSUPPORTED, shown: '' };
}

const INVALID_DATE = new Bad('the cell holds an invalid date', 'cellInvalidDate');
const NO_SAVED_VALUE = new Bad('a formula without a saved value (open the file in Excel, save it, retry)', 'formulaNoValue');
const UNSUPPORTED = new Bad('a cell value of an unsupported kind', 'unsupportedCell');

const tooManyRows = (file: string): QmFailure =>
  importFailure('TOO_MANY_ROWS', `The file has more than ${MAX_ROWS.toLocaleString('en')} rows (Excel's limit); split it into smaller files.`, {
    path: file,
    limit: MAX_ROWS,
  });
