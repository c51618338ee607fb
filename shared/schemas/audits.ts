/** Scorecard templates (shared by quality audits and mystery shops) and audit records. Methods are in shared/api.ts. */
import { z } from 'zod';
import { CHANNELS } from '../domain/enums.ts';
import { Id } from './tickets.ts';

// ---------- scorecard templates ----------

/** yes_no: yes / no / N-A; five: 1–5; ten: 0–10; points: 0 to the item's maximum. */
export const ITEM_SCALES = ['yes_no', 'five', 'ten', 'points'] as const;
export type ItemScale = (typeof ITEM_SCALES)[number];
/** A critical item that fails zeroes its section or the whole form ("auto-fail"). */
export const CRITICAL_LEVELS = ['none', 'section', 'form'] as const;
export const SERVQUAL_DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export const TEMPLATE_KINDS = ['audit', 'mystery'] as const;

/** Item and section keys stay stable across versions, so results can be compared between versions. */
const Key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a key such as greeting_1');
const Label = z.string().trim().min(1).max(200);

export const ScorecardItem = z
  .object({
    key: Key,
    labelZh: Label,
    labelEn: Label,
    /** How to score the item, in Chinese; `guidanceEn` in English (optional, so templates saved before it existed still read). */
    guidance: z.string().max(2000),
    guidanceEn: z.string().max(2000).optional(),
    scale: z.enum(ITEM_SCALES),
    /** The top of a `points` item (ignored by the other scales). */
    maxPoints: z.number().int().min(1).max(100),
    weight: z.number().min(0).max(100),
    /** Adds to the section without counting in its denominator; the section is capped at 100%. */
    bonus: z.boolean(),
    critical: z.enum(CRITICAL_LEVELS),
    servqual: z.enum(SERVQUAL_DIMENSIONS),
  })
  .strict()
  .refine((item) => !(item.bonus && item.critical !== 'none'), { message: 'a bonus item cannot be critical', path: ['critical'] });
export type ScorecardItem = z.infer<typeof ScorecardItem>;

export const ScorecardSection = z
  .object({
    key: Key,
    labelZh: Label,
    labelEn: Label,
    weight: z.number().min(0).max(100),
    items: z.array(ScorecardItem).min(1).max(60),
  })
  .strict();
export type ScorecardSection = z.infer<typeof ScorecardSection>;

const uniqueKeys = (sections: ScorecardSection[]): boolean => {
  const keys = sections.flatMap((s) => [`s:${s.key}`, ...s.items.map((i) => `i:${i.key}`)]);
  return new Set(keys).size === keys.length;
};

export const Sections = z
  .array(ScorecardSection)
  .min(1)
  .max(30)
  .refine(uniqueKeys, { message: 'section keys and item keys must each be unique within the template' });

export const TemplateFields = z
  .object({
    code: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'a code such as QA-CALL'),
    nameZh: Label,
    nameEn: Label,
    kind: z.enum(TEMPLATE_KINDS),
    active: z.boolean(),
    sections: Sections,
  })
  .strict();
export type TemplateFields = z.infer<typeof TemplateFields>;

