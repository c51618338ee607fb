import type { Settings } from '../../../shared/schemas/workspace.ts';

const off = (name: string, ...dates: string[]) =>
  dates.map((date) => ({ date, kind: 'holiday' as const, name }));
const on = (name: string, ...dates: string[]) =>
  dates.map((date) => ({ date, kind: 'workday' as const, name }));

/**
 * Mainland China public holidays and make-up working days (调休) as announced by the State Council for 2025 and
 * 2026. Preloaded for convenience; the list is editable in Settings and should be checked against each year's notice.
 */
export const CN_HOLIDAYS: Settings['holidays'] = [
  ...off('元旦', '2025-01-01'),
  ...off('春节', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04'),
  ...on('春节调休', '2025-01-26', '2025-02-08'),
  ...off('清明节', '2025-04-04'),
  ...off('劳动节', '2025-05-01', '2025-05-02', '2025-05-05'),
  ...on('劳动节调休', '2025-04-27'),
  ...off('端午节', '2025-06-02'),
  ...off(
    '国庆节、中秋节',
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ),
  ...on('国庆节调休', '2025-09-28', '2025-10-11'),
  ...off('元旦', '2026-01-01', '2026-01-02'),
  ...on('元旦调休', '2026-01-04'),
  ...off('春节', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23'),
  ...on('春节调休', '2026-02-14', '2026-02-28'),
  ...off('清明节', '2026-04-06'),
  ...off('劳动节', '2026-05-01', '2026-05-04', '2026-05-05'),
  ...on('劳动节调休', '2026-05-09'),
  ...off('端午节', '2026-06-19'),
  ...off('中秋节', '2026-09-25'),
  ...off('国庆节', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'),
  ...on('国庆节调休', '2026-09-20', '2026-10-10'),
];
