/** KANO needs pool (improvement loop). Methods are in shared/api.ts. */
import { z } from 'zod';
import { KANO_CATEGORIES } from '../domain/kano.ts';

const Scale5 = z.number().int().min(1).max(5);

export const NeedFields = z
  .object({
    need: z.string().trim().min(1).max(300),
    /** Where the need was heard: a survey, complaint analysis, callback, mystery shop… */
    source: z.string().max(200),
    category: z.enum(KANO_CATEGORIES),
    impact: Scale5,
    cost: Scale5,
  })
  .strict();
export type NeedFields = z.infer<typeof NeedFields>;

export const Need = NeedFields.extend({
  id: z.number(),
  score: z.number(),
  priority: z.enum(['high', 'medium', 'low']),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Need = z.infer<typeof Need>;
