import { describe, expect, it } from 'vitest';
import {
  defaultGrain,
  isoWeekOf,
  parsePeriod,
  previousPeriod,
  samePeriodLastYear,
  splitPeriod,
  trailingPeriods,
} from '../../../shared/domain/kpi-period.ts';

const p = (text: string) => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`not a period: ${text}`);
  return period;
};

describe('KPI periods', () => {
  it('reads every written form, and refuses what is not a period', () => {
    expect(p('2026-10-05')).toEqual({
      kind: 'day',
      from: '2026-10-05',
      to: '2026-10-05',
      text: '2026-10-05',
    });
    expect(p('2026-W01')).toMatchObject({ kind: 'week', from: '2025-12-29', to: '2026-01-04' });
    expect(p('2026-02')).toMatchObject({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(p('2024-02').to).toBe('2024-02-29');
    expect(p('2026-Q4')).toMatchObject({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(p('2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(p(' 2026-09-01..2026-10-15 ')).toMatchObject({
      kind: 'custom',
      from: '2026-09-01',
      to: '2026-10-15',
    });
    for (const bad of [
      '2026-13',
      '2026-02-30',
      '2026-Q5',
      '2026-W54',
      '2026-10-15..2026-10-01',
      '1999',
      'last month',
      '2020-01-01..2026-01-01',
    ]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('knows ISO weeks across year ends', () => {
    expect(isoWeekOf('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });

  it('steps back one period of the same kind', () => {
    expect(previousPeriod(p('2026-03-01')).text).toBe('2026-02-28');
    expect(previousPeriod(p('2026-W01')).text).toBe('2025-W52');
    expect(previousPeriod(p('2026-01')).text).toBe('2025-12');
    expect(previousPeriod(p('2026-Q1')).text).toBe('2025-Q4');
    expect(previousPeriod(p('2026')).text).toBe('2025');
    expect(previousPeriod(p('2026-10-11..2026-10-20')).text).toBe('2026-10-01..2026-10-10');
  });

  it('finds the same period last year', () => {
    expect(samePeriodLastYear(p('2024-02-29')).text).toBe('2023-02-28');
    expect(samePeriodLastYear(p('2021-W10')).text).toBe('2020-W10');
    expect(samePeriodLastYear(p('2026-W53')).text).toBe('2025-W52');
    expect(samePeriodLastYear(p('2026-10')).text).toBe('2025-10');
    expect(samePeriodLastYear(p('2026-Q2')).text).toBe('2025-Q2');
    expect(samePeriodLastYear(p('2024-02-01..2024-02-29')).text).toBe('2023-02-01..2023-02-28');
  });

  it('lists trailing periods oldest first and splits a range into clipped buckets', () => {
    expect(trailingPeriods(p('2026-02'), 3).map((x) => x.text)).toEqual(['2025-12', '2026-01', '2026-02']);
    const weeks = splitPeriod(p('2026-07'), 'week');
    expect(weeks[0]).toMatchObject({ text: '2026-W27', from: '2026-07-01', to: '2026-07-05' });
    expect(weeks.at(-1)).toMatchObject({ text: '2026-W31', from: '2026-07-27', to: '2026-07-31' });
    expect(splitPeriod(p('2026'), 'month')).toHaveLength(12);
    expect(splitPeriod(p('2026-10'), 'day')).toHaveLength(31);
    expect([defaultGrain(p('2026-10')), defaultGrain(p('2026-Q3')), defaultGrain(p('2026'))]).toEqual([
      'day',
      'week',
      'month',
    ]);
  });
});
