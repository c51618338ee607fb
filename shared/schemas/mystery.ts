/** Mystery shopper: programmes, waves, scenarios, visits, appeals and the wave views. Methods are in shared/api.ts. */
import { z } from 'zod';
import { LocalDate } from './improvement.ts';
import { FixedImportSummary } from './importers.ts';
import { AnswerValue, Answers, Findings, ScoreResult, Template } from './audits.ts';
import { Id } from './tickets.ts';

const Name = z.string().trim().min(1).max(100);
const ItemKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

// ---------- set-up ----------

export const ProgrammeFields = z.object({ name: Name, templateCode: z.string().trim().min(1).max(32) }).strict();
export type ProgrammeFields = z.infer<typeof ProgrammeFields>;

export const Scenario = z.object({ id: z.number(), programmeId: z.number(), name: z.string(), description: z.string() });
export type Scenario = z.infer<typeof Scenario>;

export const WaveFields = z
  .object({
    programmeId: Id,
    name: Name,
    startsOn: LocalDate,
    endsOn: LocalDate,
    /** The outlets the wave covers. */
    outletIds: z.array(Id).min(1).max(2000),
  })
  .strict()
  .refine((w) => w.endsOn >= w.startsOn, { message: 'the wave ends before it starts', path: ['endsOn'] });
export type WaveFields = z.infer<typeof WaveFields>;

export const Wave = z.object({
  id: z.number(),
  programmeId: z.number(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  outletIds: z.array(z.number()),
  visits: z.number(),
  published: z.number(),
});
export type Wave = z.infer<typeof Wave>;

export const Programme = z.object({
  id: z.number(),
  name: z.string(),
  templateCode: z.string(),
  /** The current version of the questionnaire, which new visits take; null when no such template exists. */
  templateId: z.number().nullable(),
  waves: z.array(Wave),
  scenarios: z.array(Scenario),
});
export type Programme = z.infer<typeof Programme>;

// ---------- visits ----------

export const VISIT_STATUSES = ['draft', 'reviewed', 'published'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VisitFields = z
  .object({
    waveId: Id,
    outletId: Id,
    scenarioId: Id.nullable(),
    shopper: Name,
    /** Local day and time of the visit in the workspace's time zone. */
    visitedOn: LocalDate,
    visitTime: TimeOfDay,
    durationMin: z.number().int().min(0).max(24 * 60),
    answers: Answers,
    findings: Findings,
    comments: z.string().max(4000),
  })
  .strict();
export type VisitFields = z.infer<typeof VisitFields>;

export const VisitRow = z.object({
  id: z.number(),
  waveId: z.number(),
  waveName: z.string(),
  outletId: z.number(),
  outletName: z.string(),
  scenarioId: z.number().nullable(),
  scenarioName: z.string().nullable(),
  templateId: z.number(),
  templateVersion: z.number(),
  shopper: z.string(),
  visitedAt: z.number(),
  visitDay: z.string(),
  durationMin: z.number(),
  status: z.enum(VISIT_STATUSES),
  score: z.number().nullable(),
  autoFail: z.enum(['section', 'form']).nullable(),
  appeals: z.number(),
  openAppeals: z.number(),
  actions: z.number(),
  updatedAt: z.number(),
});
export type VisitRow = z.infer<typeof VisitRow>;

export const APPEAL_STATUSES = ['open', 'upheld', 'rejected'] as const;

export const Appeal = z.object({
  id: z.number(),
  visitId: z.number(),
  /** null: the whole visit. */
  itemKey: z.string().nullable(),
  reason: z.string(),
  raisedBy: z.string(),
  status: z.enum(APPEAL_STATUSES),
  /** Answers an upheld appeal changed: item key → [before, after]. */
  changes: z.record(z.string(), z.tuple([AnswerValue, AnswerValue])),
  decision: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.number().nullable(),
  scoreBefore: z.number().nullable(),
  scoreAfter: z.number().nullable(),
  createdAt: z.number(),
});
export type Appeal = z.infer<typeof Appeal>;

export const VisitDetail = VisitRow.extend({
  template: Template,
  answers: Answers,
  findings: Findings,
  comments: z.string(),
  visitTime: z.string(),
  result: ScoreResult,
  reviewedBy: z.string().nullable(),
  appealList: z.array(Appeal),
});
export type VisitDetail = z.infer<typeof VisitDetail>;

export const AppealRaise = z
  .object({ visitId: Id, itemKey: ItemKey.nullable(), reason: z.string().trim().min(1).max(2000), raisedBy: Name })
  .strict();
export const AppealDecide = z
  .object({
    id: Id,
    outcome: z.enum(['upheld', 'rejected']),
    /** The corrected answers of an upheld appeal: the appealed item (item appeal) or any items (whole visit). */
    answers: z.record(ItemKey, AnswerValue).refine((a) => Object.keys(a).length <= 500, 'too many answers').default({}),
    decision: z.string().trim().min(1).max(2000),
  })
  .strict();

// ---------- views ----------

export const LeagueRow = z.object({
  outletId: z.number(),
  outletName: z.string(),
  city: z.string(),
  /** Published visits of the wave at this outlet. */
  visits: z.number(),
  /** Mean published visit score; null with no published visit (no rank then). */
  score: z.number().nullable(),
  /** Competition rank (1, 2, 2, 4): equal scores share a rank. */
  rank: z.number().nullable(),
  previousScore: z.number().nullable(),
  previousRank: z.number().nullable(),
  /** Places moved up since the previous wave (negative: down); null when either wave has no rank. */
  rankChange: z.number().nullable(),
  scoreChange: z.number().nullable(),
  autoFails: z.number(),
});
export type LeagueRow = z.infer<typeof LeagueRow>;

export const League = z.object({
  waveId: z.number(),
  waveName: z.string(),
  previousWaveId: z.number().nullable(),
  previousWaveName: z.string().nullable(),
  rows: z.array(LeagueRow),
});
export type League = z.infer<typeof League>;

export const SectionHeat = z.object({
  sections: z.array(z.object({ key: z.string(), labelZh: z.string(), labelEn: z.string() })),
  outlets: z.array(z.object({ id: z.number(), name: z.string() })),
  /** [outlet index, section index, mean section score] for each pair with a score. */
  cells: z.array(z.tuple([z.number(), z.number(), z.number()])),
});
export type SectionHeat = z.infer<typeof SectionHeat>;

export const OutletTrend = z.object({
  waves: z.array(z.object({ id: z.number(), name: z.string() })),
  outlets: z.array(z.object({ id: z.number(), name: z.string(), scores: z.array(z.number().nullable()) })),
});
export type OutletTrend = z.infer<typeof OutletTrend>;

export const ItemStanding = z.object({
  key: z.string(),
  sectionKey: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  /** Mean 0–100 of the item over the wave's published visits that answered it. */
  average: z.number(),
  scored: z.number(),
  failures: z.number(),
});
export type ItemStanding = z.infer<typeof ItemStanding>;

export const MysteryImportSummary = FixedImportSummary;
export type MysteryImportSummary = z.infer<typeof MysteryImportSummary>;
