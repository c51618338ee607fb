import { QmFailure } from '../../../shared/errors.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The demo organisation works in Asia/Shanghai, which has had no daylight saving since 1991: a fixed offset is exact. */
const UTC_OFFSET = 8 * HOUR;

export interface DemoDay {
  /** UTC epoch ms of local midnight. */
  start: number;
  month: number; // 1–12
  weekday: number; // 0 = Sunday
  /** Volume factor of public holidays (Spring Festival, National Day, May Day) and the backlog after them. */
  holiday: number;
  /** Installation surge after the 618 and Double-11 shopping festivals. */
  installBoost: number;
  /** 'YYYYMM', for work-order numbers. */
  monthKey: string;
}

export interface Period {
  start: number;
  /** The demo world's "now": local midnight after the last day. Tickets still open at this moment stay open. */
  end: number;
  days: DemoDay[];
}

const localMidnight = (year: number, month: number, date: number): number =>
  Date.UTC(year, month - 1, date) - UTC_OFFSET;

/** Local wall-clock fields of an instant. */
function local(ms: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(ms + UTC_OFFSET);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    date: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

export const localHour = (ms: number): number => Math.floor(((((ms + UTC_OFFSET) % DAY) + DAY) % DAY) / HOUR);

/** Local midnight at or before an instant. */
export const localDayStart = (ms: number): number => ms - ((((ms + UTC_OFFSET) % DAY) + DAY) % DAY);

export function localDate(ms: number): string {
  const { year, month, date } = local(ms);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The month before the current one, in the organisation's time zone. */
export function defaultUntil(now: number = Date.now()): string {
  const { year, month } = local(now);
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Chinese New Year's Day (Gregorian), the anchor of the year's deepest dip in service volume. */
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2015: [2, 19],
  2016: [2, 8],
  2017: [1, 28],
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
};

/** Volume around New Year's Day (offset in days → factor): quiet over the holiday, a backlog after it. */
const SPRING_FESTIVAL_CURVE: Record<number, number> = {
  [-3]: 0.8,
  [-2]: 0.6,
  [-1]: 0.35,
  0: 0.3,
  1: 0.3,
  2: 0.32,
  3: 0.42,
  4: 0.5,
  5: 0.6,
  6: 0.75,
  7: 1.35,
  8: 1.3,
  9: 1.2,
  10: 1.15,
  11: 1.1,
};

function holidayFactor(start: number, year: number, month: number, date: number): number {
  // New Year's Day falls between 21 January and 20 February, so the curve never reaches back into December.
  const anchor = SPRING_FESTIVAL[year];
  if (anchor) {
    const f = SPRING_FESTIVAL_CURVE[Math.round((start - localMidnight(year, anchor[0], anchor[1])) / DAY)];
    if (f !== undefined) return f;
  }
  if (month === 10 && date <= 7) return date <= 3 ? 0.7 : 0.85;
  if (month === 10 && date <= 10) return 1.15;
  if (month === 5 && date <= 5) return 0.85;
  return 1;
}

function installBoost(month: number, date: number): number {
  if (month === 6 && date >= 18) return 2.2 - (date - 18) * 0.08;
  if (month === 11 && date >= 11 && date <= 28) return 2.4 - (date - 11) * 0.08;
  return 1;
}

const UNTIL_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The twelve calendar months ending with `until` (included), day by day. */
export function periodEnding(until: string): Period {
  const match = UNTIL_PATTERN.exec(until);
  if (!match) throw new QmFailure('INVALID_INPUT', `until must look like YYYY-MM, got ${until}`, { until });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const start = localMidnight(year - 1, month + 1, 1); // Date.UTC rolls month 13 over into January
  const end = localMidnight(year, month + 1, 1);
  const days: DemoDay[] = [];
  for (let t = start; t < end; t += DAY) {
    const l = local(t);
    days.push({
      start: t,
      month: l.month,
      weekday: l.weekday,
      holiday: holidayFactor(t, l.year, l.month, l.date),
      installBoost: installBoost(l.month, l.date),
      monthKey: `${l.year}${String(l.month).padStart(2, '0')}`,
    });
  }
  return { start, end, days };
}
