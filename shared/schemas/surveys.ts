/** Schemas of the surveys area (methods `surveys.*` in shared/api.ts). */
import { z } from 'zod';
import { CHANNELS } from '../domain/enums.ts';
import { SERVQUAL_DIMENSIONS, SERVQUAL_ITEM_COUNT, SERVQUAL_SCALE } from '../domain/servqual.ts';
import { CES_RANGE, CSAT_RANGE, NPS_RANGE, SURVEY_SOURCES } from '../domain/surveys.ts';
import { FixedImportSummary } from './importers.ts';
import { PeriodText } from './kpi.ts';
import { Id } from './tickets.ts';
import { TrainingDate } from './training.ts';

/** The local day a customer answered (YYYY-MM-DD, a real day). */
export const SurveyDate = TrainingDate;

const score = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max).nullable();

export const SurveyResponseFields = z
  .object({
    /** The ticket answered about: its external id, or its number (id); null for a standalone answer. */
    ticketRef: z.string().trim().min(1).max(64).nullable(),
    /** Standalone answers name their outlet and channel; a linked answer takes the ticket's when left null. */
    outletId: Id.nullable(),
    channel: z.enum(CHANNELS).nullable(),
    respondedOn: SurveyDate,
    csat: score(CSAT_RANGE),
    nps: score(NPS_RANGE),
    ces: score(CES_RANGE),
    comment: z.string().trim().max(2000).default(''),
  })
  .strict()
  .refine((f) => f.csat !== null || f.nps !== null || f.ces !== null, {
    message: 'a response needs at least one of CSAT, NPS and CES',
    path: ['csat'],
  });
export type SurveyResponseFields = z.infer<typeof SurveyResponseFields>;

export const SurveyResponse = z.object({
  id: z.number(),
  ticketId: z.number().nullable(),
  /** The linked ticket's external id, else its number as text; null when standalone. */
  ticketLabel: z.string().nullable(),
  outletId: z.number().nullable(),
  outletName: z.string().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  respondedOn: z.string(),
  csat: z.number().nullable(),
  nps: z.number().nullable(),
  ces: z.number().nullable(),
  comment: z.string(),
  source: z.enum(SURVEY_SOURCES),
  createdAt: z.number(),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const SurveyFilter = z
  .object({
    period: PeriodText.optional(),
    outletId: Id.optional(),
    channel: z.enum(CHANNELS).optional(),
    link: z.enum(['ticket', 'standalone']).optional(),
  })
  .strict();
export type SurveyFilter = z.infer<typeof SurveyFilter>;

/** Columns the responses grid may sort by (the SQL whitelist maps each to one expression). */
export const SURVEY_SORT_COLUMNS = ['respondedOn', 'outletName', 'channel', 'ticketLabel', 'csat', 'nps', 'ces', 'id'] as const;
export type SurveySortColumn = (typeof SURVEY_SORT_COLUMNS)[number];

export const SurveyPage = z.object({ rows: z.array(SurveyResponse), total: z.number() });
export type SurveyPage = z.infer<typeof SurveyPage>;

/** The figures of a group of responses; each has its own denominator (`csatN`, `npsN`, `cesN`). */
export const SurveyFigures = z.object({
  responses: z.number(),
  csatN: z.number(),
  csatAvg: z.number().nullable(),
  /** % of CSAT answers that are 4 or 5. */
  csatShare: z.number().nullable(),
  npsN: z.number(),
  promoters: z.number(),
  passives: z.number(),
  detractors: z.number(),
  /** % promoters (9–10) − % detractors (0–6). */
  nps: z.number().nullable(),
  cesN: z.number(),
  cesAvg: z.number().nullable(),
});
export type SurveyFigures = z.infer<typeof SurveyFigures>;

export const SURVEY_GROUPS = ['outlet', 'month', 'channel'] as const;
export type SurveyGroup = (typeof SURVEY_GROUPS)[number];

export const SurveySummary = z.object({
  total: SurveyFigures,
  /** Groups in order (outlets by name, months ascending, channels in enum order); `key` is '' for "none". */
  groups: z.array(SurveyFigures.extend({ key: z.string(), label: z.string() })),
});
export type SurveySummary = z.infer<typeof SurveySummary>;

export const SurveyCoverage = z.object({
  responses: z.number(),
  servqual: z.number(),
  /** First and last answered day over both kinds; null in an empty workspace. */
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
});
export type SurveyCoverage = z.infer<typeof SurveyCoverage>;

// ---------- SERVQUAL ----------

const servqualScore = z.number().int().min(SERVQUAL_SCALE.min).max(SERVQUAL_SCALE.max);

export const ServqualAnswer = z
  .object({ item: z.number().int().min(1).max(SERVQUAL_ITEM_COUNT), expectation: servqualScore, perception: servqualScore })
  .strict();
export type ServqualAnswer = z.infer<typeof ServqualAnswer>;

export const ServqualFields = z
  .object({
    outletId: Id.nullable(),
    respondedOn: SurveyDate,
    respondent: z.string().trim().max(80).default(''),
    answers: z.array(ServqualAnswer).length(SERVQUAL_ITEM_COUNT),
  })
  .strict()
  .refine((f) => new Set(f.answers.map((a) => a.item)).size === SERVQUAL_ITEM_COUNT, {
    message: 'every one of the 22 items needs exactly one answer',
    path: ['answers'],
  });
export type ServqualFields = z.infer<typeof ServqualFields>;

export const ServqualHead = z.object({
  id: z.number(),
  outletId: z.number().nullable(),
  outletName: z.string().nullable(),
  respondedOn: z.string(),
  respondent: z.string(),
  source: z.enum(SURVEY_SOURCES),
  /** This questionnaire's overall gap (mean of its five dimension gaps). */
  gap: z.number().nullable(),
});
export type ServqualHead = z.infer<typeof ServqualHead>;

export const ServqualDetail = ServqualHead.extend({ answers: z.array(ServqualAnswer) });
export type ServqualDetail = z.infer<typeof ServqualDetail>;

const mean = z.number().nullable();
export const ServqualSummary = z.object({
  responses: z.number(),
  items: z.array(
    z.object({ item: z.number(), dimension: z.enum(SERVQUAL_DIMENSIONS), n: z.number(), expectation: mean, perception: mean, gap: mean }),
  ),
  dimensions: z.array(z.object({ dimension: z.enum(SERVQUAL_DIMENSIONS), expectation: mean, perception: mean, gap: mean })),
  overall: mean,
});
export type ServqualSummary = z.infer<typeof ServqualSummary>;

// ---------- import ----------

export const SURVEY_IMPORT_KINDS = ['responses', 'servqual'] as const;
export type SurveyImportKind = (typeof SURVEY_IMPORT_KINDS)[number];

export const SurveyImportSummary = FixedImportSummary.extend({ kind: z.enum(SURVEY_IMPORT_KINDS) });
export type SurveyImportSummary = z.infer<typeof SurveyImportSummary>;
