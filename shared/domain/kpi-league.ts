import { KPI_CATALOG, type KpiDirection, type KpiId } from './kpi-catalog.ts';

/**
 * The outlet league table: outlets ranked by one weighted score over several KPIs. Each KPI is put on a 0–100 scale
 * by min–max across the outlets that have a value (the best outlet 100, the worst 0, direction aware; all equal →
 * 100), so KPIs of different units and without targets can be combined. An outlet missing a KPI has that weight
 * spread over its other components in proportion to their weights; without any component it has no score and no
 * rank. Ranks are competition ranks: equal scores share a rank and the next rank is skipped (1, 2, 2, 4).
 */

export interface LeagueWeight {
  kpi: KpiId;
  /** Relative weight, 0–100; the weights need not add up to 100. */
  weight: number;
}

/** Default components and weights (they add up to 100: customers' voice, resolution, speed, complaints, QA, mystery shops). */
export const LEAGUE_DEFAULTS: readonly LeagueWeight[] = [
  { kpi: 'csat_avg', weight: 20 },
  { kpi: 'fcr_rate', weight: 15 },
  { kpi: 'sla_response_rate', weight: 15 },
  { kpi: 'complaint_rate', weight: 15 },
  { kpi: 'qa_score_avg', weight: 15 },
  { kpi: 'mystery_score_avg', weight: 20 },
];

export const LEAGUE_KPIS: readonly KpiId[] = LEAGUE_DEFAULTS.map((d) => d.kpi);
export const MAX_LEAGUE_WEIGHT = 100;

/** Min–max scale of one KPI across outlets, 0 (worst) … 100 (best); null stays null. */
export function normalise(values: readonly (number | null)[], direction: KpiDirection): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return values.map(() => null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values.map((v) => {
    if (v === null) return null;
    if (max === min) return 100;
    const share = (v - min) / (max - min);
    return 100 * (direction === 'lower' ? 1 - share : share);
  });
}

export interface LeagueComponent {
  kpi: KpiId;
  value: number | null;
  /** 0–100 after normalisation; null when the outlet has no value. */
  points: number | null;
  /** The weight as set, and the share of the score it carries for this outlet after redistribution (0–1). */
  weight: number;
  share: number;
}

export interface LeagueEntry<T> {
  outlet: T;
  score: number | null;
  rank: number | null;
  components: LeagueComponent[];
  /** Some weighted component had no value: its weight went to the others. */
  redistributed: boolean;
}

/** Scores equal to this many decimals share a rank (floating-point noise must not split a tie). */
const TIE_DECIMALS = 6;

/** Competition ranks of scores, best (highest) first; null scores have no rank. */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const key = (s: number) => Math.round(s * 10 ** TIE_DECIMALS);
  const present = scores.filter((s): s is number => s !== null).map(key);
  return scores.map((s) => (s === null ? null : 1 + present.filter((o) => o > key(s)).length));
}

/**
 * The league of outlets from each outlet's KPI values. Components with weight 0 are shown but carry nothing.
 * Entries come back ranked, unranked last, ties in the outlets' given order.
 */
export function buildLeague<T>(
  outlets: readonly { outlet: T; values: Partial<Record<KpiId, number | null>> }[],
  weights: readonly LeagueWeight[],
): LeagueEntry<T>[] {
  const points = new Map(
    weights.map((w) => [
      w.kpi,
      normalise(
        outlets.map((o) => o.values[w.kpi] ?? null),
        KPI_CATALOG[w.kpi].direction,
      ),
    ]),
  );
  const entries = outlets.map((o, i) => {
    const raw = weights.map((w) => ({
      kpi: w.kpi,
      value: o.values[w.kpi] ?? null,
      points: points.get(w.kpi)?.[i] ?? null,
      weight: w.weight,
    }));
    const carried = raw.filter((c) => c.points !== null).reduce((sum, c) => sum + c.weight, 0);
    const components = raw.map((c) => ({
      ...c,
      share: c.points === null || carried === 0 ? 0 : c.weight / carried,
    }));
    const score =
      carried === 0
        ? null
        : components.reduce((sum, c) => sum + (c.points === null ? 0 : c.points * c.share), 0);
    const redistributed = carried > 0 && raw.some((c) => c.points === null && c.weight > 0);
    return { outlet: o.outlet, score, rank: null as number | null, components, redistributed };
  });
  const ranks = competitionRanks(entries.map((e) => e.score));
  entries.forEach((e, i) => (e.rank = ranks[i] ?? null));
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.rank ?? Infinity) - (b.e.rank ?? Infinity) || a.i - b.i)
    .map(({ e }) => e);
}
