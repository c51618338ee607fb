import type { KpiId } from '../../../shared/domain/kpi-catalog.ts';
import type { Period, SeriesGrain } from '../../../shared/domain/kpi-period.ts';
import type { Action, CycleSummary } from '../../../shared/schemas/improvement.ts';
import type { KpiReport, ParetoChart, SlaTierChart } from '../../../shared/schemas/kpi.ts';
import type { ReportRequest, ReportSection } from '../../../shared/schemas/reports.ts';
import type { KpiGroup } from '../../../shared/schemas/training.ts';

/** KPIs drawn as trend charts and shown in the outlet league table. */
export const TREND_KPIS = [
  'csat_avg',
  'fcr_rate',
  'sla_resolution_rate',
  'first_response_avg_min',
] as const satisfies readonly KpiId[];
export const OUTLET_KPIS = [
  'tickets_total',
  'csat_avg',
  'fcr_rate',
  'sla_resolution_rate',
  'first_response_avg_min',
  'complaint_rate',
] as const satisfies readonly KpiId[];

export interface OutletRow {
  code: string;
  name: string;
  values: Record<(typeof OUTLET_KPIS)[number], number | null>;
}

export interface CycleRow {
  summary: CycleSummary;
  /** Texts of the likely root causes of its fishbones. */
  rootCauses: string[];
}

export interface Fishbone {
  title: string;
  svg: string;
}

export interface ExpiringCertificate {
  person: string;
  course: string;
  expiresOn: string;
  daysLeft: number | null;
}

/**
 * Everything a report shows, gathered once from the KPI engine, tickets, improvement and training, then written as
 * HTML, PDF and Excel from the same numbers. Texts are raw user data: writers escape them.
 */
export interface ReportData {
  request: ReportRequest;
  sections: ReportSection[];
  period: Period;
  /** The period as the request wrote it (2026-09, 2026-H1). */
  periodText: string;
  scopeLabel: string;
  generatedAt: number;
  timeZone: string;
  kpis: KpiReport;
  trend: {
    grain: SeriesGrain;
    labels: string[];
    series: { id: (typeof TREND_KPIS)[number]; values: (number | null)[]; target: number | null }[];
  };
  pareto: ParetoChart;
  keywords: { term: string; count: number; tickets: number }[];
  sla: SlaTierChart;
  outlets: OutletRow[];
  training: { total: KpiGroup; groups: KpiGroup[]; expiring: ExpiringCertificate[] };
  cycles: { open: CycleRow[]; closed: CycleRow[]; fishbones: Fishbone[] };
  overdueActions: (Action & { ownerLabel: string | null })[];
}
