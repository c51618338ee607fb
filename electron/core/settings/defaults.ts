import type { Settings } from '../../../shared/schemas/workspace.ts';
import { CN_HOLIDAYS } from './cn-holidays.ts';

/** Defaults for a new workspace: a Chinese after-sales organisation working 09:00–18:00 with a lunch break. */
export const DEFAULT_SETTINGS: Settings = {
  timeZone: 'Asia/Shanghai',
  language: 'zh-CN',
  workingCalendar: {
    workdays: [1, 2, 3, 4, 5],
    hours: [
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '18:00' },
    ],
  },
  repeatWindowDays: 30,
  holidays: CN_HOLIDAYS,
  pauseStatuses: ['pending_customer', 'on_hold'],
  escalationThreshold: 0.8,
};
