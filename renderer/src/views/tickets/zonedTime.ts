/**
 * Times shown and chosen in the workspace's time zone (a setting), not the machine's: a manager abroad reads the same
 * creation time as the team on site, a "month" is the workspace's month, and a datetime-local input
 * ('YYYY-MM-DDTHH:mm') is read and written in that zone, as quality managers think of their own service hours.
 */
import { localToUtc, wallClock, zoneOffsetMs } from '../../../../shared/domain/zoned-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export const formatZonedDateTime = (language: string, timeZone: string, at: number): string =>
  formatter(language, timeZone, true).format(at);

export const formatZonedDate = (language: string, timeZone: string, at: number): string =>
  formatter(language, timeZone, false).format(at);

/** "2026年3月5日 14:30" / "Mar 5, 2026, 2:30 PM" in the zone, in the UI language. */
export function formatInZone(language: string, timeZone: string, at: number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** The instant a local midnight (year, month 1–12, day) begins in the zone; month and day may overflow, as in Date.UTC. */
export const zonedMidnight = (year: number, month: number, day: number, timeZone: string): number =>
  localToUtc(timeZone, year, month, day, 0);

/** Year, month (1–12) and day of an instant in the zone. */
export function zonedDay(at: number, timeZone: string): { year: number; month: number; day: number } {
  const local = new Date(at + zoneOffsetMs(timeZone, at));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DDTHH:mm' for a datetime-local input. */
export function toLocalInput(timeZone: string, at: number): string {
  const w = wallClock(timeZone, at);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a datetime-local value names in the zone, or null when it is not a real date-time. */
export function fromLocalInput(timeZone: string, value: string): number | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v))) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return localToUtc(timeZone, year, month, day, hour * 60 + minute) + second * 1000;
}
