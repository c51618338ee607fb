/**
 * Wall-clock arithmetic in a named IANA zone (the workspace's setting), independent of the machine's own zone: SLA
 * clocks, KPI months, imports and the screens all agree on what "09:00 on 1 March" means.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in the zone at an instant. */
export function wallClock(timeZone: string, at: number): WallClock {
  const parts = zoneFormatter(timeZone).formatToParts(new Date(at));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    // Some engines print midnight as 24 even with h23.
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich: Asia/Shanghai is +8 h). */
export function zoneOffsetMs(timeZone: string, at: number): number {
  const w = wallClock(timeZone, at);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * UTC instant of a local wall-clock time in the zone; month and day may overflow as in Date.UTC. DST gaps resolve
 * forward, as clocks do: the second pass settles days on which the offset changes.
 */
export function localToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  minutes: number,
): number {
  const guess = Date.UTC(year, month - 1, day) + minutes * 60_000;
  const first = guess - zoneOffsetMs(timeZone, guess);
  return guess - zoneOffsetMs(timeZone, first);
}
