import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface ParetoInput {
  /** Category names, most frequent first. */
  names: readonly string[];
  counts: readonly number[];
  /** All complaints of the period (the bars may show only the top ones). */
  total: number;
  countName: string;
  cumulativeName: string;
  formatCount: (value: number) => string;
}

/** Cumulative share of the total after each bar, in percent. */
export function cumulativeShares(counts: readonly number[], total: number): number[] {
  let running = 0;
  return counts.map((c) => {
    running += c;
    return total === 0 ? 0 : (100 * running) / total;
  });
}

/** Bars of complaints per category with the cumulative share as a line on a 0–100 % axis, and the 80 % mark. */
export function paretoOption(input: ParetoInput): EChartsOption {
  const shares = cumulativeShares(input.counts, input.total);
  return {
    animationDuration: 300,
    grid: { left: 12, right: 12, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: PALETTE.muted } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: [...input.names],
      axisLabel: {
        color: PALETTE.text,
        interval: 0,
        rotate: input.names.length > 6 ? 35 : 0,
        width: 90,
        overflow: 'truncate',
      },
      axisTick: { show: false },
    },
    yAxis: [
      {
        type: 'value',
        axisLabel: { color: PALETTE.muted },
        splitLine: { lineStyle: { color: PALETTE.grid } },
      },
      {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { color: PALETTE.muted, formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: input.countName,
        type: 'bar',
        data: [...input.counts],
        barMaxWidth: 36,
        itemStyle: { color: PALETTE.primary, borderRadius: [3, 3, 0, 0] },
        emphasis: { itemStyle: { color: PALETTE.primaryStrong } },
        tooltip: { valueFormatter: (v) => input.formatCount(Number(v)) },
        cursor: 'pointer',
      },
      {
        name: input.cumulativeName,
        type: 'line',
        yAxisIndex: 1,
        data: shares.map((s) => Math.round(s * 10) / 10),
        symbolSize: 5,
        lineStyle: { color: PALETTE.accent, width: 2 },
        itemStyle: { color: PALETTE.accent },
        tooltip: { valueFormatter: (v) => `${String(v)}%` },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed', color: PALETTE.faint },
          data: [{ yAxis: 80 }],
        },
      },
    ],
  };
}
