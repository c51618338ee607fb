import type { TFunction } from 'i18next';
import { Settings, WorkingCalendar } from '../../../../shared/schemas/workspace';
import { LANGUAGES, type Language } from '../../../../shared/domain/enums';
import { zhCN } from '../../../../shared/i18n/zh-CN';

/** Settings with a name in the catalogs; keys added later by other areas show under their own id until named. */
type NamedKey = keyof typeof zhCN.settings.keys;
export const isNamedSettingKey = (key: string): key is NamedKey => Object.hasOwn(zhCN.settings.keys, key);

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Runs of three or more consecutive days read better as a range: 周一–周五. */
function weekdayRanges(t: TFunction, days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const label = (day: number) => t(`weekdays.${WEEKDAYS[day - 1] ?? '1'}`);
  return runs
    .flatMap((run) => (run.length >= 3 ? [`${label(run[0]!)}–${label(run.at(-1)!)}`] : run.map(label)))
    .join(t('common.listSeparator'));
}

/** One setting's value as a person reads it, for the change history. */
export function formatSettingValue(t: TFunction, key: string, value: unknown): string {
  if (value === null || value === undefined) return t('common.none');
  if (key === 'language' && (LANGUAGES as readonly unknown[]).includes(value))
    return t(`language.${value as Language}`);
  if (key === 'repeatWindowDays' && typeof value === 'number')
    return t('settings.repeatWindow.value', { count: value });
  if (key === 'workingCalendar') {
    const calendar = WorkingCalendar.safeParse(value);
    if (calendar.success) {
      const days =
        calendar.data.workdays.length > 0 ? weekdayRanges(t, calendar.data.workdays) : t('common.none');
      const hours = calendar.data.hours.map((p) => `${p.start}–${p.end}`).join(t('common.listSeparator'));
      return `${days} · ${hours}`;
    }
  }
  if (key === 'holidays') {
    const holidays = Settings.shape.holidays.safeParse(value);
    if (holidays.success) {
      const count = (kind: string) => holidays.data.filter((h) => h.kind === kind).length;
      return t('settings.historyValues.holidays', { holidays: count('holiday'), workdays: count('workday') });
    }
  }
  if (key === 'pauseStatuses') {
    const statuses = Settings.shape.pauseStatuses.safeParse(value);
    if (statuses.success)
      return statuses.data.length > 0
        ? statuses.data.map((s) => t(`settings.statuses.${s}`)).join(t('common.listSeparator'))
        : t('common.none');
  }
  if (key === 'escalationThreshold' && typeof value === 'number')
    return t('settings.historyValues.threshold', { percent: Math.round(value * 100) });
  return typeof value === 'string' ? value : JSON.stringify(value);
}
