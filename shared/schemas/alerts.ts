/** Alert rules over the KPI catalog and the alerts they raise. Methods are in shared/api.ts. */
import { z } from 'zod';
import { kpiTargetRange } from '../domain/kpi-catalog.ts';
import { KpiId, SCOPE_DIMS } from './kpi.ts';
import { Id } from './tickets.ts';

export const ALERT_GRAINS = ['day', 'week', 'month'] as const;
export type AlertGrain = (typeof ALERT_GRAINS)[number];
export const ALERT_COMPARATORS = ['above', 'below'] as const;
export type AlertComparator = (typeof ALERT_COMPARATORS)[number];
/**
 * What the value is compared with: a number (value), the KPI's target for the scope, a benchmark the manager
 * enters (industry figure, own historical best), or the whole organisation in the same period.
 */
export const ALERT_REFERENCES = ['value', 'target', 'benchmark', 'org'] as const;
export type AlertReference = (typeof ALERT_REFERENCES)[number];
export const ALERT_STATES = ['new', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];
/** Records an alert can open, one click each. */
export const ALERT_FOLLOW_UPS = ['fishbone', 'five_why', 'pdca', 'action'] as const;
export type AlertFollowUp = (typeof ALERT_FOLLOW_UPS)[number];

const RECORD_DIMS: readonly string[] = ['outlet', 'team', 'agent', 'category'];

/**
 * One scope, or every member of a dimension: key '' with a dimension other than the organisation means every
 * outlet (team, channel, category, segment). Agents are many and read from the tickets, so a rule names one.
 */
export const AlertScope = z
  .object({ dim: z.enum(SCOPE_DIMS), key: z.string().trim().max(64) })
  .strict()
  .refine((s) => s.dim !== 'org' || s.key === '', 'the organisation takes no key')
  .refine((s) => s.dim !== 'agent' || s.key !== '', 'an agent rule names one agent')
  .refine(
    (s) => !RECORD_DIMS.includes(s.dim) || s.key === '' || /^[1-9]\d{0,15}$/.test(s.key),
    'outlet, team, agent and category scopes take a record id',
  );
export type AlertScope = z.infer<typeof AlertScope>;

export const AlertRuleFields = z
  .object({
    /** A short label; empty: the rule is named by what it means. */
    name: z.string().trim().max(120),
    kpi: KpiId,
    scope: AlertScope,
    grain: z.enum(ALERT_GRAINS),
    comparator: z.enum(ALERT_COMPARATORS),
    reference: z.enum(ALERT_REFERENCES),
    /** The limit (reference 'value') or the benchmark (reference 'benchmark'); null otherwise. */
    threshold: z.number().finite().nullable(),
    /** With target, benchmark or org: how far beyond it, in percent of it (0 = simply above / below it). */
    marginPct: z.number().finite().min(0).max(1000),
    /** Periods in a row the condition must hold. */
    consecutive: z.number().int().min(1).max(31),
    /** Fewest tickets (answers, measured clocks) a period needs to count; thinner periods count as empty. */
    minN: z.number().int().min(1).max(100_000),
    enabled: z.boolean(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const needsNumber = r.reference === 'value' || r.reference === 'benchmark';
    if (needsNumber && r.threshold === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'a number is required',
        params: { reason: 'required' },
      });
    }
    if (!needsNumber && r.threshold !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: 'only a value or benchmark rule takes a number',
      });
    }
    if (r.threshold !== null) {
      const [min, max] = kpiTargetRange(r.kpi);
      if (r.threshold < min || r.threshold > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['threshold'],
          message: `must be from ${min} to ${max}`,
          params: { reason: 'range', min, max },
        });
      }
    }
    if (r.reference === 'value' && r.marginPct !== 0) {
      ctx.addIssue({ code: 'custom', path: ['marginPct'], message: 'a fixed limit takes no margin' });
    }
    if (r.reference === 'org' && r.scope.dim === 'org') {
      ctx.addIssue({
        code: 'custom',
        path: ['reference'],
        message: 'the organisation cannot be compared with itself',
        params: { reason: 'orgVsOrg' },
      });
    }
  });
export type AlertRuleFields = z.infer<typeof AlertRuleFields>;

export const AlertRule = z.object({
  id: z.number(),
  fields: AlertRuleFields,
  /** Name of the one outlet, team, agent or category the rule watches (zh and en), if it names one. */
  scopeName: z.string().nullable(),
  scopeNameEn: z.string().nullable(),
  /** Alerts of this rule still open (new or acknowledged). */
  openAlerts: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type AlertRule = z.infer<typeof AlertRule>;

/** The figures of one period of an episode: the value, what it was compared with and the limit it crossed. */
export const AlertPeriod = z.object({
  period: z.string(),
  value: z.number().nullable(),
  n: z.number().int(),
  reference: z.number().nullable(),
  limit: z.number().nullable(),
});
export type AlertPeriod = z.infer<typeof AlertPeriod>;

const Linked = z.object({ id: z.number(), title: z.string() });

export const Alert = z.object({
  id: z.number(),
  ruleId: z.number().nullable(),
  rule: AlertRuleFields,
  scope: z.object({ dim: z.enum(SCOPE_DIMS), key: z.string() }),
  /** Name of the outlet, team, agent or category (zh and en); channels and segments are named by the renderer. */
  scopeName: z.string().nullable(),
  scopeNameEn: z.string().nullable(),
  state: z.enum(ALERT_STATES),
  firstPeriod: z.string(),
  lastPeriod: z.string(),
  periods: z.array(AlertPeriod),
  raisedAt: z.number(),
  updatedAt: z.number(),
  acknowledgedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  worksheet: Linked.extend({ kind: z.enum(['fishbone', 'five_why']) }).nullable(),
  cycle: Linked.nullable(),
  action: Linked.nullable(),
});
export type Alert = z.infer<typeof Alert>;

export const AlertSummary = z.object({
  /** New alerts: the badge. */
  new: z.number().int(),
  open: z.number().int(),
  /** False while the KPI rollup of a large workspace is still to be built: rules wait for it. */
  evaluated: z.boolean(),
  evaluatedAt: z.number().nullable(),
});
export type AlertSummary = z.infer<typeof AlertSummary>;

export const AlertListInput = z
  .object({ states: z.array(z.enum(ALERT_STATES)).max(3).optional(), ruleId: Id.optional() })
  .strict();

/** Title and problem statement come in the user's language; a fishbone also brings its template's bone labels. */
export const AlertFollowUpInput = z
  .object({
    id: Id,
    kind: z.enum(ALERT_FOLLOW_UPS),
    title: z.string().trim().min(1).max(200),
    problem: z.string().max(2000),
    boneLabels: z.array(z.string().trim().min(1).max(60)).max(12).default([]),
  })
  .strict();
