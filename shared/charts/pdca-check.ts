import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface CheckChartInput {
  labels: readonly string[];
  values: readonly (number | null)[];
  /** Index of the first bucket on or after the cycle's start; a vertical line marks it. */
  startIndex: number;
  baseline: number | null;
  target: number | null;
  names: { actual: string; baseline: string; target: string; start: string };
  format: (value: number) => string;
}

const flat = (name: string, value: number, count: number, colour: string, type: 'dashed' | 'dotted') => ({
  name,
  type: 'line' as const,
  data: Array.from({ length: count }, () => value),
  symbol: 'none',
  lineStyle: { width: 1.5, type, color: colour },
  itemStyle: { color: colour },
  silent: true,
});

/** A cycle's KPI before and since its start, against the baseline it recorded and the target it aims at. */
export function checkOption(input: CheckChartInput): EChartsOption {
  const { labels, values, format, names } = input;
  return {
    animationDuration: 300,
    grid: { left: 12, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: PALETTE.muted } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? format(v) : '—') },
    xAxis: {
      type: 'category',
      data: [...labels],
      axisLabel: { color: PALETTE.muted, hideOverlap: true },
      axisLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: PALETTE.muted, formatter: (v: number) => format(v) },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    series: [
      {
        name: names.actual,
        type: 'line',
        data: values.map((v) => (v === null ? '-' : v)),
        connectNulls: false,
        symbolSize: 6,
        lineStyle: { width: 2, color: PALETTE.primary },
        itemStyle: { color: PALETTE.primary },
        markLine:
          input.startIndex >= 0 && input.startIndex < labels.length
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: PALETTE.warn, type: 'solid', width: 1 },
                label: { formatter: names.start, color: PALETTE.warn, position: 'insideEndTop' },
                data: [{ xAxis: input.startIndex }],
              }
            : { data: [] },
      },
      ...(input.baseline === null
        ? []
        : [flat(names.baseline, input.baseline, labels.length, PALETTE.faint, 'dotted')]),
      ...(input.target === null
        ? []
        : [flat(names.target, input.target, labels.length, PALETTE.accent, 'dashed')]),
    ],
  };
}
