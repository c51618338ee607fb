import { describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../../shared/domain/kpi-catalog.ts';
import { complaintPareto, outletHeatmap, slaByTier } from '../../../electron/core/kpi/charts.ts';
import { kpiSeries } from '../../../electron/core/kpi/series.ts';
import { REF } from '../tickets/workspace.ts';
import { NOW, octoberWorkspace, TZ } from './fixture.ts';

const ctx = { timeZone: TZ, now: NOW };
const org = { dim: 'org' as const, key: '' };

describe('kpi contract', () => {
  it('lists every KPI once with texts in both languages and a denominator for every rate', async () => {
    const ws = await octoberWorkspace();
    const r = await ws.dispatch('kpi.catalog', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((k) => k.id)).toEqual([...KPI_IDS]);
    for (const k of r.value) {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(k.texts[lang].name.length, `${k.id} ${lang}`).toBeGreaterThan(1);
        expect(k.texts[lang].formula.length).toBeGreaterThan(1);
        if (k.unit === 'percent') expect(k.texts[lang].denominator, k.id).not.toBeNull();
      }
    }
    expect(r.value.find((k) => k.id === 'fcr_rate')).toMatchObject({
      unit: 'percent',
      direction: 'higher',
      defaultTarget: 85,
    });
  });

  it('overrides targets for the organisation and for one scope, audited, and falls back when removed', async () => {
    const ws = await octoberWorkspace();
    const outlet = { dim: 'outlet' as const, key: String(REF.outlets.shanghai) };
    const target = async (scope: typeof outlet | typeof org) => {
      const r = await ws.dispatch('kpi.compute', { period: '2026-10', scope, kpis: ['csat_avg'] });
      if (!r.ok) throw new Error(r.error.message);
      return [r.value.kpis[0]?.target, r.value.kpis[0]?.targetOrigin, r.value.kpis[0]?.status];
    };
    expect(await target(outlet)).toEqual([4.5, 'default', 'bad']);
    expect((await ws.dispatch('kpi.targets.set', { kpi: 'csat_avg', scope: org, target: 4.2 })).ok).toBe(
      true,
    );
    expect((await ws.dispatch('kpi.targets.set', { kpi: 'csat_avg', scope: outlet, target: 3.9 })).ok).toBe(
      true,
    );
    expect(await target(outlet)).toEqual([3.9, 'scope', 'good']);
    expect(await target(org)).toEqual([4.2, 'org', 'warn']);
    expect((await ws.dispatch('kpi.targets.set', { kpi: 'csat_avg', scope: outlet, target: null })).ok).toBe(
      true,
    );
    expect(await target(outlet)).toEqual([4.2, 'org', 'warn']);
    const list = await ws.dispatch('kpi.targets.list', {});
    expect(list.ok && list.value.map((t) => [t.kpi, t.scope.dim, t.target])).toEqual([
      ['csat_avg', 'org', 4.2],
    ]);
    const audit = ws.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'kpi_target' ORDER BY id")
      .pluck()
      .all();
    expect(audit).toEqual(['create', 'create', 'delete']);
  });

  it('refuses malformed periods and scopes at the contract', async () => {
    const ws = await octoberWorkspace();
    for (const input of [
      { period: '2026-13' },
      { period: '2026-10', scope: { dim: 'outlet', key: '' } },
      { period: '2026-10', scope: { dim: 'outlet', key: '1 OR 1=1' } },
      { period: '2026-10', scope: { dim: 'org', key: '3' } },
      { period: '2026-10', kpis: ['nope'] },
    ]) {
      const r = await ws.dispatch('kpi.compute', input);
      expect(r.ok ? 'ok' : r.error.code, JSON.stringify(input)).toBe('INVALID_INPUT');
    }
  });

  it('builds trend series, the complaint Pareto, SLA by tier and the outlet heat map', async () => {
    const ws = await octoberWorkspace();
    const series = kpiSeries(ws.db, ctx, {
      period: '2026-Q4',
      scope: org,
      kpis: ['tickets_total', 'csat_avg'],
    });
    expect(series.grain).toBe('week');
    expect(series.targets).toEqual({ tickets_total: null, csat_avg: 4.5 });
    const total = series.buckets.reduce((sum, b) => sum + (b.values.tickets_total ?? 0), 0);
    expect(total).toBe(5); // four in October, one on 1 November
    expect(series.buckets.find((b) => b.from <= '2026-10-05' && b.to >= '2026-10-05')?.values.csat_avg).toBe(
      4,
    ); // t1 and t2: 5 and 3

    expect(complaintPareto(ws.db, ctx, { period: '2026-10', scope: org, limit: 10 })).toEqual({
      total: 2,
      items: [{ categoryId: REF.categories.rude, nameZh: '态度差', nameEn: 'Rude staff', count: 2 }],
    });
    expect(
      complaintPareto(ws.db, ctx, { period: '2026-10', scope: { dim: 'outlet', key: '2' }, limit: 10 }),
    ).toEqual({ total: 0, items: [] });

    const tiers = slaByTier(ws.db, ctx, { period: '2026-10', scope: org });
    expect(tiers.map((t) => [t.tier, t.responseRate, t.responseN, t.resolutionRate, t.resolutionN])).toEqual([
      [1, (100 * 2) / 3, 3, (100 * 1) / 3, 3],
      [2, null, 0, null, 0],
      [3, 0, 1, 0, 1],
      [4, null, 0, null, 0],
    ]);

    const heat = outletHeatmap(ws.db, ctx, { period: '2026-Q4', kpi: 'tickets_total' });
    expect(heat.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(heat.outlets.map((o) => o.code)).toEqual(['BJ01', 'SH01']);
    expect(heat.cells).toEqual([
      [0, 1, 4],
      [1, 1, 1],
    ]);
  });

  it('refuses a target the KPI cannot take, writing nothing', async () => {
    const ws = await octoberWorkspace();
    const audits = () => ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = audits();
    for (const [kpi, target] of [
      ['fcr_rate', 101],
      ['fcr_rate', -1],
      ['csat_avg', 0.5],
      ['csat_avg', 9],
      ['ces_avg', 8],
      ['nps', -101],
      ['first_response_avg_min', -5],
    ] as const) {
      const r = await ws.dispatch('kpi.targets.set', { kpi, scope: org, target });
      expect(r.ok, `${kpi} ${target}`).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
    expect(audits()).toBe(before);
    expect(ws.db.prepare('SELECT count(*) FROM kpi_targets').pluck().get()).toBe(0);
    // the edges are allowed
    for (const [kpi, target] of [
      ['fcr_rate', 100],
      ['nps', -100],
      ['csat_avg', 1],
    ] as const) {
      expect((await ws.dispatch('kpi.targets.set', { kpi, scope: org, target })).ok).toBe(true);
    }
  });
});
