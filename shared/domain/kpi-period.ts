/**
 * KPI periods as local calendar dates of the workspace's zone: a day, an ISO week, a month, a quarter, a year or a
 * custom range, written the way the CLI and the pickers write them (2026-10-05, 2026-W41, 2026-10, 2026-Q4, 2026,
 * 2026-09-01..2026-10-15). Pure date arithmetic on 'YYYY-MM-DD' strings; instants are core's business.
 */

export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First local day, inclusive. */
  from: string;
  /** Last local day, inclusive. */
  to: string;
  /** Canonical text, e.g. '2026-10' or '2026-09-01..2026-10-15'. */
  text: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a local date. */
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const parts = (iso: string): [number, number, number] =>
  iso.split('-').map(Number) as [number, number, number];

function validDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const [y, m, d] = parts(iso);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) && y >= 2000 && y <= 2099;
}

/** Monday of ISO week 1 of a year (the week holding 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = dayNumber(ymd(year, 1, 4));
  const weekday = ((jan4 + 3) % 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
  return jan4 - (weekday - 1);
}

/** ISO year and week of a date. */
export function isoWeekOf(iso: string): { year: number; week: number } {
  const day = dayNumber(iso);
  const weekday = ((day + 3) % 7) + 1;
  const thursday = day + (4 - weekday);
  const year = Number(isoOfDay(thursday).slice(0, 4));
  return { year, week: Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1 };
}

const weeksInYear = (year: number): number => isoWeekOf(ymd(year, 12, 28)).week;

export const dayPeriod = (iso: string): Period => ({ kind: 'day', from: iso, to: iso, text: iso });

export function weekPeriod(year: number, week: number): Period {
  const monday = isoWeekOneMonday(year) + (week - 1) * 7;
  return { kind: 'week', from: isoOfDay(monday), to: isoOfDay(monday + 6), text: `${year}-W${pad(week)}` };
}

export const monthPeriod = (y: number, m: number): Period => ({
  kind: 'month',
  from: ymd(y, m, 1),
  to: ymd(y, m, daysInMonth(y, m)),
  text: `${y}-${pad(m)}`,
});

export function quarterPeriod(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return {
    kind: 'quarter',
    from: ymd(y, first, 1),
    to: ymd(y, first + 2, daysInMonth(y, first + 2)),
    text: `${y}-Q${q}`,
  };
}

export const yearPeriod = (y: number): Period => ({
  kind: 'year',
  from: ymd(y, 1, 1),
  to: ymd(y, 12, 31),
  text: String(y),
});

export const customPeriod = (from: string, to: string): Period => ({
  kind: 'custom',
  from,
  to,
  text: `${from}..${to}`,
});

/** Longest custom range accepted (keeps a careless input from asking for centuries of buckets). */
export const MAX_PERIOD_DAYS = 3 * 366;

/** Reads a period written as the CLI and the pickers write it; null when the text is not one. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  let m: RegExpExecArray | null;
  if (validDate(s)) return dayPeriod(s);
  if ((m = /^(\d{4})-W(\d{2})$/.exec(s))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    return y >= 2000 && y <= 2099 && w >= 1 && w <= weeksInYear(y) ? weekPeriod(y, w) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return y >= 2000 && y <= 2099 && mo >= 1 && mo <= 12 ? monthPeriod(y, mo) : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(s))) {
    const y = Number(m[1]);
    return y >= 2000 && y <= 2099 ? quarterPeriod(y, Number(m[2])) : null;
  }
  if ((m = /^(\d{4})$/.exec(s))) {
    const y = Number(m[1]);
    return y >= 2000 && y <= 2099 ? yearPeriod(y) : null;
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s))) {
    const [from, to] = [m[1] as string, m[2] as string];
    if (!validDate(from) || !validDate(to) || to < from) return null;
    return dayNumber(to) - dayNumber(from) < MAX_PERIOD_DAYS ? customPeriod(from, to) : null;
  }
  return null;
}

export const periodDays = (p: Period): number => dayNumber(p.to) - dayNumber(p.from) + 1;

/** The period of the same kind just before (a custom range: as many days, ending the day before). */
export function previousPeriod(p: Period): Period {
  const [y, m] = parts(p.from);
  switch (p.kind) {
    case 'day':
      return dayPeriod(addDays(p.from, -1));
    case 'week': {
      const w = isoWeekOf(addDays(p.from, -7));
      return weekPeriod(w.year, w.week);
    }
    case 'month':
      return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
    }
    case 'year':
      return yearPeriod(y - 1);
    case 'custom':
      return customPeriod(addDays(p.from, -periodDays(p)), addDays(p.from, -1));
  }
}

