/** FMEA register of service failure modes (improvement loop). Methods are in shared/api.ts. */
import { z } from 'zod';

const Score = z.number().int().min(1).max(10);

export const FmeaScores = z.object({ severity: Score, occurrence: Score, detection: Score }).strict();

export const FmeaFields = z
  .object({
    processStep: z.string().trim().min(1).max(120),
    failureMode: z.string().trim().min(1).max(300),
    effect: z.string().max(1000),
    cause: z.string().max(1000),
    controls: z.string().max(1000),
    scores: FmeaScores,
    recommendedAction: z.string().max(1000),
    /** Scores after the recommended action, once the team has re-scored; null before. */
    rescored: FmeaScores.nullable(),
  })
  .strict();
export type FmeaFields = z.infer<typeof FmeaFields>;

export const FmeaItem = FmeaFields.extend({
  id: z.number(),
  rpn: z.number(),
  band: z.enum(['high', 'medium', 'low']),
  rescoredRpn: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type FmeaItem = z.infer<typeof FmeaItem>;
