/**
 * The KPI catalog: stable ids (the CLI and reports use them), unit, direction and default target. Texts (name,
 * definition, formula, denominator) live in the i18n catalogs under kpi.defs.<id>; the formulas themselves in core
 * (electron/core/kpi/formulas.ts). Default targets are the seeds' numbers (DOMAIN.md, KPI table); where the seeds
 * name a KPI without a number the default is null and the manager sets one.
 */

export const KPI_SOURCES = ['tickets', 'audits', 'training', 'surveys', 'mystery'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

/** Dimensions a KPI can be scoped to; 'org' is the whole workspace. */
export const SCOPE_DIMS = ['org', 'outlet', 'team', 'agent', 'channel', 'category', 'segment'] as const;
export type ScopeDim = (typeof SCOPE_DIMS)[number];

export const TICKET_KPI_IDS = [
  'tickets_total',
  'first_response_avg_min',
  'first_response_median_min',
  'resolution_avg_h',
  'resolution_median_h',
  'sla_response_rate',
  'sla_resolution_rate',
  'fcr_rate',
  'resolution_rate',
  'reopen_rate',
  'repeat_complaint_rate',
  'complaint_rate',
  'callback_72h_rate',
  'csat_avg',
  'csat_pct',
  'nps',
  'ces_avg',
] as const;
export type TicketKpiId = (typeof TICKET_KPI_IDS)[number];

/** Submitted quality audits (electron/core/kpi/audit-source.ts). */
export const AUDIT_KPI_IDS = ['qa_score_avg', 'qa_autofail_rate'] as const;
/** Training records of active staff (electron/core/training/kpis.ts). */
export const TRAINING_KPI_IDS = ['training_coverage', 'training_pass_rate', 'cert_expiring_30d'] as const;
/** SERVQUAL questionnaires: perception − expectation per dimension (shared/domain/servqual.ts). */
export const SURVEY_KPI_IDS = [
  'servqual_gap_tangibles',
  'servqual_gap_reliability',
  'servqual_gap_responsiveness',
  'servqual_gap_assurance',
  'servqual_gap_empathy',
] as const;
/** Published mystery-shop visits (electron/core/mystery/kpi.ts). */
export const MYSTERY_KPI_IDS = ['mystery_score_avg'] as const;
/** Every KPI. */
export const KPI_IDS = [...TICKET_KPI_IDS, ...AUDIT_KPI_IDS, ...TRAINING_KPI_IDS, ...SURVEY_KPI_IDS, ...MYSTERY_KPI_IDS] as const;
export type KpiId = (typeof KPI_IDS)[number];

/**
 * count: tickets or certificates; minutes / hours: durations; percent: 0–100; score5: 1–5; score7: 1–7;
 * nps: −100…100; score100: an audit score 0–100; gap7: a SERVQUAL gap on the 1–7 scale, −6…6.
 */
export const KPI_UNITS = [
  'count',
  'minutes',
  'hours',
  'percent',
  'score5',
  'score7',
  'nps',
  'score100',
  'gap7',
] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export type KpiDirection = 'higher' | 'lower' | 'neutral';

export interface KpiMeta {
  id: KpiId;
  source: KpiSource;
  unit: KpiUnit;
  direction: KpiDirection;
  defaultTarget: number | null;
  /** Seed document the default target comes from (000–004), or null. */
  targetSeed: string | null;
  decimals: number;
  /** Scopes the source's records can be attributed to; any other scope is "not measured" (null, n 0). */
  scopes: readonly ScopeDim[];
}

const meta = (
  id: KpiId,
  unit: KpiUnit,
  direction: KpiDirection,
  defaultTarget: number | null,
  targetSeed: string | null,
  decimals: number,
): KpiMeta => ({
  id,
  source: 'tickets',
  unit,
  direction,
  defaultTarget,
  targetSeed,
  decimals,
  scopes: SCOPE_DIMS,
});

/** Audits reach outlet, team and agent through the audited agent, channel, category and segment through the ticket. */
const AUDIT_SCOPES = SCOPE_DIMS;
/** Training records belong to staff, who belong to an outlet and a team. */
const TRAINING_SCOPES: readonly ScopeDim[] = ['org', 'outlet', 'team'];
/** A SERVQUAL questionnaire carries an outlet only, and so does a mystery-shop visit. */
const SURVEY_SCOPES: readonly ScopeDim[] = ['org', 'outlet'];
const MYSTERY_SCOPES = SURVEY_SCOPES;

const other = (
  source: Exclude<KpiSource, 'tickets'>,
  scopes: readonly ScopeDim[],
  id: KpiId,
  unit: KpiUnit,
  direction: KpiDirection,
  defaultTarget: number | null,
  targetSeed: string | null,
  decimals: number,
): KpiMeta => ({ id, source, unit, direction, defaultTarget, targetSeed, decimals, scopes });

const servqual = (id: (typeof SURVEY_KPI_IDS)[number]): KpiMeta =>
  other('surveys', SURVEY_SCOPES, id, 'gap7', 'higher', null, null, 2);

export const KPI_CATALOG: Record<KpiId, KpiMeta> = {
  tickets_total: meta('tickets_total', 'count', 'neutral', null, null, 0),
  // seed 000: average response time ≤ 15 min
  first_response_avg_min: meta('first_response_avg_min', 'minutes', 'lower', 15, '000', 1),
  // seed 000: SOP first response ≤ 30 min - the typical (median) ticket must meet it
  first_response_median_min: meta('first_response_median_min', 'minutes', 'lower', 30, '000', 1),
  // seed 004: a general issue is resolved within 24 h
  resolution_avg_h: meta('resolution_avg_h', 'hours', 'lower', 24, '004', 1),
  resolution_median_h: meta('resolution_median_h', 'hours', 'lower', 24, '004', 1),
  sla_response_rate: meta('sla_response_rate', 'percent', 'higher', null, null, 1),
  sla_resolution_rate: meta('sla_resolution_rate', 'percent', 'higher', null, null, 1),
  // seed 000: first-contact resolution ≥ 85 %
  fcr_rate: meta('fcr_rate', 'percent', 'higher', 85, '000', 1),
  // seed 000: problem resolution rate (closed loop) ≥ 98 %
  resolution_rate: meta('resolution_rate', 'percent', 'higher', 98, '000', 1),
  reopen_rate: meta('reopen_rate', 'percent', 'lower', null, null, 1),
  repeat_complaint_rate: meta('repeat_complaint_rate', 'percent', 'lower', null, null, 1),
  complaint_rate: meta('complaint_rate', 'percent', 'lower', null, null, 1),
  callback_72h_rate: meta('callback_72h_rate', 'percent', 'higher', null, null, 1),
  // seed 000: CSAT ≥ 4.5 of 5
  csat_avg: meta('csat_avg', 'score5', 'higher', 4.5, '000', 2),
  csat_pct: meta('csat_pct', 'percent', 'higher', null, null, 1),
  nps: meta('nps', 'nps', 'higher', null, null, 1),
  // CES 2.0 agreement scale, as the tickets store it: 7 = "it was very easy"
  ces_avg: meta('ces_avg', 'score7', 'higher', null, null, 2),
  qa_score_avg: other('audits', AUDIT_SCOPES, 'qa_score_avg', 'score100', 'higher', null, null, 1),
  qa_autofail_rate: other('audits', AUDIT_SCOPES, 'qa_autofail_rate', 'percent', 'lower', null, null, 1),
  // seed 000: product-knowledge assessment coverage 100 %, pass rate ≥ 95 %
  training_coverage: other(
    'training',
    TRAINING_SCOPES,
    'training_coverage',
    'percent',
    'higher',
    100,
    '000',
    1,
  ),
  training_pass_rate: other(
    'training',
    TRAINING_SCOPES,
    'training_pass_rate',
    'percent',
    'higher',
    95,
    '000',
    1,
  ),
  cert_expiring_30d: other('training', TRAINING_SCOPES, 'cert_expiring_30d', 'count', 'lower', null, null, 0),
  servqual_gap_tangibles: servqual('servqual_gap_tangibles'),
  servqual_gap_reliability: servqual('servqual_gap_reliability'),
  servqual_gap_responsiveness: servqual('servqual_gap_responsiveness'),
  servqual_gap_assurance: servqual('servqual_gap_assurance'),
  mystery_score_avg: other('mystery', MYSTERY_SCOPES, 'mystery_score_avg', 'score100', 'higher', null, null, 1),
  servqual_gap_empathy: servqual('servqual_gap_empathy'),
};

/** Whether a KPI's records can be attributed to a scope's dimension. */
export const kpiMeasuredIn = (id: KpiId, dim: ScopeDim): boolean => KPI_CATALOG[id].scopes.includes(dim);

/** The values a KPI of each unit can take, so a target outside them (a 120 % rate, a CSAT of 9) is refused. */
export const KPI_UNIT_RANGE: Record<KpiUnit, readonly [number, number]> = {
  count: [0, 1_000_000],
  minutes: [0, 1_000_000],
  hours: [0, 100_000],
  percent: [0, 100],
  score5: [1, 5],
  score7: [1, 7],
  nps: [-100, 100],
  score100: [0, 100],
  gap7: [-6, 6],
};

export const kpiTargetRange = (id: KpiId): readonly [number, number] => KPI_UNIT_RANGE[KPI_CATALOG[id].unit];

/** Relative distance from target inside which a value that misses it is "close" (amber) rather than "off" (red). */
export const KPI_WARN_BAND = 0.05;

export const KPI_STATUSES = ['good', 'warn', 'bad', 'none'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** Traffic light of a value against its target; 'none' without a value, a target or a direction. */
export function kpiStatus(id: KpiId, value: number | null, target: number | null): KpiStatus {
  const { direction } = KPI_CATALOG[id];
  if (value === null || target === null || direction === 'neutral') return 'none';
  const slack = Math.abs(target) * KPI_WARN_BAND;
  if (direction === 'higher') return value >= target ? 'good' : value >= target - slack ? 'warn' : 'bad';
  return value <= target ? 'good' : value <= target + slack ? 'warn' : 'bad';
}
