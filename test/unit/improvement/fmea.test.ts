import { describe, expect, it } from 'vitest';
import { cellZone, heatCells, riskBand, rpn, rpnReduction } from '../../../shared/domain/fmea.ts';
import { fmeaHeatmapOption } from '../../../shared/charts/fmea-heatmap.ts';
import { needPriority, needScore } from '../../../shared/domain/kano.ts';
import type { FmeaFields } from '../../../shared/schemas/fmea.ts';
import { improvementWorkspace } from './workspace.ts';

const s = (severity: number, occurrence: number, detection: number) => ({ severity, occurrence, detection });

const row = (overrides: Partial<FmeaFields> = {}): FmeaFields => ({
  processStep: '上门维修',
  failureMode: '技师未带齐备件',
  effect: '二次上门，客户不满',
  cause: '派单时未确认故障',
  controls: '无',
  scores: s(7, 6, 5),
  recommendedAction: '派单前电话确认故障与备件',
  rescored: null,
  ...overrides,
});

describe('FMEA rules', () => {
  it('multiplies severity, occurrence and detection into the RPN', () => {
    expect(rpn(s(1, 1, 1))).toBe(1);
    expect(rpn(s(10, 10, 10))).toBe(1000);
    expect(rpn(s(7, 6, 5))).toBe(210);
  });

  it('bands by RPN, and a severe effect is high whatever its RPN', () => {
    expect(riskBand(s(7, 6, 5))).toBe('high');
    expect(riskBand(s(5, 5, 4))).toBe('medium');
    expect(riskBand(s(7, 2, 2))).toBe('medium');
    expect(riskBand(s(9, 1, 1))).toBe('high');
    expect(riskBand(s(4, 3, 3))).toBe('low');
  });

  it('measures what the action took off the RPN, and nothing before re-scoring', () => {
    expect(rpnReduction(s(7, 6, 5), s(7, 3, 2))).toBeCloseTo(0.8);
    expect(rpnReduction(s(5, 5, 5), s(5, 5, 5))).toBe(0);
    expect(rpnReduction(s(5, 5, 5), null)).toBeNull();
  });

  it('zones the heat map by severity × occurrence, a severe failure red even when rare', () => {
    expect(cellZone(9, 1)).toBe('high');
    expect(cellZone(5, 8)).toBe('high');
    expect(cellZone(6, 3)).toBe('medium');
    expect(cellZone(4, 4)).toBe('low');
  });

  it('gathers failure modes into severity × occurrence cells with the worst RPN of each', () => {
    const cells = heatCells([s(7, 6, 5), s(7, 6, 2), s(3, 2, 2)]);
    expect(cells).toEqual([
      { severity: 3, occurrence: 2, count: 1, maxRpn: 12 },
      { severity: 7, occurrence: 6, count: 2, maxRpn: 210 },
    ]);
  });
});

describe('KANO priority', () => {
  it('weights basic needs above expected and excitement ones at the same impact and cost', () => {
    expect(needScore('basic', 4, 2)).toBe(6);
    expect(needScore('expected', 4, 2)).toBe(4);
    expect(needScore('excitement', 4, 2)).toBe(3);
    expect(needPriority('basic', 4, 2)).toBe('high');
    expect(needPriority('excitement', 1, 5)).toBe('low');
    expect(needPriority('basic', 1, 5)).toBe('medium');
  });
});

describe('the FMEA register and needs pool', () => {
  it('computes RPN and re-scored RPN, lists highest risk first and audits every write', async () => {
    const { ok, db } = await improvementWorkspace();
    const low = await ok('fmea.save', { fields: row({ failureMode: '回访电话漏打', scores: s(3, 3, 3) }) });
    const high = await ok('fmea.save', { fields: row() });
    expect(high).toMatchObject({ rpn: 210, band: 'high', rescoredRpn: null });
    const rescored = await ok('fmea.save', { id: high.id, fields: row({ rescored: s(7, 3, 2) }) });
    expect(rescored.rescoredRpn).toBe(42);
    expect((await ok('fmea.list', {})).map((r) => r.id)).toEqual([high.id, low.id]);
    expect(await ok('fmea.delete', { id: low.id })).toBeNull();
    const entries = db
      .prepare("SELECT action FROM audit_log WHERE entity = 'fmea_item' ORDER BY id")
      .all() as { action: string }[];
    expect(entries.map((e) => e.action)).toEqual(['create', 'create', 'update', 'delete']);
  });

  it('refuses scores outside 1–10 and unknown rows, writing nothing', async () => {
    const { dispatch, db } = await improvementWorkspace();
    const bad = await dispatch('fmea.save', { fields: row({ scores: s(11, 1, 1) }) });
    expect(bad.ok).toBe(false);
    const missing = await dispatch('fmea.save', { id: 99, fields: row() });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    expect(db.prepare('SELECT count(*) AS n FROM fmea_items').get()).toEqual({ n: 0 });
  });

  it('keeps needs in priority order', async () => {
    const { ok } = await improvementWorkspace();
    const base = { source: '满意度调查', impact: 3, cost: 3 };
    await ok('needs.save', { fields: { ...base, need: '进度短信通知', category: 'excitement' } });
    const basic = await ok('needs.save', { fields: { ...base, need: '按约定时间上门', category: 'basic' } });
    expect(basic).toMatchObject({ score: 3, priority: 'medium' });
    const list = await ok('needs.list', {});
    expect(list.map((n) => n.need)).toEqual(['按约定时间上门', '进度短信通知']);
    await ok('needs.save', {
      id: basic.id,
      fields: { ...base, need: '按约定时间上门', category: 'basic', impact: 5, cost: 1 },
    });
    expect((await ok('needs.list', {}))[0]).toMatchObject({ score: 15, priority: 'high' });
  });
});

describe('the FMEA heat map', () => {
  it('draws all 100 severity × occurrence cells, tinted by zone and labelled with their counts', () => {
    const option = fmeaHeatmapOption({
      items: [s(7, 6, 5), s(7, 6, 2), s(3, 2, 2)],
      texts: {
        severity: 'S',
        occurrence: 'O',
        cell: (count, worst) => `${count}/${worst}`,
        zones: { high: 'H', medium: 'M', low: 'L' },
      },
    });
    const series = option.series as { data: number[][] }[];
    const data = series[0]!.data;
    expect(data).toHaveLength(100);
    // [occurrence − 1, severity − 1, zone, count, worst RPN]
    expect(data.find((d) => d[0] === 5 && d[1] === 6)).toEqual([5, 6, 2, 2, 210]);
    expect(data.find((d) => d[0] === 1 && d[1] === 2)).toEqual([1, 2, 0, 1, 12]);
    expect(data.filter((d) => d[3]! > 0)).toHaveLength(2);
  });
});