/** The period of the same kind just after (a custom range: as many days, starting the day after). */
export function nextPeriod(p: Period): Period {
  const [y] = parts(p.from);
  switch (p.kind) {
    case 'year':
      return yearPeriod(y + 1);
    case 'custom':
      return customPeriod(addDays(p.to, 1), addDays(p.to, periodDays(p)));
    default:
      return periodHolding(addDays(p.to, 1), p.kind);
  }
}

/** The same date a year earlier; 29 February becomes the 28th. */
function yearEarlier(iso: string): string {
  const [y, m, d] = parts(iso);
  return ymd(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
}

/** The same period one year earlier (a week: the same ISO week number, or the last week of a shorter year). */
export function samePeriodLastYear(p: Period): Period {
  const [y, m] = parts(p.from);
  switch (p.kind) {
    case 'day':
      return dayPeriod(yearEarlier(p.from));
    case 'week': {
      const w = isoWeekOf(p.from);
      return weekPeriod(w.year - 1, Math.min(w.week, weeksInYear(w.year - 1)));
    }
    case 'month':
      return monthPeriod(y - 1, m);
    case 'quarter':
      return quarterPeriod(y - 1, Math.floor((m - 1) / 3) + 1);
    case 'year':
      return yearPeriod(y - 1);
    case 'custom':
      return customPeriod(yearEarlier(p.from), yearEarlier(p.to));
  }
}

/** The `count` periods of the same kind ending with `p`, oldest first (sparklines). */
export function trailingPeriods(p: Period, count: number): Period[] {
  const out = [p];
  while (out.length < count) out.unshift(previousPeriod(out[0] as Period));
  return out;
}

export const SERIES_GRAINS = ['day', 'week', 'month', 'quarter'] as const;
export type SeriesGrain = (typeof SERIES_GRAINS)[number];

/** The day, week, month or quarter holding a date. */
export function periodHolding(iso: string, grain: SeriesGrain): Period {
  const [y, m] = parts(iso);
  switch (grain) {
    case 'day':
      return dayPeriod(iso);
    case 'week': {
      const w = isoWeekOf(iso);
      return weekPeriod(w.year, w.week);
    }
    case 'month':
      return monthPeriod(y, m);
    case 'quarter':
      return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  }
}

/** Buckets of a grain covering a range, clipped to it (a trend over a custom range starts mid-month). */
export function splitPeriod(p: Period, grain: SeriesGrain): Period[] {
  const out: Period[] = [];
  for (let day = p.from; day <= p.to;) {
    const whole = periodHolding(day, grain);
    const clipped = whole.from < p.from || whole.to > p.to;
    const to = whole.to > p.to ? p.to : whole.to;
    out.push(clipped ? { ...customPeriod(day, to), kind: whole.kind, text: whole.text } : whole);
    day = addDays(to, 1);
  }
  return out;
}

/** A sensible trend grain for a period: days inside a month, weeks inside a quarter, months beyond. */
export function defaultGrain(p: Period): SeriesGrain {
  const days = periodDays(p);
  if (days <= 31) return 'day';
  if (days <= 120) return 'week';
  return 'month';
}
