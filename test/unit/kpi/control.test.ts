import { describe, expect, it } from 'vitest';
import { at } from '../tickets/workspace.ts';
import { octoberWorkspace } from './fixture.ts';

describe('kpi.chart.control', () => {
  it('draws a p-chart of a rate over the days of the period, from the same counts as the tiles', async () => {
    const ws = await octoberWorkspace();
    const r = await ws.dispatch('kpi.chart.control', { period: '2026-10', kpi: 'complaint_rate', chart: 'p' });
    if (!r.ok) throw new Error(r.error.message);
    const c = r.value;
    expect(c.days).toHaveLength(31);
    expect(c.days[0]).toBe('2026-10-01');
    // two complaints among four tickets: p̄ = 50 %
    expect(c.main.center).toBeCloseTo(50, 6);
    expect(c.main.n.reduce((a, b) => a + b, 0)).toBe(4);
    const oct5 = c.days.indexOf('2026-10-05');
    expect(c.main.values[oct5]).toBe(100);
    // one ticket that day: p̄ ± 3·√(0.25/1) runs past 0 and 100
    expect([c.main.lcl[oct5], c.main.ucl[oct5]]).toEqual([0, 100]);
    expect(c.main.values[0]).toBeNull();
    expect(c.secondary).toBeNull();
  });

  it('draws X̄-R from the first tickets of each day and I-MR from daily values, limits from the baseline', async () => {
    const ws = await octoberWorkspace();
    // two more answered tickets on Oct 5 and 6: subgroups of two on those days
    ws.add({ createdAt: at('2026-10-05', '11:00'), firstResponseAt: at('2026-10-05', '11:30') });
    ws.add({ createdAt: at('2026-10-06', '10:00'), firstResponseAt: at('2026-10-06', '10:05') });
    const xr = await ws.dispatch('kpi.chart.control', {
      period: '2026-10-01..2026-10-10',
      kpi: 'first_response_avg_min',
      chart: 'xbar_r',
      subgroupSize: 2,
    });
    if (!xr.ok) throw new Error(xr.error.message);
    const d5 = xr.value.days.indexOf('2026-10-05');
    // Oct 5: 20 and 30 min; Oct 6: 45 and 5 min
    expect(xr.value.main.values[d5]).toBeCloseTo(25, 6);
    expect(xr.value.secondary?.values[d5 + 1]).toBeCloseTo(40, 6);
    expect(xr.value.main.center).toBeCloseTo(25, 6);
    expect(xr.value.secondary?.center).toBeCloseTo(25, 6);
    expect(xr.value.main.values.filter((v) => v !== null)).toHaveLength(2);

    const imr = await ws.dispatch('kpi.chart.control', {
      period: '2026-10',
      kpi: 'first_response_avg_min',
      chart: 'imr',
      baseline: '2026-10-01..2026-10-10',
      rules: 'nelson',
    });
    if (!imr.ok) throw new Error(imr.error.message);
    expect(imr.value.baseline).toEqual({ from: '2026-10-01', to: '2026-10-10' });
    // baseline daily values 25 and 25: a centre of 25 min
    expect(imr.value.main.center).toBeCloseTo(25, 6);
    expect(imr.value.rules).toBe('nelson');
  });

  it('refuses a chart that does not suit the KPI, and periods of more than 400 days', async () => {
    const ws = await octoberWorkspace();
    for (const input of [
      { period: '2026-10', kpi: 'first_response_avg_min', chart: 'p' },
      { period: '2026-10', kpi: 'tickets_total', chart: 'imr' },
      { period: '2026-10', kpi: 'csat_avg', chart: 'xbar_r' },
      { period: '2025-01-01..2026-10-31', kpi: 'nps', chart: 'imr' },
    ] as const) {
      const r = await ws.dispatch('kpi.chart.control', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
  });
});
