/**
 * The KPI catalog: stable ids (the CLI and reports use them), unit, direction and default target. Texts (name,
 * definition, formula, denominator) live in the i18n catalogs under kpi.defs.<id>; the formulas themselves in core
 * (electron/core/kpi/formulas.ts). Default targets are the seeds' numbers (DOMAIN.md, KPI table); where the seeds
 * name a KPI without a number the default is null and the manager sets one.
 */

export const KPI_SOURCES = ['tickets'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];

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
/** Every KPI; audits, mystery shops and training add their ids here when their sources land. */
export const KPI_IDS = TICKET_KPI_IDS;
export type KpiId = (typeof KPI_IDS)[number];

/** count: tickets; minutes / hours: durations; percent: 0–100; score5: 1–5; score7: 1–7; nps: −100…100. */
export const KPI_UNITS = ['count', 'minutes', 'hours', 'percent', 'score5', 'score7', 'nps'] as const;
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
}

const meta = (
  id: KpiId,
  unit: KpiUnit,
  direction: KpiDirection,
  defaultTarget: number | null,
  targetSeed: string | null,
  decimals: number,
): KpiMeta => ({ id, source: 'tickets', unit, direction, defaultTarget, targetSeed, decimals });

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
};

/** The values a KPI of each unit can take, so a target outside them (a 120 % rate, a CSAT of 9) is refused. */
export const KPI_UNIT_RANGE: Record<KpiUnit, readonly [number, number]> = {
  count: [0, 1_000_000],
  minutes: [0, 1_000_000],
  hours: [0, 100_000],
  percent: [0, 100],
  score5: [1, 5],
  score7: [1, 7],
  nps: [-100, 100],
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
