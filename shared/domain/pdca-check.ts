/** Check phase: which periods of KPI data show a cycle's effect. Pure date arithmetic on 'YYYY-MM-DD' strings. */
import { addDays, dayNumber } from './kpi-period.ts';

export interface CheckWindow {
  /** Same length as `after`, ending the day before the cycle started (at least 4 weeks, at most a year). */
  before: { from: string; to: string };
  /** From the cycle's start to the last day with data. */
  after: { from: string; to: string };
  /** Weeks for a short window, months beyond half a year, so the chart keeps 8–30 points. */
  grain: 'week' | 'month';
}

/** Null when the cycle has no start or no data has arrived since it started. */
export function checkWindow(startOn: string | null, lastDay: string | null): CheckWindow | null {
  if (startOn === null || lastDay === null || lastDay < startOn) return null;
  const afterDays = dayNumber(lastDay) - dayNumber(startOn) + 1;
  const beforeDays = Math.min(366, Math.max(28, afterDays));
  const before = { from: addDays(startOn, -beforeDays), to: addDays(startOn, -1) };
  const total = beforeDays + afterDays;
  return { before, after: { from: startOn, to: lastDay }, grain: total > 190 ? 'month' : 'week' };
}

/** The period text the KPI methods take for a from–to pair. */
export const periodText = (p: { from: string; to: string }): string => `${p.from}..${p.to}`;
