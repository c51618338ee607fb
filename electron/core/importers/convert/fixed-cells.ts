import { ERRORS_PER_ROW } from '../limits.ts';
import { isCellProblem, type Cell } from '../source/types.ts';
import { cellText } from './readers.ts';
import { Bad } from './references.ts';
import type { RowError } from './row.ts';

/**
 * The cells of one row of a fixed-layout file, read by column key: each bad cell becomes a row error with its
 * column, value and code (at most ERRORS_PER_ROW per row). Areas extend it with readers for their own fields.
 */
export class FixedRowCells {
  errors: RowError[] = [];
  protected row = 0;
  private cells: readonly Cell[] = [];

  constructor(
    private readonly headers: readonly string[],
    protected readonly columns: ReadonlyMap<string, number>,
  ) {}

  start(cells: readonly Cell[], row: number): void {
    this.cells = cells;
    this.row = row;
    this.errors = [];
  }

  fail(key: string, cell: Cell, bad: Bad): null {
    if (this.errors.length >= ERRORS_PER_ROW) return null;
    const index = this.columns.get(key);
    const column = index === undefined ? null : (this.headers[index] ?? null);
    this.errors.push({ row: this.row, column, value: cell === null ? null : cellText(cell), reason: bad.reason, code: bad.code, params: bad.params });
    return null;
  }

  /** The cell, or null when the column is absent or the cell empty; a reader's problem cell is reported. */
  cell(key: string): Exclude<Cell, null> | null {
    const index = this.columns.get(key);
    if (index === undefined) return null;
    const cell = this.cells[index] ?? null;
    if (cell === null) return null;
    if (isCellProblem(cell)) return this.fail(key, cell, cell.problem);
    if (typeof cell === 'string' && cell.trim() === '') return null;
    return cell;
  }

  text(key: string, max: number): string {
    const cell = this.cell(key);
    if (cell === null) return '';
    const s = cellText(cell).trim();
    if (s.length > max) {
      this.fail(key, cell, new Bad(`longer than ${max} characters`, 'tooLong', { max }));
      return '';
    }
    return s;
  }
}
