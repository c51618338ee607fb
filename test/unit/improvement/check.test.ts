import { describe, expect, it } from 'vitest';
import { checkOption } from '../../../shared/charts/pdca-check.ts';
import { checkWindow, periodText } from '../../../shared/domain/pdca-check.ts';

describe('the Check window', () => {
  it('compares the time since the start with as long a time before it', () => {
    expect(checkWindow('2026-09-01', '2026-10-31')).toEqual({
      before: { from: '2026-07-02', to: '2026-08-31' },
      after: { from: '2026-09-01', to: '2026-10-31' },
      grain: 'week',
    });
  });

  it('looks back at least four weeks and at most a year, and switches to months for long windows', () => {
    expect(checkWindow('2026-10-01', '2026-10-03')?.before).toEqual({ from: '2026-09-03', to: '2026-09-30' });
    const long = checkWindow('2025-01-01', '2026-10-31')!;
    expect(long.before).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(long.grain).toBe('month');
    expect(periodText(long.after)).toBe('2025-01-01..2026-10-31');
  });

  it('has nothing to show before data arrives after the start, or without a start', () => {
    expect(checkWindow('2026-11-01', '2026-10-31')).toBeNull();
    expect(checkWindow(null, '2026-10-31')).toBeNull();
    expect(checkWindow('2026-10-01', null)).toBeNull();
  });
});

describe('the Check chart', () => {
  it('draws actual values with the baseline, the target and a line at the start', () => {
    const option = checkOption({
      labels: ['W1', 'W2', 'W3'],
      values: [78, null, 84],
      startIndex: 1,
      baseline: 78,
      target: 85,
      names: { actual: 'actual', baseline: 'baseline', target: 'target', start: 'start' },
      format: String,
    });
    const series = option.series as { name: string; data: unknown[]; markLine?: { data: unknown[] } }[];
    expect(series.map((s) => s.name)).toEqual(['actual', 'baseline', 'target']);
    expect(series[0]!.data).toEqual([78, '-', 84]);
    expect(series[0]!.markLine!.data).toEqual([{ xAxis: 1 }]);
    expect(series[2]!.data).toEqual([85, 85, 85]);
  });
});
