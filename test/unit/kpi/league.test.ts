import { describe, expect, it } from 'vitest';
import {
  buildLeague,
  competitionRanks,
  LEAGUE_DEFAULTS,
  normalise,
} from '../../../shared/domain/kpi-league.ts';
import { at, REF, ticketWorkspace } from '../tickets/workspace.ts';

describe('league normalisation and ranks', () => {
  it('scales each KPI 0–100 by min–max across outlets, reversed where lower is better', () => {
    expect(normalise([80, 90, 100, null], 'higher')).toEqual([0, 50, 100, null]);
    expect(normalise([10, 20, 15], 'lower')).toEqual([100, 0, 50]);
    // all equal: nobody is behind
    expect(normalise([4.2, 4.2], 'higher')).toEqual([100, 100]);
    expect(normalise([null, null], 'higher')).toEqual([null, null]);
  });

  it('gives competition ranks: ties share a rank and skip the next, no score no rank', () => {
    expect(competitionRanks([70, 90, 70, null, 50])).toEqual([2, 1, 2, null, 4]);
    // floating-point noise does not split a tie
    expect(competitionRanks([0.1 + 0.2, 0.3])).toEqual([1, 1]);
  });

  it('weights the normalised components and spreads a missing KPI’s weight over the others', () => {
    const weights = [
      { kpi: 'csat_avg', weight: 50 },
      { kpi: 'complaint_rate', weight: 30 },
      { kpi: 'qa_score_avg', weight: 20 },
    ] as const;
    const league = buildLeague(
      [
        { outlet: 'A', values: { csat_avg: 4.5, complaint_rate: 10, qa_score_avg: 80 } },
        { outlet: 'B', values: { csat_avg: 4.0, complaint_rate: 20, qa_score_avg: null } },
        { outlet: 'C', values: { csat_avg: 3.5, complaint_rate: 15, qa_score_avg: 90 } },
        { outlet: 'D', values: {} },
      ],
      weights,
    );
    // csat → A 100, B 50, C 0; complaint rate (lower is better) → A 100, B 0, C 50; QA → A 0, C 100
    // A = .5·100 + .3·100 + .2·0 = 80; C = .5·0 + .3·50 + .2·100 = 35;
    // B has no QA: its 20 go to csat and complaints in proportion, 50/80·50 + 30/80·0 = 31.25
    expect(league.map((e) => [e.outlet, e.rank])).toEqual([
      ['A', 1],
      ['C', 2],
      ['B', 3],
      ['D', null],
    ]);
    expect(league[0]!.score).toBeCloseTo(80, 9);
    expect(league[1]!.score).toBeCloseTo(35, 9);
    expect(league[2]).toMatchObject({ redistributed: true });
    expect(league[2]!.score).toBeCloseTo(31.25, 9);
    expect(league[2]!.components.map((c) => c.share)).toEqual([0.625, 0.375, 0]);
    expect(league[0]).toMatchObject({ redistributed: false });
    expect(league[3]).toMatchObject({ score: null, redistributed: false });
  });

  it('ranks equal outlets equal and keeps a zero-weight component out of the score', () => {
    const league = buildLeague(
      [
        { outlet: 'A', values: { csat_avg: 4, fcr_rate: 50 } },
        { outlet: 'B', values: { csat_avg: 4, fcr_rate: 90 } },
        { outlet: 'C', values: { csat_avg: 3, fcr_rate: 99 } },
      ],
      [
        { kpi: 'csat_avg', weight: 10 },
        { kpi: 'fcr_rate', weight: 0 },
      ],
    );
    expect(league.map((e) => [e.outlet, e.rank, e.score])).toEqual([
      ['A', 1, 100],
      ['B', 1, 100],
      ['C', 3, 0],
    ]);
  });
});

/** Shanghai: two October tickets rated 5; Beijing: a complaint rated 3 and a repair rated 3 in October, one ticket in September. */
async function twoOutlets() {
  const ws = await ticketWorkspace();
  const beijing = { outletId: REF.outlets.beijing, teamId: null, assigneeId: null };
  ws.add({ createdAt: at('2026-10-05', '10:00'), csat: 5 });
  ws.add({ createdAt: at('2026-10-06', '10:00'), csat: 5 });
  ws.add({ ...beijing, type: 'complaint', createdAt: at('2026-10-07', '10:00'), csat: 3 });
  ws.add({ ...beijing, createdAt: at('2026-10-08', '10:00'), csat: 3 });
  ws.add({ ...beijing, createdAt: at('2026-09-08', '10:00'), csat: 5 });
  return ws;
}

describe('outlet league through the contract', () => {
  it('ranks the outlets of a period with the rank change vs the previous period', async () => {
    const { dispatch } = await twoOutlets();
    const weights = LEAGUE_DEFAULTS.map((d) => ({
      kpi: d.kpi,
      weight: d.kpi === 'csat_avg' || d.kpi === 'complaint_rate' ? 50 : 0,
    }));
    const saved = await dispatch('kpi.league.weights.set', { weights });
    expect(saved.ok && saved.value.custom).toBe(true);
    const r = await dispatch('kpi.league', { period: '2026-10' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.previous.text).toBe('2026-09');
    // Shanghai: CSAT 5 → 100, no complaints → 100; Beijing: CSAT 3 → 0, 50 % complaints → 0.
    expect(r.value.rows.map((x) => [x.code, x.rank, x.score, x.previousRank, x.rankChange])).toEqual([
      ['SH01', 1, 100, null, null],
      ['BJ01', 2, 0, 1, -1],
    ]);
    // Only CSAT counts: Beijing's September was alone and first.
    const csatOnly = weights.map((w) => ({ ...w, weight: w.kpi === 'csat_avg' ? 10 : 0 }));
    await dispatch('kpi.league.weights.set', { weights: csatOnly });
    const sep = await dispatch('kpi.league', { period: '2026-09' });
    expect(sep.ok && sep.value.rows.map((x) => [x.code, x.rank])).toEqual([
      ['BJ01', 1],
      ['SH01', null],
    ]);
  });

  it('refuses negative, all-zero or incomplete weights and keeps the saved ones; reset brings back the defaults', async () => {
    const { dispatch, db } = await twoOutlets();
    const defaults = LEAGUE_DEFAULTS.map((d) => ({ ...d }));
    await dispatch('kpi.league.weights.set', {
      weights: defaults.map((d, i) => ({ ...d, weight: i === 0 ? 60 : d.weight })),
    });
    for (const weights of [
      defaults.map((d, i) => ({ ...d, weight: i === 0 ? -1 : d.weight })),
      defaults.map((d) => ({ ...d, weight: 0 })),
      defaults.slice(1),
    ]) {
      const refused = await dispatch('kpi.league.weights.set', { weights });
      expect(refused.ok ? null : refused.error.code).toBe('INVALID_INPUT');
    }
    const table = await dispatch('kpi.league', { period: '2026-10' });
    expect(table.ok && table.value.weights.weights[0]).toEqual({ kpi: 'csat_avg', weight: 60 });
    const reset = await dispatch('kpi.league.weights.reset', {});
    expect(reset.ok && reset.value).toEqual({ weights: LEAGUE_DEFAULTS, custom: false });
    expect(
      db
        .prepare("SELECT action FROM audit_log WHERE entity = 'kpi_league_weights' ORDER BY id")
        .pluck()
        .all(),
    ).toEqual(['create', 'delete']);
  });
});
