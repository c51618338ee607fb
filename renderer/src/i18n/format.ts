/** Locale-aware formatting of numbers, sizes and times, in the UI language (not the machine's). */

export const formatNumber = (language: string, value: number): string =>
  new Intl.NumberFormat(language).format(value);

export const formatDateTime = (language: string, at: number): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

export function formatBytes(language: string, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** The exact size, e.g. "8,912,896 字节" / "8,912,896 bytes", for a tooltip beside the rounded one. */
export const formatExactBytes = (language: string, bytes: number): string =>
  new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 hours ago" / "3小时前"; the caller shows the exact time alongside for precision. */
export function formatRelative(language: string, at: number, now: number = Date.now()): string {
  let value = (at - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) {
      return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(Math.round(value), unit);
    }
    value /= size;
  }
  return formatDateTime(language, at);
}

/**
 * The calendar day (YYYY-MM-DD) of an instant on this computer's clock. Not toISOString, which gives the UTC day:
 * in Beijing between midnight and 08:00 that is still yesterday, so "today" defaults and period ends were a day short.
 */
export function localIsoDay(at: number = Date.now()): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
