import { checkScoreCell } from '../../../../shared/domain/training.ts';
import type { SessionDetail } from '../../../../shared/schemas/training.ts';
import type { Db } from '../../db/open.ts';
import { FixedRowCells } from '../../importers/convert/fixed-cells.ts';
import { cellText } from '../../importers/convert/readers.ts';
import { Bad, ReferenceTable } from '../../importers/convert/references.ts';
import { normalize } from '../../importers/convert/vocabulary.ts';
import { partKey } from './sheet-columns.ts';

const REQUIRED = new Bad('a value is required', 'required', { field: 'trainee' });
const NOT_A_NUMBER = new Bad('not a number', 'notNumber');
const ATTENDANCE_WORDS = '1, 0, 是, 否, yes, no';
const PRESENT = new Set(['1', 'y', 'yes', 'true', 'present', '是', '出勤', '到', '√', '✓']);
const ABSENT = new Set(['0', 'n', 'no', 'false', 'absent', '否', '缺勤', '未到', '×', '✗']);

/** One trainee's line of the sheet, as checked. `attended` undefined: the file says nothing about it. */
export interface SheetLine {
  staffId: number;
  attended: boolean | undefined;
  scores: Map<number, number>;
}

/**
 * Reads one row of a score sheet: the trainee by employee number (or a name only one staff member has), the
 * attendance word, and each part's score checked exactly as the score grid checks a typed cell.
 */
export class SheetCells extends FixedRowCells {
  private readonly staff: ReferenceTable;
  private readonly seen = new Map<number, number>();

  constructor(
    db: Db,
    headers: readonly string[],
    columns: ReadonlyMap<string, number>,
    private readonly session: SessionDetail,
  ) {
    super(headers, columns);
    this.staff = new ReferenceTable(db, 'assignee');
  }

  /** The row's line, or null when it has errors (in `errors`). */
  line(): SheetLine | null {
    const staffId = this.trainee();
    const attended = this.attended();
    const scores = new Map<number, number>();
    for (const part of this.session.parts) {
      const key = partKey(part.id);
      const cell = this.cell(key);
      if (cell === null) continue;
      const check = checkScoreCell(cellText(cell), part);
      if (check.kind === 'error') {
        this.fail(key, cell, check.code === 'out_of_range' ? new Bad(`must be at most ${part.maxScore}`, 'tooBig', { max: part.maxScore }) : NOT_A_NUMBER);
      } else if (check.kind === 'score') scores.set(part.id, check.value);
    }
    if (attended === false && scores.size > 0) {
      this.fail('attended', this.cell('attended'), new Bad('marked absent but has scores (a scored trainee attended)', 'absentWithScores'));
    }
    if (this.errors.length > 0 || staffId === null) return null;
    return { staffId, attended, scores };
  }

  private trainee(): number | null {
    const key = this.cell('employeeNo') !== null ? 'employeeNo' : 'name';
    const cell = this.cell(key);
    if (cell === null) return this.fail(this.columns.has('employeeNo') ? 'employeeNo' : 'name', null, REQUIRED);
    const hit = this.staff.resolve(cellText(cell).trim());
    if (hit instanceof Bad) return this.fail(key, cell, new Bad(hit.reason.replace('staff member', 'trainee'), hit.code, { ...hit.params, field: 'trainee' }));
    const first = this.seen.get(hit);
    if (first !== undefined) return this.fail(key, cell, new Bad(`the same trainee as row ${first} of this file`, 'duplicateInFile', { field: 'trainee', row: first }));
    this.seen.set(hit, this.row);
    return hit;
  }

  private attended(): boolean | undefined {
    const cell = this.cell('attended');
    if (cell === null) return undefined;
    const word = normalize(cellText(cell));
    if (PRESENT.has(word)) return true;
    if (ABSENT.has(word)) return false;
    this.fail('attended', cell, new Bad(`must be one of: ${ATTENDANCE_WORDS}`, 'notAllowed', { values: ATTENDANCE_WORDS }));
    return undefined;
  }
}
