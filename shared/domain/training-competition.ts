/**
 * Ranking and awards of a skills competition (seed 000: quarterly competitions), from the session's own scores so
 * the ranking always matches the score grid.
 */

export const AWARDS = ['first', 'second', 'third'] as const;
export type Award = (typeof AWARDS)[number];

/** The worst rank each award reaches: one first prize, two second prizes, three third prizes (ties share). */
const AWARD_UP_TO: Record<Award, number> = { first: 1, second: 3, third: 6 };

export interface Competitor {
  staffId: number;
  /** Counting (latest) score per part id; a competitor missing a part is not ranked. */
  scores: ReadonlyMap<number, number>;
}

export interface Ranked {
  staffId: number;
  total: number;
  /** Standard competition ranking: equal totals share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
  award: Award | null;
}

export function rankCompetitors(partIds: readonly number[], competitors: readonly Competitor[]): Ranked[] {
  const complete = competitors
    .filter((c) => partIds.length > 0 && partIds.every((id) => c.scores.has(id)))
    .map((c) => ({ staffId: c.staffId, total: partIds.reduce((sum, id) => sum + (c.scores.get(id) ?? 0), 0) }))
    .sort((a, b) => b.total - a.total || a.staffId - b.staffId);
  let rank = 0;
  return complete.map((c, i) => {
    if (i === 0 || c.total !== complete[i - 1]!.total) rank = i + 1;
    const award = AWARDS.find((a) => rank <= AWARD_UP_TO[a]) ?? null;
    return { ...c, rank, award };
  });
}
