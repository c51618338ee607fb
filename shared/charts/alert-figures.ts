import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface AlertFiguresInput {
  periods: readonly string[];
  values: readonly (number | null)[];
  /** The limit per period (it moves with a target, benchmark or the organisation's value). */
  limits: readonly (number | null)[];
  valueName: string;
  limitName: string;
  format: (value: number) => string;
}

/** The periods that raised an alert: each value as a red point on a line, the limit it crossed as a dashed line. */
export function alertFiguresOption(input: AlertFiguresInput): EChartsOption {
  const { format } = input;
  return {
    animationDuration: 300,
    grid: { left: 12, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: PALETTE.muted } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? format(v) : '—') },
    xAxis: {
      type: 'category',
      data: [...input.periods],
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
        name: input.valueName,
        type: 'line',
        data: input.values.map((v) => (v === null ? '-' : v)),
        symbolSize: 9,
        lineStyle: { width: 2, color: PALETTE.bad },
        itemStyle: { color: PALETTE.bad },
      },
      {
        name: input.limitName,
        type: 'line',
        data: input.limits.map((v) => (v === null ? '-' : v)),
        symbol: 'none',
        lineStyle: { width: 1.5, type: 'dashed', color: PALETTE.text },
        itemStyle: { color: PALETTE.text },
        silent: true,
      },
    ],
  };
}
