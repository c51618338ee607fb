import { localToUtc } from '../../../../shared/domain/zoned-time.ts';
import { importFailure } from '../failures.ts';
import type { Cell } from '../source/types.ts';
import { Bad } from './references.ts';

/** Epoch ms, or why the value is not a date-time. */
export type DateResult = number | Bad;
export type DateParser = (cell: Exclude<Cell, null>, clock: LocalClock) => DateResult;

const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel serial (1900 system, Lotus leap-year bug included)
const DAY_MS = 86_400_000;
const NOT_REAL = new Bad('not a real calendar date or time', 'notRealDate');
const NOT_SERIAL = new Bad('not an Excel date serial number', 'notExcelSerial');
const NOT_DATE_TIME = new Bad('not a date-time (expected e.g. 2025-03-01 09:30:00)', 'notDateTime');

/**
 * Wall-clock → UTC in one time zone. Intl is far too slow to ask per value (a million rows carry four million
 * timestamps), so the zone's offset is asked once per local day and cached; a day in which the offset changes
 * (a DST switch) is marked and computed exactly every time.
 */
export class LocalClock {
  private readonly offsets = new Map<number, number>();
  constructor(readonly timeZone: string) {}

  toUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
    const key = (y * 13 + mo) * 32 + d;
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      const start = Date.UTC(y, mo - 1, d);
      const a = start - localToUtc(this.timeZone, y, mo, d, 0);
      const b = start + 1439 * 60_000 - localToUtc(this.timeZone, y, mo, d, 1439);
      offset = a === b ? a : Number.NaN;
      this.offsets.set(key, offset);
    }
    if (Number.isNaN(offset)) return localToUtc(this.timeZone, y, mo, d, h * 60 + mi) + s * 1000 + ms;
    return Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset;
  }
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function wallClock(clock: LocalClock, y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): DateResult {
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return NOT_REAL;
  return clock.toUtc(y, mo, d, h, mi, s, ms);
}

/** A Date from exceljs carries the cell's wall-clock time in its UTC fields. */
function fromWallDate(date: Date, clock: LocalClock): DateResult {
  return clock.toUtc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
}

function fromSerial(serial: number, clock: LocalClock): DateResult {
  if (!(serial >= 1 && serial < 2_958_466)) return NOT_SERIAL;
  return fromWallDate(new Date(Math.round((serial - EXCEL_EPOCH_DAYS) * DAY_MS)), clock);
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const two = (s: string, i: number): number => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/** 'YYYY-MM-DD HH:mm:ss' (or / . separators, T, no seconds) read by position: the common case, no regex. */
function fixedWidth(s: string, clock: LocalClock): DateResult | null {
  if (s.length !== 19 && s.length !== 16) return null;
  const sep = s[4];
  if ((sep !== '-' && sep !== '/' && sep !== '.') || s[7] !== sep || (s[10] !== ' ' && s[10] !== 'T') || s[13] !== ':') return null;
  if (s.length === 19 && s[16] !== ':') return null;
  const y = two(s, 0) * 100 + two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = s.length === 19 ? two(s, 17) : 0;
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || two(s, 0) < 0) return null;
  return wallClock(clock, y, mo, d, h, mi, sec, 0);
}

const AUTO =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Year-first dates with optional time, fraction and UTC offset: ISO 8601, Excel's and Chinese (2025年3月1日) spellings. */
function auto(s: string, clock: LocalClock): DateResult {
  const fast = fixedWidth(s, clock);
  if (fast !== null) return fast;
  const m = AUTO.exec(s);
  if (!m) return NOT_DATE_TIME;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const local = wallClock(clock, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.min(ms, 999));
  if (local instanceof Bad || !m[8]) return local;
  // An explicit offset wins over the mapping's zone: undo the zone, apply the offset.
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.min(ms, 999));
  if (m[8].toUpperCase() === 'Z') return wall;
  const sign = m[8][0] === '-' ? -1 : 1;
  const digits = m[8].slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
}

const TOKEN = /YYYY|MM|M|DD|D|HH|H|mm|ss|SSS|./g;
const GROUP: Record<string, string> = { YYYY: '(\\d{4})', MM: '(\\d{2})', M: '(\\d{1,2})', DD: '(\\d{2})', D: '(\\d{1,2})', HH: '(\\d{2})', H: '(\\d{1,2})', mm: '(\\d{2})', ss: '(\\d{2})', SSS: '(\\d{3})' };
const ROLE: Record<string, number> = { YYYY: 0, MM: 1, M: 1, DD: 2, D: 2, HH: 3, H: 3, mm: 4, ss: 5, SSS: 6 };

/** Compile a pattern like 'DD/MM/YYYY HH:mm' once; trailing ':ss' may be left out by the data (Excel hides seconds). */
function pattern(format: string): (s: string, clock: LocalClock) => DateResult {
  const tokens = format.match(TOKEN) ?? [];
  const roles: number[] = [];
  let source = '';
  tokens.forEach((t, i) => {
    const group = GROUP[t];
    if (group === undefined) {
      source += t === ' ' ? '\\s+' : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return;
    }
    roles.push(ROLE[t]!);
    const optionalSeconds = t === 'ss' && i === tokens.length - 1 && tokens[i - 1] === ':';
    if (optionalSeconds) source = `${source.slice(0, -1)}(?::${group})?`;
    else source += group;
  });
  if (!roles.includes(0) || !roles.includes(1) || !roles.includes(2)) {
    throw importFailure('MAPPING_INVALID', `The date format "${format}" needs a year (YYYY), a month (M or MM) and a day (D or DD).`, { format });
  }
  const re = new RegExp(`^${source}$`);
  const reason = new Bad(`not a date-time in the format ${format}`, 'notDateInFormat', { format });
  return (s, clock) => {
    const m = re.exec(s);
    if (!m) return reason;
    const v = [0, 1, 1, 0, 0, 0, 0];
    roles.forEach((role, i) => {
      const g = m[i + 1];
      if (g !== undefined) v[role] = Number(g);
    });
    return wallClock(clock, v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, v[6]!);
  };
}

const EPOCH = /^\d{1,16}(\.\d+)?$/;

/** The parser for a mapping's `format`: 'auto' (default), 'iso', 'epoch_ms', 'epoch_s', 'excel' or a pattern. */
export function compileDateFormat(format: string | undefined): DateParser {
  const name = (format ?? 'auto').trim();
  if (name === 'epoch_ms' || name === 'epoch_s') {
    const scale = name === 'epoch_ms' ? 1 : 1000;
    const bad = name === 'epoch_ms' ? new Bad('not a Unix time in milliseconds', 'notEpochMs') : new Bad('not a Unix time in seconds', 'notEpochS');
    return (cell) => {
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' && EPOCH.test(cell) ? Number(cell) : Number.NaN;
      return Number.isFinite(n) ? Math.round(n * scale) : bad;
    };
  }
  const text = name === 'auto' || name === 'iso' ? auto : name === 'excel' ? null : pattern(name);
  return (cell, clock) => {
    if (cell instanceof Date) return fromWallDate(cell, clock);
    if (typeof cell === 'number') return fromSerial(cell, clock);
    if (typeof cell !== 'string') return NOT_DATE_TIME;
    if (text === null) return EPOCH.test(cell) ? fromSerial(Number(cell), clock) : NOT_SERIAL;
    return text(cell, clock);
  };
}
