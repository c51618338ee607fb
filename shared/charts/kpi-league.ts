import type { EChartsOption } from 'echarts';
import type { KpiId } from '../domain/kpi-catalog.ts';
import type { LeagueTable } from '../schemas/kpi-league.ts';
import { PALETTE } from './palette.ts';

/** One row of the league as the screen's grid and the report's table show it. */
export interface LeagueDisplayRow {
  outletId: number;
  rank: number | null;
  outlet: string;
  score: number | null;
  rankChange: number | null;
  redistributed: boolean;
  /** Per component: the KPI's value and its 0–100 points (null when the outlet has none). */
  values: Partial<Record<KpiId, { value: number | null; points: number | null }>>;
}

/** The league's rows, best first, keyed by component KPI. */
export function leagueRows(table: LeagueTable): LeagueDisplayRow[] {
  return table.rows.map((r) => ({
    outletId: r.outletId,
    rank: r.rank,
    outlet: r.name,
    score: r.score,
    rankChange: r.rankChange,
    redistributed: r.redistributed,
    values: Object.fromEntries(r.components.map((c) => [c.kpi, { value: c.value, points: c.points }])),
  }));
}

const SERIES_COLOURS = ['#1f5fbf', '#0d6e61', '#b26b00', '#7a4fb5', '#b42318', '#5a6576', '#2f8fb0'];

/**
 * Ranked outlets as horizontal bars of their weighted score, each bar stacked from its components' contributions
 * (points × the share of the weight they carry), the best outlet on top. Outlets without a score are left out.
 */
export function leagueOption(
  table: LeagueTable,
  labels: { kpiName: (id: KpiId) => string; format: (value: number) => string },
): EChartsOption {
  const ranked = table.rows.filter((r) => r.score !== null).reverse();
  const kpis = table.weights.weights.filter((w) => w.weight > 0).map((w) => w.kpi);
  return {
    animationDuration: 300,
    grid: { left: 12, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: PALETTE.muted } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? labels.format(v) : '—'),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: PALETTE.muted },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      data: ranked.map((r) => `${r.rank}. ${r.name}`),
      axisLabel: { color: PALETTE.text, width: 140, overflow: 'truncate' },
    },
    series: kpis.map((kpi, i) => ({
      type: 'bar',
      stack: 'score',
      name: labels.kpiName(kpi),
      itemStyle: { color: SERIES_COLOURS[i % SERIES_COLOURS.length] },
      data: ranked.map((r) => {
        const c = r.components.find((x) => x.kpi === kpi);
        return c && c.points !== null ? c.points * c.share : 0;
      }),
    })),
  };
}
