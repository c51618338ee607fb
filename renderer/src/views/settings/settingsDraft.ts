import { Settings, WorkingCalendar } from '../../../../shared/schemas/workspace';
import type { Language } from '../../../../shared/domain/enums';
import type { Catalog } from '../../../../shared/i18n/zh-CN';

/** What the form edits: text exactly as typed, so a half-typed value is never lost or "corrected" under the user. */
export interface PeriodDraft {
  /** Stable React key; periods can be removed from the middle. */
  key: number;
  start: string;
  end: string;
}

export interface SettingsDraft {
  timeZone: string;
  language: Language;
  workdays: number[];
  hours: PeriodDraft[];
  repeatWindowDays: string;
}

/**
 * The keys this form edits. Other areas add settings of their own (holidays, SLA pauses, …); those are neither
 * validated nor sent from here, so a new key elsewhere never blocks or overwrites anything in this form.
 */
const FORM_KEYS = { timeZone: true, language: true, workingCalendar: true, repeatWindowDays: true } as const;
const FormSettings = Settings.pick(FORM_KEYS);
export type FormSettings = Pick<Settings, keyof typeof FORM_KEYS>;

export type ErrorKey = keyof Catalog['settings']['errors'];
export interface FieldError {
  key: ErrorKey;
  values?: Record<string, number>;
}

export interface PeriodErrors {
  start?: FieldError;
  end?: FieldError;
  period?: FieldError;
}

export interface FieldErrors {
  timeZone?: FieldError;
  language?: FieldError;
  workdays?: FieldError;
  hours?: FieldError;
  periods: Record<number, PeriodErrors>;
  repeatWindowDays?: FieldError;
}

const REPEAT_MIN = Settings.shape.repeatWindowDays.minValue ?? 1;
const REPEAT_MAX = Settings.shape.repeatWindowDays.maxValue ?? 365;

/** The contract's own limit on periods per day, found by asking its schema rather than copying the number. */
export const MAX_PERIODS = (() => {
  const period = { start: '09:00', end: '10:00' };
  let n = 1;
  while (n < 24 && WorkingCalendar.shape.hours.safeParse(Array.from({ length: n + 1 }, () => period)).success)
    n += 1;
  return n;
})();

let nextKey = 1;
export const newPeriod = (start = '', end = ''): PeriodDraft => ({ key: nextKey++, start, end });

export const toDraft = (settings: FormSettings): SettingsDraft => ({
  timeZone: settings.timeZone,
  language: settings.language,
  workdays: [...settings.workingCalendar.workdays],
  hours: settings.workingCalendar.hours.map((p) => newPeriod(p.start, p.end)),
  repeatWindowDays: String(settings.repeatWindowDays),
});

/** Forgiving about what people type: 9:00 → 09:00, and the full-width colon of a Chinese input method. */
function normaliseTime(text: string): string {
  const t = text.trim().replace('：', ':');
  return /^\d:\d\d$/.test(t) ? `0${t}` : t;
}

/** The settings the draft describes, in the contract's shape and key order (not yet validated). */
export function fromDraft(draft: SettingsDraft): unknown {
  const days = draft.repeatWindowDays.trim();
  return {
    timeZone: draft.timeZone,
    language: draft.language,
    workingCalendar: {
      workdays: [...draft.workdays].sort((a, b) => a - b),
      hours: draft.hours.map((p) => ({ start: normaliseTime(p.start), end: normaliseTime(p.end) })),
    },
    repeatWindowDays: days === '' ? Number.NaN : Number(days),
  };
}

export const sameAsSaved = (draft: SettingsDraft, saved: FormSettings): boolean =>
  JSON.stringify(fromDraft(draft)) === JSON.stringify(fromDraft(toDraft(saved)));

/**
 * Validate with the contract's schema, then map its issues to fields. Two rules the contract leaves open are
 * checked here because they make SLA clocks meaningless: no working day at all, and overlapping periods.
 */
export function validateDraft(
  draft: SettingsDraft,
): { ok: true; settings: FormSettings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = { periods: {} };
  const period = (index: number): PeriodErrors => (errors.periods[index] ??= {});
  const parsed = FormSettings.safeParse(fromDraft(draft));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [field, part, index, bound] = issue.path;
    if (field === 'timeZone') errors.timeZone = { key: 'timeZone' };
    else if (field === 'language') errors.language = { key: 'language' };
    else if (field === 'repeatWindowDays') {
      errors.repeatWindowDays = { key: 'repeatWindow', values: { min: REPEAT_MIN, max: REPEAT_MAX } };
    } else if (field === 'workingCalendar' && part === 'workdays') errors.workdays = { key: 'workdays' };
    else if (field === 'workingCalendar' && part === 'hours' && typeof index === 'number') {
      if (bound === 'start' || bound === 'end') period(index)[bound] = { key: 'time' };
      else period(index).period = { key: 'intervalOrder' };
    } else if (field === 'workingCalendar' && part === 'hours') {
      errors.hours = { key: 'hoursCount', values: { max: MAX_PERIODS } };
    }
  }
  if (draft.workdays.length === 0) errors.workdays ??= { key: 'noWorkdays' };
  if (parsed.success) {
    const hours = parsed.data.workingCalendar.hours;
    hours.forEach((p, i) => {
      if (hours.slice(0, i).some((q) => p.start < q.end && q.start < p.end))
        period(i).period = { key: 'overlap' };
    });
  }
  // A malformed time also fails the start-before-end rule; the format message is the useful one.
  for (const p of Object.values(errors.periods)) if (p.start || p.end) delete p.period;
  for (const [i, p] of Object.entries(errors.periods))
    if (!p.start && !p.end && !p.period) delete errors.periods[Number(i)];

  const valid = parsed.success && !errors.workdays && Object.keys(errors.periods).length === 0;
  if (valid) {
    const { workingCalendar } = parsed.data;
    const hours = [...workingCalendar.hours].sort((a, b) => a.start.localeCompare(b.start));
    return { ok: true, settings: { ...parsed.data, workingCalendar: { ...workingCalendar, hours } } };
  }
  return { ok: false, errors };
}
