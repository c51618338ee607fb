import { QmFailure } from '../../../shared/errors.ts';
import { localToUtc } from '../../../shared/domain/zoned-time.ts';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export interface LocalDate {
  /** UTC instant of the written local date-time (midnight when no time was given). */
  at: number;
  /** UTC instant of the following local midnight (the end of that day). */
  dayEnd: number;
  /** True when a time other than 00:00:00 was given: the filter then means that instant, not the whole day. */
  hasTime: boolean;
}

/**
 * A date as AG Grid's date filter sends it ('YYYY-MM-DD' or 'YYYY-MM-DD hh:mm:ss'), read as wall-clock time in the
 * workspace's zone, so "created on 1 October" means the local day whatever the machine's zone.
 */
export function parseLocalDate(text: string, timeZone: string, field: string): LocalDate {
  const m = PATTERN.exec(text.trim());
  const [y, mo, d, hh, mi, ss] = (m ?? []).slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const valid =
    m !== null &&
    mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31 && hh! <= 23 && mi! <= 59 && ss! <= 59 &&
    new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDate() === d;
  if (!valid) {
    throw new QmFailure('INVALID_INPUT', `${field}: "${text.slice(0, 40)}" is not a date (expected YYYY-MM-DD).`, { field, value: text.slice(0, 40) });
  }
  const seconds = hh! * 3600 + mi! * 60 + ss!;
  const midnight = localToUtc(timeZone, y!, mo!, d!, 0);
  const next = new Date(Date.UTC(y!, mo! - 1, d! + 1));
  const dayEnd = localToUtc(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0);
  const at = seconds === 0 ? midnight : localToUtc(timeZone, y!, mo!, d!, hh! * 60 + mi!) + ss! * 1000;
  return { at, dayEnd, hasTime: seconds !== 0 };
}
