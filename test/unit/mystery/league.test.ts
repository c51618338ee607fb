import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../../electron/core/mystery/league.ts';
import { mysteryWorkspace, PERFECT } from './workspace.ts';

describe('competition ranks', () => {
  it('share a rank on equal scores and skip the places they take; no score, no rank', () => {
    expect(competitionRanks([80, 95, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('the outlet league of a wave', () => {
  it('ranks outlets by mean published score with ties, and shows rank and score change since the previous wave', async () => {
    const { ok, q1, q2, publish } = await mysteryWorkspace();
    // Q1: SH01 100, HZ01 75 (knows 3 → service 50 with tea 0), NJ01 75, SZ01 none.
    await publish(q1.id, 1, PERFECT, '2026-02-01');
    await publish(q1.id, 2, { ...PERFECT, knows: 3 }, '2026-02-02');
    await publish(q1.id, 3, { ...PERFECT, knows: 3 }, '2026-02-03');
    // Q2: HZ01 100 (moves up 1), SH01 two visits 100 and 75 → 87.5 (down 1), NJ01 75 (stays 3), SZ01 75 (new, tied 3rd).
    await publish(q2.id, 2, PERFECT, '2026-05-01');
    await publish(q2.id, 1, PERFECT, '2026-05-02');
    await publish(q2.id, 1, { ...PERFECT, knows: 3 }, '2026-05-03');
    await publish(q2.id, 3, { ...PERFECT, knows: 3 }, '2026-05-04');
    await publish(q2.id, 4, { ...PERFECT, knows: 3 }, '2026-05-05');
    // A draft never counts.
    await ok('mystery.visits.save', { fields: { waveId: q2.id, outletId: 4, scenarioId: null, shopper: 'x', visitedOn: '2026-05-06', visitTime: '09:00', durationMin: 5, answers: { clean: 0 }, findings: {}, comments: '' } });

    const first = await ok('mystery.league', { waveId: q1.id });
    expect(first.previousWaveId).toBeNull();
    expect(first.rows.map((r) => [r.outletName, r.score, r.rank, r.rankChange])).toEqual([
      ['上海徐汇网点', 100, 1, null],
      ['南京鼓楼网点', 75, 2, null],
      ['杭州西湖网点', 75, 2, null],
      ['深圳南山网点', null, null, null],
    ]);

    const second = await ok('mystery.league', { waveId: q2.id });
    expect(second.previousWaveName).toBe('2026 Q1');
    expect(second.rows.map((r) => [r.outletName, r.visits, r.score, r.rank, r.previousRank, r.rankChange, r.scoreChange])).toEqual([
      ['杭州西湖网点', 1, 100, 1, 2, 1, 25],
      ['上海徐汇网点', 2, 87.5, 2, 1, -1, -12.5],
      ['南京鼓楼网点', 1, 75, 3, 2, -1, 0],
      ['深圳南山网点', 1, 75, 3, null, null, null],
    ]);
  });

  it('gives the section heat map, the trend across waves and the best and worst items of a wave', async () => {
    const { ok, programme, q1, q2, publish } = await mysteryWorkspace();
    await publish(q1.id, 1, PERFECT, '2026-02-01');
    await publish(q1.id, 2, { ...PERFECT, clean: 0, knows: 1 }, '2026-02-02');
    await publish(q2.id, 2, PERFECT, '2026-05-01');

    const heat = await ok('mystery.heat', { waveId: q1.id });
    expect(heat.sections.map((s) => s.key)).toEqual(['environment', 'service']);
    expect(heat.outlets.map((o) => o.id)).toEqual([2, 1]);
    expect(heat.cells).toEqual([[0, 0, 50], [0, 1, 0], [1, 0, 100], [1, 1, 100]]);

    const trend = await ok('mystery.trend', { programmeId: programme.id });
    expect(trend.waves.map((w) => w.name)).toEqual(['2026 Q1', '2026 Q2']);
    expect(trend.outlets.find((o) => o.id === 2)?.scores).toEqual([25, 100]);
    expect(trend.outlets.find((o) => o.id === 1)?.scores).toEqual([100, null]);

    const items = await ok('mystery.items', { waveId: q1.id });
    expect(items.map((i) => [i.key, i.average, i.failures])).toEqual([
      ['greeted', 100, 0],
      ['clean', 50, 1],
      ['knows', 50, 1],
      ['bonus_tea', 0, 2],
    ]);
  });
});
