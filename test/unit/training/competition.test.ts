import { describe, expect, it } from 'vitest';
import { rankCompetitors } from '../../../shared/domain/training-competition.ts';

const entrant = (staffId: number, theory?: number, practice?: number) => ({
  staffId,
  scores: new Map<number, number>([
    ...(theory === undefined ? [] : [[1, theory] as [number, number]]),
    ...(practice === undefined ? [] : [[2, practice] as [number, number]]),
  ]),
});

describe('skills competition ranking', () => {
  it('ranks by total, shares ranks on ties, skips the next rank, and awards 1 / 2 / 3 places by rank', () => {
    const ranked = rankCompetitors([1, 2], [
      entrant(10, 90, 95), // 185
      entrant(11, 80, 90), // 170
      entrant(12, 85, 85), // 170
      entrant(13, 70, 90), // 160
      entrant(14, 60, 90), // 150
      entrant(15, 70, 75), // 145
      entrant(16, 70, 70), // 140
      entrant(17, 99), // no practical score: not ranked
    ]);
    expect(ranked.map((r) => [r.staffId, r.total, r.rank, r.award])).toEqual([
      [10, 185, 1, 'first'],
      [11, 170, 2, 'second'],
      [12, 170, 2, 'second'],
      [13, 160, 4, 'third'],
      [14, 150, 5, 'third'],
      [15, 145, 6, 'third'],
      [16, 140, 7, null],
    ]);
  });

  it('ranks nobody without parts or complete scores', () => {
    expect(rankCompetitors([], [entrant(1, 50, 50)])).toEqual([]);
    expect(rankCompetitors([1, 2], [entrant(1, 50)])).toEqual([]);
  });
});
