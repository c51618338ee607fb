import { describe, expect, it } from 'vitest';
import {
  isoWeekday,
  isRealDate,
  newRow,
  sameHolidays,
  toHolidays,
  toRows,
  validateHolidays,
  yearChoices,
  type Holiday,
  type HolidayRow,
} from '../../../renderer/src/views/settings/calendar/holidayDraft.ts';

const saved: Holiday[] = [
  { date: '2026-02-14', kind: 'workday', name: '春节调休' },
  { date: '2026-01-01', kind: 'holiday', name: '元旦' },
  { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
];

const row = (year: number, date: string, patch: Partial<HolidayRow> = {}): HolidayRow => ({
  ...newRow(year),
  date,
  ...patch,
});

describe('holiday rows', () => {
  it('are listed by date under the year of their date, and give back the same list', () => {
    const rows = toRows(saved);
    expect(rows.map((r) => [r.year, r.date])).toEqual([
      [2025, '2025-10-01'],
      [2026, '2026-01-01'],
      [2026, '2026-02-14'],
    ]);
    expect(sameHolidays(rows, saved)).toBe(true);
    expect(toHolidays(rows)).toEqual([...saved].sort((a, b) => a.date.localeCompare(b.date)));
  });

  it('notice an edit, and trim names when saving', () => {
    const rows = toRows(saved).map((r) => (r.date === '2026-01-01' ? { ...r, name: ' 元旦 ' } : r));
    expect(toHolidays(rows).find((h) => h.date === '2026-01-01')?.name).toBe('元旦');
    expect(sameHolidays(rows, saved)).toBe(true);
    const changed = toRows(saved).map((r) =>
      r.date === '2026-01-01' ? { ...r, kind: 'workday' as const } : r,
    );
    expect(sameHolidays(changed, saved)).toBe(false);
  });

  it('offer the years that have dates, this year, the next one and the one on screen', () => {
    const now = new Date(2026, 5, 1);
    expect(yearChoices(toRows(saved), 2026, now)).toEqual([2025, 2026, 2027]);
    expect(yearChoices(toRows(saved), 2030, now)).toEqual([2025, 2026, 2027, 2030]);
  });
});

describe('dates', () => {
  it('must be real calendar dates in YYYY-MM-DD', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '', '2026/01/01', '20260101'])
      expect(isRealDate(bad), bad).toBe(false);
  });

  it('have ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2026-01-04')).toBe(7);
    expect(isoWeekday('2026-01-05')).toBe(1);
  });
});

describe('validation', () => {
  it('passes a clean list and returns it sorted, in the contract shape', () => {
    const result = validateHolidays([
      row(2027, '2027-01-04', { kind: 'workday' }),
      row(2027, '2027-01-01', { name: '元旦' }),
    ]);
    expect(result).toEqual({
      ok: true,
      holidays: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-04', kind: 'workday', name: '' },
      ],
    });
  });

  it('marks an empty or impossible date, a date of another year, a repeated date and a long name', () => {
    const empty = row(2027, '');
    const impossible = row(2027, '2027-02-30');
    const otherYear = row(2027, '2028-01-01');
    const first = row(2027, '2027-05-01');
    const repeated = row(2027, '2027-05-01');
    const longName = row(2027, '2027-06-01', { name: '节'.repeat(41) });
    const result = validateHolidays([empty, impossible, otherYear, first, repeated, longName]);
    if (result.ok) throw new Error('expected problems');
    expect(result.errors.get(empty.key)).toEqual({ date: 'date' });
    expect(result.errors.get(impossible.key)).toEqual({ date: 'date' });
    expect(result.errors.get(otherYear.key)).toEqual({ date: 'otherYear' });
    expect(result.errors.has(first.key)).toBe(false);
    expect(result.errors.get(repeated.key)).toEqual({ date: 'duplicate' });
    expect(result.errors.get(longName.key)).toEqual({ name: 'name' });
    expect(result.listMax).toBeNull();
  });

  it('refuses more dates than the contract allows, naming its limit', () => {
    const rows: HolidayRow[] = [];
    for (let day = 0; rows.length < 2001; day += 1) {
      const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      rows.push(row(Number(date.slice(0, 4)), date));
    }
    const result = validateHolidays(rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.listMax).toBe(2000);
  });
});
