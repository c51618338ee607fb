/** Calibration sessions and the auditor workload / leniency view of the audits area. Methods are in shared/api.ts. */
import { z } from 'zod';
import { CHANNELS } from '../domain/enums.ts';
import { Answers, ITEM_SCALES, ScoreResult, Template } from './audits.ts';
import { Id } from './tickets.ts';

export const CALIBRATION_STATUSES = ['open', 'revealed'] as const;

export const AuditorName = z.string().trim().min(1).max(100);

export const CalibrationCreate = z
  .object({
    title: z.string().trim().min(1).max(200),
    templateId: Id,
    /** The record's external id (as imported) or its number as #123 or 123. */
    ticketRef: z.string().trim().min(1).max(100),
    auditors: z
      .array(AuditorName)
      .min(2)
      .max(12)
      .refine((names) => new Set(names).size === names.length, 'each auditor is named once'),
  })
  .strict();
export type CalibrationCreate = z.infer<typeof CalibrationCreate>;

export const CalibrationSummary = z.object({
  id: z.number(),
  title: z.string(),
  month: z.string(),
  status: z.enum(CALIBRATION_STATUSES),
  templateId: z.number(),
  templateCode: z.string(),
  templateNameZh: z.string(),
  templateNameEn: z.string(),
  templateVersion: z.number(),
  ticketId: z.number(),
  ticketRef: z.string(),
  subject: z.string(),
  /** Named auditors, in the order given; who has submitted is public, what they answered is not. */
  auditors: z.array(z.object({ name: z.string(), submitted: z.boolean() })),
  createdBy: z.string(),
  createdAt: z.number(),
  revealedAt: z.number().nullable(),
});
export type CalibrationSummary = z.infer<typeof CalibrationSummary>;

/** What one auditor sees while the session is open: the record, the template and only their own answers. */
export const CalibrationEntry = z.object({
  session: CalibrationSummary,
  auditor: z.string(),
  template: Template,
  channel: z.enum(CHANNELS),
  description: z.string(),
  resolution: z.string().nullable(),
  answers: Answers,
  result: ScoreResult,
  submittedAt: z.number().nullable(),
  updatedAt: z.number(),
});
export type CalibrationEntry = z.infer<typeof CalibrationEntry>;

export const CalibrationAuditorResult = z.object({
  auditor: z.string(),
  score: z.number().nullable(),
  /** score − consensus score, in points; null when either is missing. */
  deviation: z.number().nullable(),
  /** Items where the auditor gave the consensus answer, of the items that have one. */
  matches: z.number(),
  comparable: z.number(),
});
export type CalibrationAuditorResult = z.infer<typeof CalibrationAuditorResult>;

/** An answer as text in results: a scale value, "na", or "-" when the auditor left it empty. */
export const CalibrationItemResult = z.object({
  key: z.string(),
  sectionKey: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  scale: z.enum(ITEM_SCALES),
  /** The modal answer; null when two or more answers tie for most frequent (a split item). */
  consensus: z.string().nullable(),
  /** Share (0–1) of auditors giving the most frequent answer. */
  agreement: z.number(),
  answers: z.record(z.string(), z.string()),
});
export type CalibrationItemResult = z.infer<typeof CalibrationItemResult>;

export const CalibrationResults = z.object({
  session: CalibrationSummary,
  /** Mean of the submitted auditors' scores. */
  consensusScore: z.number().nullable(),
  auditors: z.array(CalibrationAuditorResult),
  /** Lowest agreement first. */
  items: z.array(CalibrationItemResult),
  /** Mean of the items' agreement. */
  meanAgreement: z.number().nullable(),
  /** Fleiss' kappa over pass / fail / N/A per item; null when it is undefined (a single category throughout). */
  kappa: z.number().nullable(),
});
export type CalibrationResults = z.infer<typeof CalibrationResults>;

// ---------- auditor workload and leniency ----------

export const LENIENCY_FLAGS = ['lenient', 'strict', 'none'] as const;

export const AuditorMonthRow = z.object({
  auditor: z.string(),
  month: z.string(),
  audits: z.number(),
  average: z.number(),
  /** Mean, over the auditor's audits, of the average of all auditors on the same template code in the same month. */
  comparable: z.number(),
  /** average − comparable, in points: above zero is more lenient than peers. */
  difference: z.number(),
  /** Mean deviation from consensus in the month's revealed calibration sessions; null without one. */
  calibration: z.number().nullable(),
  flag: z.enum(LENIENCY_FLAGS),
});
export type AuditorMonthRow = z.infer<typeof AuditorMonthRow>;
