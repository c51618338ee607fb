import { Settings } from '../../../../../shared/schemas/workspace';

export type Holiday = Settings['holidays'][number];
export type HolidayKind = Holiday['kind'];

/** One editable row; `year` is the year it is listed under, so a half-typed date never jumps between years. */
export interface HolidayRow {
  key: number;
  year: number;
  date: string;
  kind: HolidayKind;
  name: string;
}

export type HolidayErrorKey = 'date' | 'otherYear' | 'duplicate' | 'name';
export interface HolidayErrors {
  date?: HolidayErrorKey;
  name?: HolidayErrorKey;
}

const HolidayList = Settings.shape.holidays;
export const NAME_MAX = HolidayList.element.shape.name.maxLength ?? 40;

let nextKey = 1;

export const toRows = (holidays: readonly Holiday[]): HolidayRow[] =>
  [...holidays]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((h) => ({ key: nextKey++, year: Number(h.date.slice(0, 4)), ...h }));

export const newRow = (year: number): HolidayRow => ({
  key: nextKey++,
  year,
  date: '',
  kind: 'holiday',
  name: '',
});

/** A real calendar date in YYYY-MM-DD (2026-02-30 is not). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a valid date. */
export const isoWeekday = (date: string): number => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

/** Years to offer: those with dates, this year and the next (to prepare it), and the one on screen. */
export function yearChoices(rows: readonly HolidayRow[], selected: number, now = new Date()): number[] {
  const thisYear = now.getFullYear();
  return [...new Set([...rows.map((r) => r.year), thisYear, thisYear + 1, selected])].sort((a, b) => a - b);
}

export const toHolidays = (rows: readonly HolidayRow[]): Holiday[] =>
  [...rows]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ date, kind, name }) => ({ date, kind, name: name.trim() }));

export const sameHolidays = (rows: readonly HolidayRow[], saved: readonly Holiday[]): boolean =>
  JSON.stringify(toHolidays(rows)) === JSON.stringify(toHolidays(toRows(saved)));

/**
 * Check every row: a real date in the year it is listed under, each date once (the later row is marked), a name
 * within the contract's length. The contract's schema checks the result again before it is sent.
 */
export function validateHolidays(
  rows: readonly HolidayRow[],
):
  | { ok: true; holidays: Holiday[] }
  | { ok: false; errors: Map<number, HolidayErrors>; listMax: number | null } {
  const errors = new Map<number, HolidayErrors>();
  const mark = (key: number, patch: HolidayErrors) => errors.set(key, { ...errors.get(key), ...patch });
  const seen = new Set<string>();
  for (const row of [...rows].sort((a, b) => a.key - b.key)) {
    const date = row.date.trim();
    if (!isRealDate(date)) mark(row.key, { date: 'date' });
    else if (Number(date.slice(0, 4)) !== row.year) mark(row.key, { date: 'otherYear' });
    else if (seen.has(date)) mark(row.key, { date: 'duplicate' });
    seen.add(date);
    if (row.name.trim().length > NAME_MAX) mark(row.key, { name: 'name' });
  }
  if (errors.size > 0) return { ok: false, errors, listMax: null };
  const parsed = HolidayList.safeParse(toHolidays(rows));
  if (parsed.success) return { ok: true, holidays: parsed.data };
  // Rows are individually valid here, so what remains is the contract's limit on the list's length.
  const tooBig = parsed.error.issues.find((issue) => issue.code === 'too_big');
  return {
    ok: false,
    errors,
    listMax: tooBig && 'maximum' in tooBig ? Number(tooBig.maximum) : rows.length - 1,
  };
}
