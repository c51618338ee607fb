import { z } from 'zod';
import { Id } from './tickets.ts';
import { TrainingDate } from './training.ts';

export const PLAN_DAYS = [30, 60, 90] as const;
export const PLAN_OUTCOMES = ['met', 'extended', 'not_met'] as const;
export const PLAN_STATES = ['active', 'met', 'extended', 'not_met'] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

const Goal = z.string().trim().min(1).max(300);

export const PlanFields = z
  .object({
    staffId: Id,
    mentorId: Id.nullable(),
    reason: z.string().trim().min(1).max(300),
    startOn: TrainingDate,
    /** The goal to reach by day 30, 60 and 90. */
    goals: z.object({ 30: Goal, 60: Goal, 90: Goal }).strict(),
  })
  .strict()
  .refine((p) => p.mentorId !== p.staffId, { message: 'a mentor is someone else', path: ['mentorId'] });
export type PlanFields = z.infer<typeof PlanFields>;

export const PlanSummary = z.object({
  id: z.number(),
  staffId: z.number(),
  employeeNo: z.string(),
  staffName: z.string(),
  outletName: z.string().nullable(),
  mentorId: z.number().nullable(),
  mentorName: z.string().nullable(),
  reason: z.string(),
  startOn: z.string(),
  /** Day 90 of the plan. */
  endOn: z.string(),
  state: z.enum(PLAN_STATES),
  goalsMet: z.number(),
  checkins: z.number(),
  lastCheckinOn: z.string().nullable(),
  updatedAt: z.number(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanDetail = PlanSummary.extend({
  goals: z.array(z.object({ day: z.number(), goal: z.string(), dueOn: z.string(), met: z.boolean().nullable() })),
  checkinList: z.array(z.object({ id: z.number(), onDate: z.string(), note: z.string(), createdBy: z.string(), createdAt: z.number() })),
  outcomeNote: z.string(),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const PlanReview = z
  .object({
    id: Id,
    /** Milestone reviews: day → met (null: not reviewed yet). */
    met: z.object({ 30: z.boolean().nullable(), 60: z.boolean().nullable(), 90: z.boolean().nullable() }).partial().strict(),
    /** Closing the plan; null reopens it. */
    outcome: z.enum(PLAN_OUTCOMES).nullable().optional(),
    outcomeNote: z.string().trim().max(1000).optional(),
  })
  .strict();

export const PlanCheckin = z
  .object({ id: Id, onDate: TrainingDate, note: z.string().trim().min(1).max(2000) })
  .strict();
