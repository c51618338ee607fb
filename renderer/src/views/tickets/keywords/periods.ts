import { zonedDay, zonedMidnight } from '../zonedTime';

/** A rolling window ending today, or one calendar month ('YYYY-MM') of the workspace's zone. */
export const ROLLING = ['last30', 'last90', 'last365'] as const;
export type Period = (typeof ROLLING)[number] | `${number}-${string}`;

const DAYS: Record<string, number> = { last30: 30, last90: 90, last365: 365 };

/** The last `count` calendar months before the current one, newest first, as 'YYYY-MM'. */
export function recentMonths(now: number, timeZone: string, count: number): Period[] {
  const today = zonedDay(now, timeZone);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(today.year, today.month - 2 - i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` as Period;
  });
}

/** [from, to) in epoch ms: rolling windows end at tomorrow's midnight, months run midnight to midnight. */
export function periodRange(period: Period, now: number, timeZone: string): { from: number; to: number } {
  const days = DAYS[period];
  if (days !== undefined) {
    const today = zonedDay(now, timeZone);
    return {
      from: zonedMidnight(today.year, today.month, today.day + 1 - days, timeZone),
      to: zonedMidnight(today.year, today.month, today.day + 1, timeZone),
    };
  }
  const [year, month] = period.split('-').map(Number) as [number, number];
  return { from: zonedMidnight(year, month, 1, timeZone), to: zonedMidnight(year, month + 1, 1, timeZone) };
}

export function monthLabel(period: Period, language: string, timeZone: string): string {
  const { from } = periodRange(period, Date.now(), timeZone);
  return new Intl.DateTimeFormat(language, { timeZone, year: 'numeric', month: 'long' }).format(from);
}
