/** Schemas of the KPI area; the methods that use them are listed in shared/api.ts. */
import { z } from 'zod';
import {
  KPI_CATALOG,
  KPI_IDS,
  KPI_SOURCES,
  KPI_STATUSES,
  KPI_UNITS,
  SCOPE_DIMS,
  kpiTargetRange,
  type ScopeDim,
} from '../domain/kpi-catalog.ts';
import { PERIOD_KINDS, SERIES_GRAINS, parsePeriod } from '../domain/kpi-period.ts';
import { NELSON_RULES, RULE_SETS, WE_RULES } from '../domain/spc-rules.ts';

export const KpiId = z.enum(KPI_IDS);

export { SCOPE_DIMS, type ScopeDim };

/** Whole workspace, or one outlet / team / agent / category (ids), channel or customer segment (stored ids). */
export const KpiScope = z
  .object({ dim: z.enum(SCOPE_DIMS), key: z.string().trim().max(64).default('') })
  .strict()
  .refine(
    (s) => (s.dim === 'org') === (s.key === ''),
    'the organisation takes no key; every other scope needs one',
  )
  .refine(
    (s) => !['outlet', 'team', 'agent', 'category'].includes(s.dim) || /^[1-9]\d{0,15}$/.test(s.key),
    'outlet, team, agent and category scopes take a record id',
  );
export type KpiScope = z.infer<typeof KpiScope>;

/** 2026-10-05 | 2026-W41 | 2026-10 | 2026-Q4 | 2026 | 2026-09-01..2026-10-15, in the workspace's time zone. */
export const PeriodText = z
  .string()
  .trim()
  .max(40)
  .refine(
    (text) => parsePeriod(text) !== null,
    'expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn, YYYY or FROM..TO',
  );

export const PeriodOut = z.object({
  kind: z.enum(PERIOD_KINDS),
  from: z.string(),
  to: z.string(),
  text: z.string(),
});

const KpiTexts = z.object({
  name: z.string(),
  definition: z.string(),
  formula: z.string(),
  denominator: z.string().nullable(),
});

export const KpiDef = z.object({
  id: KpiId,
  source: z.enum(KPI_SOURCES),
  unit: z.enum(KPI_UNITS),
  direction: z.enum(['higher', 'lower', 'neutral']),
  defaultTarget: z.number().nullable(),
  targetSeed: z.string().nullable(),
  decimals: z.number().int(),
  /** Scopes the KPI is measured in; elsewhere its value is null with n 0. */
  scopes: z.array(z.enum(SCOPE_DIMS)),
  texts: z.object({ 'zh-CN': KpiTexts, en: KpiTexts }),
});
export type KpiDef = z.infer<typeof KpiDef>;

export const TARGET_ORIGINS = ['default', 'org', 'scope'] as const;

export const KpiValue = z.object({
  id: KpiId,
  value: z.number().nullable(),
  /** Size of the denominator (tickets, answers or measured clocks) the value stands on. */
  n: z.number().int(),
  target: z.number().nullable(),
  /** Where the target comes from: the catalog, an organisation-wide override or one for this scope. */
  targetOrigin: z.enum(TARGET_ORIGINS),
  status: z.enum(KPI_STATUSES),
  previous: z.number().nullable(),
  lastYear: z.number().nullable(),
  /** value − previous, in the KPI's unit (percentage points for rates); null when either is missing. */
  change: z.number().nullable(),
  /** Values of the trailing periods of the same kind, oldest first, ending with this one. */
  sparkline: z.array(z.number().nullable()),
});
export type KpiValue = z.infer<typeof KpiValue>;

export const KpiReport = z.object({
  period: PeriodOut,
  previous: PeriodOut,
  lastYear: PeriodOut,
  scope: z.object({ dim: z.enum(SCOPE_DIMS), key: z.string() }),
  /** Periods of the sparkline points, oldest first. */
  sparkline: z.array(z.string()),
  kpis: z.array(KpiValue),
});
export type KpiReport = z.infer<typeof KpiReport>;

export const KpiSeries = z.object({
  grain: z.enum(SERIES_GRAINS),
  buckets: z.array(
    z.object({
      text: z.string(),
      from: z.string(),
      to: z.string(),
      values: z.partialRecord(KpiId, z.number().nullable()),
    }),
  ),
  targets: z.partialRecord(KpiId, z.number().nullable()),
});
export type KpiSeries = z.infer<typeof KpiSeries>;

export const KpiTarget = z.object({
  kpi: KpiId,
  scope: z.object({ dim: z.enum(SCOPE_DIMS), key: z.string() }),
  target: z.number(),
  updatedAt: z.number().int(),
});
export type KpiTarget = z.infer<typeof KpiTarget>;

