import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface TrendInput {
  /** Bucket labels (2026-10, 2026-W41, 2026-10-05). */
  labels: readonly string[];
  values: readonly (number | null)[];
  target: number | null;
  seriesName: string;
  targetName: string;
  format: (value: number) => string;
}

/** A KPI over time with its target as a dashed line; a click on a point names the bucket (dataIndex). */
export function trendOption(input: TrendInput): EChartsOption {
  const { labels, values, target, format } = input;
  return {
    animationDuration: 300,
    grid: { left: 12, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: PALETTE.muted } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? format(v) : '—'),
    },
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
        name: input.seriesName,
        type: 'line',
        data: values.map((v) => (v === null ? '-' : v)),
        connectNulls: false,
        symbolSize: 6,
        lineStyle: { width: 2, color: PALETTE.primary },
        itemStyle: { color: PALETTE.primary },
        cursor: 'pointer',
      },
      ...(target === null
        ? []
        : [
            {
              name: input.targetName,
              type: 'line' as const,
              data: labels.map(() => target),
              symbol: 'none',
              lineStyle: { width: 1.5, type: 'dashed' as const, color: PALETTE.accent },
              itemStyle: { color: PALETTE.accent },
              silent: true,
            },
          ]),
    ],
  };
}
