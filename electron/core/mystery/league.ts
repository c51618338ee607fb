import type { League, LeagueRow } from '../../../shared/schemas/mystery.ts';
import type { Db } from '../db/open.ts';
import { getWave, previousWave } from './programmes.ts';

const round = (n: number): number => Math.round(n * 100) / 100;

/** Competition ranks (1, 2, 2, 4) by score, highest first; equal rounded scores share a rank; null scores get none. */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const ordered = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  return scores.map((s) => (s === null ? null : ordered.indexOf(s) + 1));
}

interface OutletScore {
  outletId: number;
  outletName: string;
  city: string;
  visits: number;
  score: number | null;
  autoFails: number;
}

/** Every outlet of the wave with the mean score of its published visits (null without one). */
function waveScores(db: Db, waveId: number): OutletScore[] {
  const rows = db
    .prepare(
      `SELECT o.id AS outletId, o.name AS outletName, o.city,
         count(v.id) AS visits, avg(v.score) AS score, count(v.auto_fail) AS autoFails
       FROM mystery_wave_outlets wo
       JOIN outlets o ON o.id = wo.outlet_id
       LEFT JOIN mystery_visits v ON v.wave_id = wo.wave_id AND v.outlet_id = wo.outlet_id AND v.status = 'published'
       WHERE wo.wave_id = ?
       GROUP BY o.id
       ORDER BY o.code`,
    )
    .all(waveId) as OutletScore[];
  return rows.map((r) => ({ ...r, score: r.score === null ? null : round(r.score) }));
}

/**
 * The outlet league of a wave: rank by mean published visit score, with the outlet's rank and score in the
 * programme's previous wave and the change (places up is positive). Unranked outlets come last.
 */
export function leagueTable(db: Db, waveId: number): League {
  const wave = getWave(db, waveId);
  const prev = previousWave(db, wave);
  const current = waveScores(db, waveId);
  const ranks = competitionRanks(current.map((r) => r.score));
  const before = new Map<number, { score: number | null; rank: number | null }>();
  if (prev) {
    const scores = waveScores(db, prev.id);
    const prevRanks = competitionRanks(scores.map((r) => r.score));
    scores.forEach((r, i) => before.set(r.outletId, { score: r.score, rank: prevRanks[i] ?? null }));
  }
  const rows: LeagueRow[] = current.map((r, i) => {
    const rank = ranks[i] ?? null;
    const p = before.get(r.outletId);
    const previousRank = p?.rank ?? null;
    const previousScore = p?.score ?? null;
    return {
      ...r,
      rank,
      previousRank,
      previousScore,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      scoreChange: r.score !== null && previousScore !== null ? round(r.score - previousScore) : null,
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.outletName.localeCompare(b.outletName));
  return { waveId, waveName: wave.name, previousWaveId: prev?.id ?? null, previousWaveName: prev?.name ?? null, rows };
}
