/** Records of the improvement loop: actions, PDCA cycles and root-cause worksheets. Methods are in shared/api.ts. */
import { z } from 'zod';
import { ActionCheck } from './action-checks.ts';
import { Id } from './tickets.ts';

/** A calendar date a person picks (start, due), in the workspace's own time zone. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

// ---------- actions ----------

export const ACTION_KINDS = ['corrective', 'preventive', 'improvement'] as const;
/** 'done' = implemented; 'closed' = verified by an effectiveness check (core refuses it without one). */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'closed', 'cancelled'] as const;
/** Where an action came from; audits, mystery shops and alerts add theirs without a schema change. */
export const ACTION_SOURCES = [
  'manual',
  'pdca',
  'fishbone',
  'five_why',
  'audit',
  'mystery',
  'alert',
] as const;

export const ActionFields = z
  .object({
    title: z.string().trim().min(1).max(200),
    detail: z.string().max(4000),
    kind: z.enum(ACTION_KINDS),
    ownerId: Id.nullable(),
    dueOn: LocalDate.nullable(),
    status: z.enum(ACTION_STATUSES),
    cycleId: Id.nullable(),
  })
  .strict();
export type ActionFields = z.infer<typeof ActionFields>;

export const ActionSourceLink = z
  .object({ kind: z.enum(ACTION_SOURCES), id: Id.nullable(), ref: z.string().max(64).nullable() })
  .strict();

export const Action = ActionFields.extend({
  id: z.number(),
  ownerName: z.string().nullable(),
  cycleTitle: z.string().nullable(),
  source: ActionSourceLink,
  /** Title of the record the action came from (cycle or worksheet), when it still exists. */
  sourceTitle: z.string().nullable(),
  /** Due before today (workspace time zone) and not done, closed or cancelled. */
  overdue: z.boolean(),
  /** Days past the due day while overdue, else 0. */
  overdueDays: z.number().int(),
  check: ActionCheck.nullable(),
  completedAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Action = z.infer<typeof Action>;

// ---------- PDCA cycles ----------

export const PDCA_PHASES = ['plan', 'do', 'check', 'act', 'closed'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];
export const SCOPE_KINDS = ['organisation', 'outlet', 'team', 'category'] as const;
export const VERDICTS = ['effective', 'partly', 'not_effective'] as const;

/** What is missing before a cycle may enter a phase; the renderer explains each code. */
const GATE_PROBLEMS = [
  'goalMissing',
  'noActions',
  'noCompletedAction',
  'verdictMissing',
  'actMissing',
] as const;
export type GateProblem = (typeof GATE_PROBLEMS)[number];

/** KPI ids of the KPI catalog (KPI issue); a cycle names the one it aims to move. */
export const KpiId = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,47}$/, 'a KPI id such as fcr_rate');

export const CycleFields = z
  .object({
    title: z.string().trim().min(1).max(200),
    problem: z.string().max(4000),
    scopeKind: z.enum(SCOPE_KINDS),
    scopeId: Id.nullable(),
    ownerId: Id.nullable(),
    startOn: LocalDate.nullable(),
    dueOn: LocalDate.nullable(),
    kpiId: KpiId.nullable(),
    baseline: z.number().finite().nullable(),
    baselinePeriod: z.string().max(40),
    target: z.number().finite().nullable(),
    goal: z.string().max(4000),
    verdict: z.enum(VERDICTS).nullable(),
    checkNote: z.string().max(4000),
    standardChange: z.string().max(4000),
    lessons: z.string().max(4000),
  })
  .strict()
  .refine((c) => (c.scopeKind === 'organisation') === (c.scopeId === null), {
    message: 'an outlet, team or category scope names one; the organisation scope names none',
    path: ['scopeId'],
  })
  .refine((c) => c.startOn === null || c.dueOn === null || c.startOn <= c.dueOn, {
    message: 'the due date cannot be before the start',
    path: ['dueOn'],
  });
export type CycleFields = z.infer<typeof CycleFields>;

export const CycleSummary = z.object({
  id: z.number(),
  title: z.string(),
  phase: z.enum(PDCA_PHASES),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  kpiId: z.string().nullable(),
  overdue: z.boolean(),
  actionsDone: z.number(),
  actionsTotal: z.number(),
  worksheets: z.number(),
  updatedAt: z.number(),
});
export type CycleSummary = z.infer<typeof CycleSummary>;

const LogEntry = z.object({
  id: z.number(),
  onDate: z.string(),
  note: z.string(),
  actor: z.string(),
  createdAt: z.number(),
  /** Evidence files attached to the entry. */
  attachments: z.number().int(),
});

const CycleLink = z.object({ id: z.number(), title: z.string(), phase: z.enum(PDCA_PHASES) });

