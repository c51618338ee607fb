import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';

/** Today's date (YYYY-MM-DD) in the workspace's time zone: certificates run out on calendar days there. */
export function trainingToday(db: Db, now: number = Date.now()): string {
  const { timeZone } = getSettings(db);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