/**
 * Set a KPI's target for a scope, or remove it with null. A target must be a value the KPI can take (a rate 0–100,
 * CSAT 1–5, NPS −100…100…): the dialog on the tile checks with this same schema.
 */
export const KpiTargetInput = z
  .object({ kpi: KpiId, scope: KpiScope, target: z.number().finite().nullable() })
  .strict()
  .superRefine((v, ctx) => {
    if (v.target === null) return;
    const [min, max] = kpiTargetRange(v.kpi);
    if (v.target < min || v.target > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: `must be from ${min} to ${max}`,
        params: { min, max },
      });
    }
  });

export const ParetoChart = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      categoryId: z.number().nullable(),
      nameZh: z.string().nullable(),
      nameEn: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
});
export type ParetoChart = z.infer<typeof ParetoChart>;

export const SlaTierChart = z.array(
  z.object({
    tier: z.number().int(),
    responseRate: z.number().nullable(),
    responseN: z.number().int(),
    resolutionRate: z.number().nullable(),
    resolutionN: z.number().int(),
  }),
);
export type SlaTierChart = z.infer<typeof SlaTierChart>;

export const HeatmapChart = z.object({
  kpi: KpiId,
  months: z.array(z.string()),
  outlets: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  /** [month index, outlet index, value]; cells without tickets are left out. */
  cells: z.array(z.tuple([z.number().int(), z.number().int(), z.number().nullable()])),
});
export type HeatmapChart = z.infer<typeof HeatmapChart>;

/** Control charts: a p-chart for rates, X̄-R (samples of each day's tickets) and I-MR (daily values) otherwise. */
export const CONTROL_CHARTS = ['p', 'xbar_r', 'imr'] as const;
export type ControlChartKind = (typeof CONTROL_CHARTS)[number];

/** KPIs whose single tickets carry a time to sample for X̄-R subgroups. */
export const SAMPLED_KPIS = [
  'first_response_avg_min',
  'first_response_median_min',
  'resolution_avg_h',
  'resolution_median_h',
] as const;

/**
 * Which charts suit a KPI: proportions → p; times → X̄-R or I-MR; scores → I-MR; counts → none. Control charts
 * take one subgroup per day of tickets: the other sources have too few records a day to chart.
 */
export function chartsFor(
  kpi: (typeof KPI_IDS)[number],
  unit: (typeof KPI_UNITS)[number],
): ControlChartKind[] {
  if (KPI_CATALOG[kpi].source !== 'tickets') return [];
  if (unit === 'percent') return ['p'];
  if (unit === 'count') return [];
  return (SAMPLED_KPIS as readonly string[]).includes(kpi) ? ['xbar_r', 'imr'] : ['imr'];
}

/** Subgroups are the local days of the period: at most a little over a year of them. */
export const MAX_CONTROL_DAYS = 400;

export const ControlChartInput = z
  .object({
    period: PeriodText,
    scope: KpiScope.default({ dim: 'org', key: '' }),
    kpi: KpiId,
    chart: z.enum(CONTROL_CHARTS),
    /** Days the limits are estimated from (within the period); all of the period when left out. */
    baseline: PeriodText.optional(),
    rules: z.enum(RULE_SETS).default('western_electric'),
    /** Tickets sampled per day for X̄-R. */
    subgroupSize: z.number().int().min(2).max(10).default(5),
  })
  .strict();

export const ControlChart = z.object({
  chart: z.enum(CONTROL_CHARTS),
  kpi: KpiId,
  rules: z.enum(RULE_SETS),
  subgroupSize: z.number().int().nullable(),
  /** Local days, one subgroup each. */
  days: z.array(z.string()),
  baseline: z.object({ from: z.string(), to: z.string() }),
  /** Values in the KPI's unit (a p-chart in percent); limits per day (they vary with a p-chart's subgroup size). */
  main: z.object({
    values: z.array(z.number().nullable()),
    n: z.array(z.number().int()),
    center: z.number().nullable(),
    ucl: z.array(z.number().nullable()),
    lcl: z.array(z.number().nullable()),
  }),
  /** The range (X̄-R) or moving-range (I-MR) chart. */
  secondary: z
    .object({
      values: z.array(z.number().nullable()),
      center: z.number().nullable(),
      ucl: z.number().nullable(),
      lcl: z.number().nullable(),
    })
    .nullable(),
  violations: z.array(
    z.object({
      rule: z.enum([...WE_RULES, ...NELSON_RULES]),
      index: z.number().int(),
      points: z.array(z.number().int()),
    }),
  ),
});
export type ControlChart = z.infer<typeof ControlChart>;