export const WorksheetSummary = z.object({
  id: z.number(),
  kind: z.enum(['fishbone', 'five_why']),
  title: z.string(),
  cycleId: z.number().nullable(),
  cycleTitle: z.string().nullable(),
  complete: z.boolean(),
  rootCauses: z.number(),
  updatedAt: z.number(),
});
export type WorksheetSummary = z.infer<typeof WorksheetSummary>;

export const CycleDetail = z.object({
  id: z.number(),
  phase: z.enum(PDCA_PHASES),
  fields: CycleFields,
  ownerName: z.string().nullable(),
  scopeLabel: z.string().nullable(),
  previous: CycleLink.nullable(),
  next: z.array(CycleLink),
  actions: z.array(Action),
  log: z.array(LogEntry),
  worksheets: z.array(WorksheetSummary),
  /** The next phase and what still stands in its way (empty: the cycle may move on). */
  gate: z.object({ to: z.enum(PDCA_PHASES).nullable(), problems: z.array(z.enum(GATE_PROBLEMS)) }),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CycleDetail = z.infer<typeof CycleDetail>;

// ---------- root-cause worksheets ----------

export const RCA_KINDS = ['fishbone', 'five_why'] as const;
export type RcaKind = (typeof RCA_KINDS)[number];
export const VERIFICATIONS = ['unverified', 'confirmed', 'refuted'] as const;
export const FISHBONE_TEMPLATES = ['sixM', 'service', 'blank'] as const;

/** Ids of nodes inside a worksheet document, chosen by the editor. */
export const NodeId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export interface FishboneCause {
  id: string;
  text: string;
  rootCause: boolean;
  verification: (typeof VERIFICATIONS)[number];
  evidence: string;
  votes: number;
  children: FishboneCause[];
}
export const FishboneCause: z.ZodType<FishboneCause> = z.lazy(() =>
  z
    .object({
      id: NodeId,
      text: z.string().max(300),
      rootCause: z.boolean(),
      verification: z.enum(VERIFICATIONS),
      evidence: z.string().max(2000),
      votes: z.number().int().min(0).max(999),
      children: z.array(FishboneCause).max(60),
    })
    .strict(),
);

export const FishboneBone = z
  .object({ id: NodeId, label: z.string().max(60), causes: z.array(FishboneCause).max(60) })
  .strict();
export type FishboneBone = z.infer<typeof FishboneBone>;

export const FishboneContent = z
  .object({
    kind: z.literal('fishbone'),
    template: z.enum(FISHBONE_TEMPLATES),
    bones: z.array(FishboneBone).max(12),
  })
  .strict();
export type FishboneContent = z.infer<typeof FishboneContent>;

export const Countermeasure = z
  .object({ id: NodeId, text: z.string().max(500), ownerId: Id.nullable(), dueOn: LocalDate.nullable() })
  .strict();
export type Countermeasure = z.infer<typeof Countermeasure>;

/** One answer in a 5-Why chain: "because …". Its children answer "why?" asked of it; several children branch. */
export interface WhyNode {
  id: string;
  because: string;
  rootCause: boolean;
  countermeasures: Countermeasure[];
  children: WhyNode[];
}
export const WhyNode: z.ZodType<WhyNode> = z.lazy(() =>
  z
    .object({
      id: NodeId,
      because: z.string().max(500),
      rootCause: z.boolean(),
      countermeasures: z.array(Countermeasure).max(20),
      children: z.array(WhyNode).max(20),
    })
    .strict(),
);

export const FiveWhyContent = z
  .object({ kind: z.literal('five_why'), whys: z.array(WhyNode).max(20) })
  .strict();
export type FiveWhyContent = z.infer<typeof FiveWhyContent>;

/** Most nodes (causes or answers) one worksheet holds, and how deep they nest. */
export const MAX_NODES = 600;
export const MAX_DEPTH = 8;

export const WorksheetContent = z.discriminatedUnion('kind', [FishboneContent, FiveWhyContent]);
export type WorksheetContent = z.infer<typeof WorksheetContent>;

export const Worksheet = z.object({
  id: z.number(),
  kind: z.enum(RCA_KINDS),
  title: z.string(),
  problem: z.string(),
  cycleId: z.number().nullable(),
  cycleTitle: z.string().nullable(),
  content: WorksheetContent,
  revision: z.number(),
  /** 5-Why: every root cause has a countermeasure (and there is one). Fishbone: a likely root cause is marked. */
  complete: z.boolean(),
  /** Root-cause nodes still without a countermeasure (5-Why). */
  missingCountermeasures: z.array(z.string()),
  /** Actions made from this worksheet's countermeasures, by countermeasure id. */
  actions: z.array(Action),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Worksheet = z.infer<typeof Worksheet>;

export const WorksheetHead = z
  .object({
    title: z.string().trim().min(1).max(200),
    problem: z.string().max(2000),
    cycleId: Id.nullable(),
  })
  .strict();
