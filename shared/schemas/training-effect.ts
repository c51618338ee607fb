import { z } from 'zod';
import { Id } from './tickets.ts';

export const EFFECT_METRICS = ['csat', 'first_response', 'fcr', 'repeat_complaints'] as const;
export const EFFECT_VERDICTS = ['improved', 'worsened', 'no_change', 'not_enough_data'] as const;
export type EffectMetricId = (typeof EFFECT_METRICS)[number];

/** A session, or a course (each trainee's first attended session of it), and the months on each side. */
export const EffectQuery = z
  .object({
    sessionId: Id.optional(),
    courseId: Id.optional(),
    months: z.number().int().min(3).max(6).default(3),
  })
  .strict()
  .refine((q) => (q.sessionId === undefined) !== (q.courseId === undefined), {
    message: 'give either a session or a course',
    path: ['sessionId'],
  });

const Window = z.object({
  /** Trainees' tickets (all of them), and those the metric is measured on (rated, answered, complaints…). */
  tickets: z.number(),
  n: z.number(),
  /** A mean (CSAT 1–5, minutes) or a rate 0–1; null with no observation. */
  value: z.number().nullable(),
  /** Standard deviation of a mean's observations; null for a rate. */
  sd: z.number().nullable(),
});

export const EffectMetric = z.object({
  id: z.enum(EFFECT_METRICS),
  kind: z.enum(['mean', 'rate']),
  better: z.enum(['higher', 'lower']),
  before: Window,
  after: Window,
  /** after − before, its 95 % interval and the test; null when there is nothing to test. */
  diff: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  statistic: z.number().nullable(),
  df: z.number().nullable(),
  p: z.number().nullable(),
  verdict: z.enum(EFFECT_VERDICTS),
});
export type EffectMetric = z.infer<typeof EffectMetric>;

export const TrainingEffect = z.object({
  scope: z.object({ kind: z.enum(['session', 'course']), id: z.number(), name: z.string() }),
  months: z.number(),
  /** Attended trainees measured. */
  trainees: z.number(),
  /** The earliest and latest day of the windows (a course's trainees each have their own). */
  before: z.object({ from: z.string(), to: z.string() }),
  after: z.object({ from: z.string(), to: z.string() }),
  /** False while some after-window still runs past today: the figures will change. */
  afterComplete: z.boolean(),
  minSample: z.number(),
  metrics: z.array(EffectMetric),
});
export type TrainingEffect = z.infer<typeof TrainingEffect>;
