import { describe, expect, it } from 'vitest';
import { DAY, defaultUntil, localHour, periodEnding } from '../../../electron/core/demo/calendar.ts';
import { Rng, Weighted } from '../../../electron/core/demo/rng.ts';

describe('seeded randomness', () => {
  it('repeats a stream for the same seed and stream, and differs otherwise', () => {
    const draw = (seed: number, stream: number): number[] => {
      const rng = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(1, 0)).toEqual(draw(1, 0));
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
  });

  it('draws uniform values in [0, 1), lognormals around their median, and weighted choices by weight', () => {
    const rng = new Rng(5);
    const n = 50_000;
    const xs = Array.from({ length: n }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / n).toBeCloseTo(0.5, 2);

    const logs = Array.from({ length: n }, () => rng.lognormal(10, 1)).sort((a, b) => a - b);
    expect(logs[n / 2]).toBeGreaterThan(9.5);
    expect(logs[n / 2]).toBeLessThan(10.5);

    const w = new Weighted([
      ['a', 1],
      ['b', 3],
    ] as const);
    const b = Array.from({ length: n }, () => w.sample(rng)).filter((x) => x === 'b').length / n;
    expect(b).toBeCloseTo(0.75, 1);
  });
});

describe('demo calendar (Asia/Shanghai)', () => {
  it('spans the twelve months ending with `until`, local midnight to local midnight', () => {
    const p = periodEnding('2025-10');
    expect(p.start).toBe(Date.parse('2024-11-01T00:00:00+08:00'));
    expect(p.end).toBe(Date.parse('2025-11-01T00:00:00+08:00'));
    expect(p.days).toHaveLength(365);
    expect(periodEnding('2024-03').days).toHaveLength(366); // February 2024 has 29 days
    expect(p.days[0]?.monthKey).toBe('202411');
    expect(p.days.at(-1)?.monthKey).toBe('202510');
    expect(p.days.every((d, i) => d.start === p.start + i * DAY)).toBe(true);
  });

  it('marks the Spring Festival as quiet and the 618 shopping festival as an installation peak', () => {
    const p = periodEnding('2025-06');
    const day = (iso: string) => p.days.find((d) => d.start === Date.parse(`${iso}T00:00:00+08:00`));
    expect(day('2025-01-29')?.holiday).toBeLessThan(0.5);
    expect(day('2025-03-12')?.holiday).toBe(1);
    expect(day('2025-06-18')?.installBoost).toBeGreaterThan(1.5);
  });

  it('takes the previous month in local time as the default end', () => {
    expect(defaultUntil(Date.parse('2026-01-15T10:00:00+08:00'))).toBe('2025-12');
    // 00:30 on 1 March in Shanghai is still February in UTC: the local calendar decides
    expect(defaultUntil(Date.parse('2026-03-01T00:30:00+08:00'))).toBe('2026-02');
    expect(localHour(Date.parse('2026-03-01T00:30:00+08:00'))).toBe(0);
  });

  it('refuses a month that is not YYYY-MM', () => {
    for (const bad of ['2025-13', '2025-1', '25-10', '2025/10', '']) {
      expect(() => periodEnding(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