export const Template = TemplateFields.extend({
  id: z.number(),
  version: z.number(),
  /** False for an older version kept because results were scored on it. */
  current: z.boolean(),
  /** Audits (and later mystery visits) scored on this version. */
  results: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Template = z.infer<typeof Template>;

export const TemplateSummary = Template.omit({ sections: true }).extend({
  sectionCount: z.number(),
  itemCount: z.number(),
  criticalCount: z.number(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

// ---------- answers and score ----------

/** An item's answer: the scale value, 'na' (not applicable: out of the denominator) or null (not answered yet). */
export const AnswerValue = z.union([z.number().min(0).max(100), z.literal('na'), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export const Answers = z.record(Key, AnswerValue).refine((a) => Object.keys(a).length <= 2000, 'too many answers');
export type Answers = z.infer<typeof Answers>;
export const Findings = z.record(Key, z.string().max(2000)).refine((f) => Object.keys(f).length <= 2000, 'too many findings');
export type Findings = z.infer<typeof Findings>;

export const SectionScore = z.object({
  key: z.string(),
  /** Percentage 0–100; null when every item of the section is N/A or unanswered. */
  score: z.number().nullable(),
  autoFailed: z.boolean(),
});
export const ScoreResult = z.object({
  score: z.number().nullable(),
  autoFail: z.enum(['section', 'form']).nullable(),
  sections: z.array(SectionScore),
  failedItems: z.array(z.string()),
  answered: z.number(),
  total: z.number(),
});
export type ScoreResult = z.infer<typeof ScoreResult>;

// ---------- sampling and audits ----------

export const MonthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');
export const STRATA = ['none', 'channel', 'category'] as const;

export const SamplePlan = z
  .object({
    month: MonthText,
    templateId: Id,
    /** Records per agent, or a percentage of each agent's records (at least one each). */
    perAgent: z.number().int().min(1).max(200).optional(),
    percent: z.number().min(0.1).max(100).optional(),
    stratify: z.enum(STRATA),
    /** Stored with the sample, so the same seed on the same records draws the same list. Random when absent. */
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  })
  .strict()
  .refine((p) => (p.perAgent === undefined) !== (p.percent === undefined), {
    message: 'give either perAgent or percent',
    path: ['perAgent'],
  });
export type SamplePlan = z.infer<typeof SamplePlan>;

export const SampleSummary = z.object({
  id: z.number(),
  month: z.string(),
  templateId: z.number(),
  seed: z.number(),
  perAgent: z.number().nullable(),
  percent: z.number().nullable(),
  stratify: z.enum(STRATA),
  drawn: z.number(),
  agents: z.number(),
  createdAt: z.number(),
});
export type SampleSummary = z.infer<typeof SampleSummary>;

export const AUDIT_STATUSES = ['pending', 'submitted'] as const;

export const AuditRow = z.object({
  id: z.number(),
  month: z.string(),
  status: z.enum(AUDIT_STATUSES),
  templateId: z.number(),
  templateNameZh: z.string(),
  templateNameEn: z.string(),
  templateVersion: z.number(),
  ticketId: z.number(),
  ticketRef: z.string(),
  subject: z.string(),
  channel: z.enum(CHANNELS),
  agentId: z.number().nullable(),
  agentName: z.string().nullable(),
  auditor: z.string(),
  score: z.number().nullable(),
  autoFail: z.enum(['section', 'form']).nullable(),
  actions: z.number(),
  /** Items disputed, and disputes upheld (the score changed). */
  disputes: z.number(),
  changed: z.number(),
  submittedAt: z.number().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const DISPUTE_STATUSES = ['open', 'upheld', 'rejected'] as const;

export const Dispute = z.object({
  id: z.number(),
  auditId: z.number(),
  itemKey: z.string(),
  reason: z.string(),
  raisedBy: z.string(),
  status: z.enum(DISPUTE_STATUSES),
  oldValue: AnswerValue,
  newValue: AnswerValue,
  decision: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.number().nullable(),
  scoreBefore: z.number().nullable(),
  scoreAfter: z.number().nullable(),
  createdAt: z.number(),
});
export type Dispute = z.infer<typeof Dispute>;

export const AuditDetail = AuditRow.extend({
  disputeList: z.array(Dispute),
  template: Template,
  answers: Answers,
  findings: Findings,
  description: z.string(),
  resolution: z.string().nullable(),
  result: ScoreResult,
  updatedAt: z.number(),
});
export type AuditDetail = z.infer<typeof AuditDetail>;

export const AgentScoreRow = z.object({
  agentId: z.number(),
  agentName: z.string(),
  month: z.string(),
  audits: z.number(),
  average: z.number(),
  autoFails: z.number(),
});
export type AgentScoreRow = z.infer<typeof AgentScoreRow>;

export const ItemFailure = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  failures: z.number(),
  scored: z.number(),
});
export type ItemFailure = z.infer<typeof ItemFailure>;
