import { checkScoreCell, traineeOutcome, type CellCheck } from '../../../../../shared/domain/training';
import type { ScoreSheetRow, SessionDetail, TraineeOutcome } from '../../../../../shared/schemas/training';

type Part = SessionDetail['parts'][number];

/** One line of the score grid: a trainee on the roster, or a pasted line naming nobody on it (staffId null). */
export interface ScoreRow {
  key: string;
  staffId: number | null;
  trainee: string;
  name: string;
  outletName: string | null;
  attended: boolean | null;
  /** Part id → the text in the cell. */
  cells: Record<string, string>;
  /** Part id → the counting score saved so far, as text ('' when none). */
  saved: Record<string, string>;
  retakes: number;
  certificateUntil: string | null;
  hasScores: boolean;
}

const savedText = (attempts: SessionDetail['trainees'][number]['attempts'], partId: number): string => {
  const list = attempts[String(partId)];
  return list && list.length > 0 ? String(list[list.length - 1]!.score) : '';
};

/** Rows from the saved session; with `previous`, unsaved cells and unknown-trainee lines stay as they were. */
export function buildRows(detail: SessionDetail, previous: readonly ScoreRow[] = []): ScoreRow[] {
  const before = new Map(previous.map((r) => [r.key, r]));
  const roster = detail.trainees.map((t): ScoreRow => {
    const saved = Object.fromEntries(detail.parts.map((p) => [String(p.id), savedText(t.attempts, p.id)]));
    const old = before.get(`s${t.staffId}`);
    const cells = { ...saved };
    if (old) for (const [k, v] of Object.entries(old.cells)) if (v !== old.saved[k]) cells[k] = v;
    const retakes = Math.max(0, ...Object.values(t.attempts).map((a) => a.length - 1));
    return {
      key: `s${t.staffId}`,
      staffId: t.staffId,
      trainee: t.employeeNo,
      name: t.name,
      outletName: t.outletName,
      attended: t.attended,
      cells,
      saved,
      retakes,
      certificateUntil: t.certificate ? (t.certificate.expiresOn ?? '') : null,
      hasScores: Object.keys(t.attempts).length > 0,
    };
  });
  return [...roster, ...previous.filter((r) => r.staffId === null)];
}

export const cellCheck = (row: ScoreRow, part: Part): CellCheck => checkScoreCell(row.cells[String(part.id)] ?? '', part);

export const isDirty = (row: ScoreRow, partId: number): boolean =>
  (row.cells[String(partId)] ?? '') !== (row.saved[String(partId)] ?? '') && (row.cells[String(partId)] ?? '').trim() !== '';

/** The outcome the row would have once saved: valid typed scores over saved ones. */
export function liveOutcome(row: ScoreRow, parts: readonly Part[]): TraineeOutcome {
  const latest = new Map<number, number>();
  for (const part of parts) {
    const check = cellCheck(row, part);
    if (check.kind === 'score') latest.set(part.id, check.value);
  }
  return traineeOutcome(parts, latest);
}

export const rowProblems = (row: ScoreRow, parts: readonly Part[]): number =>
  (row.staffId === null ? 1 : 0) + parts.filter((p) => cellCheck(row, p).kind === 'error').length;

/** What a save sends: changed cells of roster rows, every cell of unknown-trainee lines; `keys` maps sheet rows back. */
export function buildSheet(rows: readonly ScoreRow[], parts: readonly Part[]): { sheet: ScoreSheetRow[]; keys: string[] } {
  const sheet: ScoreSheetRow[] = [];
  const keys: string[] = [];
  for (const row of rows) {
    const cells: Record<string, string> = {};
    for (const part of parts) {
      if (row.staffId === null || isDirty(row, part.id)) cells[String(part.id)] = row.cells[String(part.id)] ?? '';
    }
    if (row.staffId !== null && Object.keys(cells).length === 0) continue;
    sheet.push({ trainee: row.trainee, cells });
    keys.push(row.key);
  }
  return { sheet, keys };
}

let strayCounter = 0;
const strayRow = (trainee: string, partIds: readonly number[]): ScoreRow => ({
  key: `x${++strayCounter}`,
  staffId: null,
  trainee,
  name: '',
  outletName: null,
  attended: null,
  cells: Object.fromEntries(partIds.map((id) => [String(id), ''])),
  saved: {},
  retakes: 0,
  certificateUntil: null,
  hasScores: false,
});

/** The roster row an employee number or a name (unique on the roster) names. */
export function findTrainee(rows: readonly ScoreRow[], text: string): ScoreRow | undefined {
  const wanted = text.trim().toUpperCase();
  if (!wanted) return undefined;
  const roster = rows.filter((r) => r.staffId !== null);
  return roster.find((r) => r.trainee.toUpperCase() === wanted) ?? (roster.filter((r) => r.name.toUpperCase() === wanted).length === 1 ? roster.find((r) => r.name.toUpperCase() === wanted) : undefined);
}

export interface PasteResult {
  rows: ScoreRow[];
  pasted: number;
  columns: number;
  /** Lines that went to unknown-trainee rows. */
  stray: number;
}

/**
 * Apply a pasted block at the focused cell. At a part column the block fills down the rows and across the parts
 * from there; at the trainee or name column each line's first cell names the trainee and the rest fill the parts.
 * Lines naming nobody on the roster, or beyond its end, become unknown-trainee rows to check or remove.
 */
export function applyPaste(rows: readonly ScoreRow[], parts: readonly Part[], block: string[][], anchorRow: number, anchorPart: number | null): PasteResult {
  const next = rows.map((r) => ({ ...r, cells: { ...r.cells } }));
  const partIds = parts.map((p) => p.id);
  let stray = 0;
  const fill = (row: ScoreRow, values: readonly string[], fromPart: number) => {
    values.forEach((value, i) => {
      const part = parts[fromPart + i];
      if (part) row.cells[String(part.id)] = value.trim();
    });
  };
  block.forEach((line, i) => {
    if (anchorPart === null) {
      const target = findTrainee(next, line[0] ?? '');
      if (target) fill(target, line.slice(1), 0);
      else {
        const row = strayRow(line[0]?.trim() ?? '', partIds);
        fill(row, line.slice(1), 0);
        next.push(row);
        stray++;
      }
      return;
    }
    const target = next[anchorRow + i];
    if (target) fill(target, line, anchorPart);
    else {
      const row = strayRow('', partIds);
      fill(row, line, anchorPart);
      next.push(row);
      stray++;
    }
  });
  return { rows: next, pasted: block.length, columns: Math.max(...block.map((l) => l.length)), stray };
}
