import {
  AUDIT_KPI_IDS,
  kpiMeasuredIn,
  MYSTERY_KPI_IDS,
  SURVEY_KPI_IDS,
  TICKET_KPI_IDS,
  TRAINING_KPI_IDS,
  type KpiId,
  type KpiSource,
} from '../../../shared/domain/kpi-catalog.ts';
import { dayNumber, type Period } from '../../../shared/domain/kpi-period.ts';
import type { KpiScope } from '../../../shared/schemas/kpi.ts';
import type { Db } from '../db/open.ts';
import { measureMysteryKpis } from '../mystery/kpi.ts';
import { AUDIT_FORMULAS, loadAuditSums, type AuditKpiId } from './audit-source.ts';
import { TICKET_FORMULAS, type Measured } from './formulas.ts';
import { ensureRollup } from './rollup-build.ts';
import { servqualGaps, type SurveyKpiId } from './survey-source.ts';
import { loadTicketSums, SLA_CLOCKS, type LoadContext } from './ticket-sums.ts';
import type { SessionFactsCache } from '../training/kpis.ts';
import { TRAINING_FORMULAS, trainingGroupOf, type TrainingKpiId } from './training-source.ts';

/**
 * A source of KPIs: the records it reads and the formulas over them. Tickets, audits, training and SERVQUAL surveys
 * are here; mystery shops add theirs the same way (their ids in shared/domain/kpi-catalog.ts), and compute, series,
 * targets, the CLI and the dashboard take them up without change.
 */
export interface KpiSourceDef {
  id: KpiSource;
  kpis: readonly KpiId[];
  /**
   * Values of `kpis` (all of this source) for each period, in the periods' order. Only called for a scope every one
   * of `kpis` is measured in (KpiMeta.scopes).
   */
  measure(
    db: Db,
    ctx: LoadContext,
    scope: KpiScope,
    periods: readonly Period[],
    kpis: readonly KpiId[],
  ): Map<KpiId, Measured[]>;
}

const MEDIANS: readonly KpiId[] = ['first_response_median_min', 'resolution_median_h'];

/** Day-range membership of several periods at once (they may overlap: a sparkline and the same period last year). */
export function periodAssigner(periods: readonly Period[]): (day: number) => readonly number[] {
  const ranges = periods.map((p) => [dayNumber(p.from), dayNumber(p.to)] as const);
  const none: number[] = [];
  return (day) => {
    let hits: number[] | null = null;
    for (let i = 0; i < ranges.length; i++) {
      const [a, b] = ranges[i] as readonly [number, number];
      if (day >= a && day <= b) (hits ??= []).push(i);
    }
    return hits ?? none;
  };
}

const ticketsSource: KpiSourceDef = {
  id: 'tickets',
  kpis: TICKET_KPI_IDS,
  measure(db, ctx, scope, periods, kpis) {
    ensureRollup(db, ctx.timeZone);
    const from = periods.reduce((m, p) => (p.from < m ? p.from : m), periods[0]?.from ?? '');
    const to = periods.reduce((m, p) => (p.to > m ? p.to : m), periods[0]?.to ?? '');
    const inPeriods = periodAssigner(periods);
    const withHist = kpis.some((id) => MEDIANS.includes(id));
    const clocks = SLA_CLOCKS.filter((c) => kpis.includes(c === 'response' ? 'sla_response_rate' : 'sla_resolution_rate'));
    const sums = loadTicketSums(db, ctx, scope, from, to, periods.length, (day) => inPeriods(day), withHist, clocks);
    return new Map(
      kpis.map((id) => [id, sums.map((s) => TICKET_FORMULAS[id as keyof typeof TICKET_FORMULAS](s))]),
    );
  },
};

const auditsSource: KpiSourceDef = {
  id: 'audits',
  kpis: AUDIT_KPI_IDS,
  measure(db, ctx, scope, periods, kpis) {
    const sums = loadAuditSums(db, ctx.timeZone, scope, periods, periodAssigner(periods));
    return new Map(kpis.map((id) => [id, sums.map((s) => AUDIT_FORMULAS[id as AuditKpiId](s))]));
  },
};

const trainingSource: KpiSourceDef = {
  id: 'training',
  kpis: TRAINING_KPI_IDS,
  measure(db, ctx, scope, periods, kpis) {
    const sessionFacts: SessionFactsCache = new Map();
    const groups = periods.map((p) => trainingGroupOf(db, ctx.timeZone, ctx.now, scope, p, sessionFacts));
    return new Map(
      kpis.map((id) => [
        id,
        groups.map((g) => (g === null ? { value: null, n: 0 } : TRAINING_FORMULAS[id as TrainingKpiId](g))),
      ]),
    );
  },
};

const surveysSource: KpiSourceDef = {
  id: 'surveys',
  kpis: SURVEY_KPI_IDS,
  measure: (db, _ctx, scope, periods, kpis) => servqualGaps(db, scope, periods, kpis as SurveyKpiId[]),
};

const mysterySource: KpiSourceDef = { id: 'mystery', kpis: MYSTERY_KPI_IDS, measure: measureMysteryKpis };

export const KPI_SOURCE_REGISTRY: readonly KpiSourceDef[] = [
  ticketsSource,
  auditsSource,
  trainingSource,
  surveysSource,
  mysterySource,
];

/** Values of any KPIs for each period, each source asked once; a KPI not measured in the scope is null, n 0. */
export function measureKpis(
  db: Db,
  ctx: LoadContext,
  scope: KpiScope,
  periods: readonly Period[],
  kpis: readonly KpiId[],
): Map<KpiId, Measured[]> {
  const out = new Map<KpiId, Measured[]>();
  if (periods.length === 0) return out;
  for (const source of KPI_SOURCE_REGISTRY) {
    const wanted = kpis.filter((id) => source.kpis.includes(id));
    for (const id of wanted.filter((id) => !kpiMeasuredIn(id, scope.dim)))
      out.set(
        id,
        periods.map(() => ({ value: null, n: 0 })),
      );
    const measurable = wanted.filter((id) => kpiMeasuredIn(id, scope.dim));
    if (measurable.length === 0) continue;
    for (const [id, values] of source.measure(db, ctx, scope, periods, measurable)) out.set(id, values);
  }
  return out;
}
