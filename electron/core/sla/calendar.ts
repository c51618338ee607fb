import type { Settings } from '../../../shared/schemas/workspace.ts';
import { zoneOffsetMs } from '../../../shared/domain/zoned-time.ts';
import { WorkingTimeline, type CalendarSpec } from './timeline.ts';

const DAY_MS = 86_400_000;

/** The working calendar of a workspace as the timeline wants it. */
export function calendarSpec(settings: Settings): CalendarSpec {
  return {
    timeZone: settings.timeZone,
    workdays: settings.workingCalendar.workdays,
    hours: settings.workingCalendar.hours,
    holidays: settings.holidays.filter((h) => h.kind === 'holiday').map((h) => h.date),
    extraWorkdays: settings.holidays.filter((h) => h.kind === 'workday').map((h) => h.date),
  };
}

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(timeZone: string, at: number): string {
  return new Date(at + zoneOffsetMs(timeZone, at)).toISOString().slice(0, 10);
}

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Working minutes of one working day under the calendar. */
export function workdayMinutes(settings: Settings): number {
  let total = 0;
  for (const h of settings.workingCalendar.hours) {
    const [sh = 0, sm = 0] = h.start.split(':').map(Number);
    const [eh = 0, em = 0] = h.end.split(':').map(Number);
    total += eh * 60 + em - (sh * 60 + sm);
  }
  return total;
}

/**
 * One timeline for every clock measured in a batch: it covers local days from the earliest start to the latest
 * instant involved, plus enough days after it for the longest business-time target to fall due even across a long
 * holiday, so `add` finds every due instant. Built once per recompute (a year is ~500 intervals: microseconds).
 */
export function timelineFor(
  settings: Settings,
  from: number,
  to: number,
  longestBusinessMinutes: number,
): WorkingTimeline {
  const perDay = Math.max(1, workdayMinutes(settings));
  const workdaysPerWeek = Math.max(1, settings.workingCalendar.workdays.length);
  // Working days needed, stretched by the non-working days of a week, plus three weeks for holidays such as the
  // Spring Festival (up to 9 days off) and make-up arrangements.
  const pad = Math.ceil((Math.ceil(longestBusinessMinutes / perDay) * 7) / workdaysPerWeek) + 21;
  const fromDay = addDays(localDate(settings.timeZone, from), -1);
  const toDay = addDays(localDate(settings.timeZone, Math.max(from, to)), pad);
  const spec = calendarSpec(settings);
  const key = JSON.stringify([spec, fromDay, toDay]);
  let timeline = recent.get(key);
  if (!timeline) {
    timeline = new WorkingTimeline(spec, fromDay, toDay);
    recent.set(key, timeline);
    if (recent.size > 8) recent.delete(recent.keys().next().value as string);
  }
  return timeline;
}

/** Recently built timelines: ticket pages and edits ask for the same calendar and days again and again. */
const recent = new Map<string, WorkingTimeline>();
