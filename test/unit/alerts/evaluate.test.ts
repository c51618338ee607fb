import { describe, expect, it } from 'vitest';
import { alertLimit, ongoingBreach } from '../../../electron/core/alerts/condition.ts';
import { at } from '../tickets/workspace.ts';
import { alertWorkspace, NOW, npsRule } from './fixture.ts';

describe('consecutive-day rules (seed 001: outlet NPS more than 30 % below its benchmark for 3 days)', () => {
  it('raises one alert for the outlet whose NPS breached on the last 3 finished days', async () => {
    const ws = await alertWorkspace();
    ws.rule(npsRule());
    for (const day of ['2026-11-07', '2026-11-08', '2026-11-09']) ws.answers(day, [3]);
    // The other outlet answers well on the same days.
    for (const day of ['2026-11-07', '2026-11-08', '2026-11-09']) ws.answers(day, [10], { outletId: 2 });
    expect(ws.evaluate()).toEqual({ raised: 1, updated: 0, resolved: 0, evaluated: true });
    const [alert] = ws.alerts();
    expect(alert).toMatchObject({
      scope_dim: 'outlet',
      scope_key: '1',
      state: 'new',
      first_period: '2026-11-07',
      last_period: '2026-11-09',
    });
    const periods = JSON.parse(alert!.periods) as {
      period: string;
      value: number;
      reference: number;
      limit: number;
    }[];
    expect(periods.map((p) => [p.period, p.value, p.reference, p.limit])).toEqual([
      ['2026-11-07', -100, 50, 35],
      ['2026-11-08', -100, 50, 35],
      ['2026-11-09', -100, 50, 35],
    ]);
  });

  it('counts today when it already breaches: exactly 3 days ending today raise an alert', async () => {
    const ws = await alertWorkspace();
    ws.rule(npsRule({ scope: { dim: 'outlet', key: '1' } }));
    for (const day of ['2026-11-08', '2026-11-09', '2026-11-10']) ws.answers(day, [3]);
    expect(ws.evaluate().raised).toBe(1);
    expect(ws.alerts()[0]).toMatchObject({ first_period: '2026-11-08', last_period: '2026-11-10' });
  });

  it('raises nothing for N − 1 days, nor when a day without answers breaks the run', async () => {
    const twoDays = await alertWorkspace();
    twoDays.rule(npsRule());
    for (const day of ['2026-11-08', '2026-11-09']) twoDays.answers(day, [3]);
    expect(twoDays.evaluate().raised).toBe(0);

    const gap = await alertWorkspace();
    gap.rule(npsRule());
    // 6, 7 and 9 November breach; nobody answered on the 8th.
    for (const day of ['2026-11-06', '2026-11-07', '2026-11-09']) gap.answers(day, [3]);
    expect(gap.evaluate().raised).toBe(0);
    expect(gap.alerts()).toEqual([]);
  });

  it('raises nothing over empty periods, and a thin day below the rule’s minimum counts as empty', async () => {
    const empty = await alertWorkspace();
    empty.rule(npsRule());
    empty.rule(npsRule({ scope: { dim: 'org', key: '' }, reference: 'value', threshold: 0, marginPct: 0 }));
    expect(empty.evaluate()).toEqual({ raised: 0, updated: 0, resolved: 0, evaluated: true });

    const thin = await alertWorkspace();
    thin.rule(npsRule({ minN: 2 }));
    thin.answers('2026-11-07', [3, 3]);
    thin.answers('2026-11-08', [3]);
    thin.answers('2026-11-09', [3, 3]);
    expect(thin.evaluate().raised).toBe(0);
  });

  it('does not raise a duplicate on re-evaluation, and updates the open alert as the breach goes on', async () => {
    const ws = await alertWorkspace();
    ws.rule(npsRule());
    for (const day of ['2026-11-07', '2026-11-08', '2026-11-09']) ws.answers(day, [3]);
    expect(ws.evaluate().raised).toBe(1);
    expect(ws.evaluate()).toEqual({ raised: 0, updated: 0, resolved: 0, evaluated: true });
    // The next day breaches too: the same alert carries on.
    ws.answers('2026-11-10', [2]);
    expect(ws.evaluate(at('2026-11-11', '09:00'))).toMatchObject({ raised: 0, updated: 1, resolved: 0 });
    expect(ws.alerts()).toHaveLength(1);
    expect(ws.alerts()[0]).toMatchObject({
      first_period: '2026-11-07',
      last_period: '2026-11-10',
      state: 'new',
    });
    // An edited rule is copied into its open alert once, still without a second alert.
    ws.db.prepare("UPDATE alert_rules SET name = '网点 NPS 告警'").run();
    expect(ws.evaluate(at('2026-11-11', '09:00'))).toMatchObject({ raised: 0, updated: 1 });
    expect(ws.evaluate(at('2026-11-11', '09:00'))).toMatchObject({ raised: 0, updated: 0 });
    expect(ws.db.prepare("SELECT rule ->> '$.name' FROM alerts").pluck().all()).toEqual(['网点 NPS 告警']);
  });

  it('resolves the alert when the condition clears, keeps it, and raises a new one for a new episode', async () => {
    const ws = await alertWorkspace();
    ws.rule(npsRule());
    for (const day of ['2026-11-07', '2026-11-08', '2026-11-09']) ws.answers(day, [3]);
    ws.evaluate();
    // Promoters on the 9th lift that day's NPS to (5 − 1) / 6 = 67: only two breaching days remain.
    ws.answers('2026-11-09', [10, 10, 10, 10, 10]);
    expect(ws.evaluate()).toMatchObject({ raised: 0, resolved: 1 });
    expect(ws.alerts()).toEqual([expect.objectContaining({ state: 'resolved', last_period: '2026-11-09' })]);
    const resolvedAt = ws.db.prepare('SELECT resolved_at FROM alerts').pluck().get();
    expect(resolvedAt).toBe(NOW);
    // Three bad days later, a second episode.
    for (const day of ['2026-11-10', '2026-11-11', '2026-11-12']) ws.answers(day, [0]);
    expect(ws.evaluate(at('2026-11-13', '08:00')).raised).toBe(1);
    expect(ws.alerts().map((a) => a.state)).toEqual(['resolved', 'new']);
  });

  it('resolves open alerts of a rule that is disabled', async () => {
    const ws = await alertWorkspace();
    const id = ws.rule(npsRule());
    for (const day of ['2026-11-07', '2026-11-08', '2026-11-09']) ws.answers(day, [3]);
    ws.evaluate();
    ws.db.prepare('UPDATE alert_rules SET enabled = 0 WHERE id = ?').run(id);
    expect(ws.evaluate().resolved).toBe(1);
  });
});

