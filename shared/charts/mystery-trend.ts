import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface MysteryTrendInput {
  waves: readonly string[];
  outlets: readonly { name: string; scores: readonly (number | null)[] }[];
}

/** One line per outlet across the programme's waves (0–100); a wave without a published visit leaves a gap. */
export function mysteryTrendOption(input: MysteryTrendInput): EChartsOption {
  return {
    animation: false,
    grid: { left: 12, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(1) : '—') },
    legend: { type: 'scroll', top: 0, textStyle: { color: PALETTE.muted } },
    xAxis: { type: 'category', data: [...input.waves], axisLabel: { color: PALETTE.muted } },
    yAxis: { type: 'value', min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10), max: 100, axisLabel: { color: PALETTE.muted }, splitLine: { lineStyle: { color: PALETTE.grid } } },
    series: input.outlets.map((o) => ({ type: 'line', name: o.name, data: [...o.scores], connectNulls: false, symbolSize: 6 })),
  };
}
