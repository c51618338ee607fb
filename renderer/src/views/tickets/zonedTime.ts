/**
 * Times shown and chosen in the workspace's time zone (a setting), not the machine's: a manager abroad reads the same
 * creation time as the team on site, and a "month" is the workspace's month.
 */

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

/** Offset of the zone from UTC at an instant, in ms (e.g. +8 h for Asia/Shanghai). */
function offsetAt(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** The instant a local midnight (year, month 1–12, day) begins in the zone; month and day may overflow, as in Date.UTC. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetAt(guess, timeZone);
  // A second pass settles days on which the offset changes (daylight saving).
  return guess - offsetAt(first, timeZone);
}

/** Year, month (1–12) and day of an instant in the zone. */
export function zonedDay(at: number, timeZone: string): { year: number; month: number; day: number } {
  const local = new Date(at + offsetAt(at, timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
