/** Schemas of the outlet league table (shared/domain/kpi-league.ts); the methods are listed in shared/api.ts. */
import { z } from 'zod';
import { LEAGUE_KPIS, MAX_LEAGUE_WEIGHT } from '../domain/kpi-league.ts';
import { KpiId, PeriodOut, PeriodText } from './kpi.ts';

export const LeagueWeight = z.object({
  kpi: KpiId,
  weight: z.number().finite().min(0).max(MAX_LEAGUE_WEIGHT),
});

/** Every component once, each weight 0–100, not all zero (a league needs something to rank by). */
export const LeagueWeightsInput = z
  .object({ weights: z.array(LeagueWeight.strict()).max(LEAGUE_KPIS.length) })
  .strict()
  .superRefine((v, ctx) => {
    const kpis = v.weights.map((w) => w.kpi);
    if (kpis.length !== LEAGUE_KPIS.length || LEAGUE_KPIS.some((k) => !kpis.includes(k))) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: `needs exactly one weight for each of ${LEAGUE_KPIS.join(', ')}`,
        params: { reason: 'league_components' },
      });
    }
    if (v.weights.every((w) => w.weight === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: 'at least one weight must be above 0',
        params: { reason: 'league_all_zero' },
      });
    }
  });

export const LeagueWeights = z.object({
  weights: z.array(LeagueWeight),
  /** False while the defaults apply. */
  custom: z.boolean(),
});
export type LeagueWeights = z.infer<typeof LeagueWeights>;

export const LeagueInput = z.object({ period: PeriodText }).strict();

export const LeagueRow = z.object({
  outletId: z.number().int(),
  code: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  previousRank: z.number().int().nullable(),
  /** previousRank − rank: positive = moved up; null without both ranks. */
  rankChange: z.number().int().nullable(),
  redistributed: z.boolean(),
  components: z.array(
    z.object({
      kpi: KpiId,
      value: z.number().nullable(),
      points: z.number().nullable(),
      weight: z.number(),
      share: z.number(),
    }),
  ),
});
export type LeagueRow = z.infer<typeof LeagueRow>;

export const LeagueTable = z.object({
  period: PeriodOut,
  previous: PeriodOut,
  weights: LeagueWeights,
  rows: z.array(LeagueRow),
});
export type LeagueTable = z.infer<typeof LeagueTable>;