describe('threshold rules', () => {
  it('fires on "first response average > 15 min this week" while the week is still running', async () => {
    const ws = await alertWorkspace();
    ws.rule(
      npsRule({
        kpi: 'first_response_avg_min',
        scope: { dim: 'org', key: '' },
        grain: 'week',
        comparator: 'above',
        reference: 'value',
        threshold: 15,
        marginPct: 0,
        consecutive: 1,
      }),
    );
    // Monday 9 November: answered after 10 and after 30 minutes → 20 min on average.
    ws.add(
      { createdAt: at('2026-11-09', '09:00'), firstResponseAt: at('2026-11-09', '09:10') },
      at('2026-11-09', '10:00'),
    );
    ws.add(
      { createdAt: at('2026-11-09', '09:00'), firstResponseAt: at('2026-11-09', '09:30') },
      at('2026-11-09', '10:00'),
    );
    expect(ws.evaluate().raised).toBe(1);
    const periods = JSON.parse(ws.alerts()[0]!.periods) as { period: string; value: number; limit: number }[];
    expect(periods).toEqual([expect.objectContaining({ period: '2026-W46', value: 20, limit: 15 })]);
  });

  it('compares with the scope’s target: CSAT below its target (4.5) this month', async () => {
    const ws = await alertWorkspace();
    ws.rule(
      npsRule({
        kpi: 'csat_avg',
        scope: { dim: 'org', key: '' },
        grain: 'month',
        reference: 'target',
        threshold: null,
        marginPct: 0,
        consecutive: 1,
      }),
    );
    ws.add({ createdAt: at('2026-11-03', '09:00'), csat: 4 }, at('2026-11-03', '10:00'));
    expect(ws.evaluate().raised).toBe(1);
    expect(JSON.parse(ws.alerts()[0]!.periods)).toEqual([
      expect.objectContaining({ period: '2026-11', value: 4, reference: 4.5, limit: 4.5 }),
    ]);
  });

  it('compares an outlet with the whole organisation in the same period', async () => {
    const ws = await alertWorkspace();
    ws.rule(npsRule({ reference: 'org', threshold: null, marginPct: 20, consecutive: 1, grain: 'month' }));
    ws.answers('2026-11-02', [10, 10, 10, 10]);
    ws.answers('2026-11-02', [0, 10], { outletId: 2 });
    // Organisation: 5 promoters, 1 detractor of 6 → 66.7; outlet 2: 0 → below 66.7 − 20 % = 53.3.
    expect(ws.evaluate().raised).toBe(1);
    expect(ws.alerts()[0]).toMatchObject({ scope_key: '2' });
  });
});

describe('the limit of a relative rule', () => {
  const rule = {
    comparator: 'below',
    reference: 'benchmark',
    threshold: 50,
    marginPct: 30,
    minN: 1,
  } as const;
  it('moves away from the reference by the margin of its size, also for a negative reference', () => {
    expect(alertLimit(rule, 50)).toBe(35);
    expect(alertLimit(rule, -20)).toBe(-26);
    expect(alertLimit({ ...rule, comparator: 'above' }, 10)).toBe(13);
    expect(alertLimit({ ...rule, reference: 'target' }, null)).toBeNull();
  });

  it('needs strictly beyond the limit: a value on it does not breach', () => {
    const p = (value: number | null) => ({ period: 'p', value, n: 5, reference: 50, limit: 35 });
    const r = { ...rule, consecutive: 1 };
    expect(ongoingBreach(r, [p(35), p(null)])).toBeNull();
    expect(ongoingBreach(r, [p(34.9), p(null)])).toEqual([0, 0]);
  });
});
