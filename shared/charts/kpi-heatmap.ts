import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface HeatmapInput {
  months: readonly string[];
  outletNames: readonly string[];
  /** [month index, outlet index, value]. */
  cells: readonly (readonly [number, number, number | null])[];
  /** Higher is better: good values green; lower is better: reversed; neutral: one blue scale. */
  direction: 'higher' | 'lower' | 'neutral';
  format: (value: number) => string;
}

/** Outlets (rows) × months (columns), coloured by the KPI's value from bad to good. */
export function heatmapOption(input: HeatmapInput): EChartsOption {
  const values = input.cells.map((c) => c[2]).filter((v): v is number => v !== null);
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const badToGood = ['#f1b9b2', '#fbe7bf', '#b9e0c4'];
  const colours =
    input.direction === 'neutral'
      ? ['#e9f0fb', '#a9c3ea', '#6f98d8']
      : input.direction === 'higher'
        ? badToGood
        : [...badToGood].reverse();
  return {
    animation: false,
    grid: { left: 12, right: 12, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      formatter: (p: unknown) => {
        const value = (p as { value: [number, number, number | null] }).value;
        const name = input.outletNames[value[1]] ?? '';
        const month = input.months[value[0]] ?? '';
        return `${name} · ${month}<br/>${value[2] === null ? '—' : input.format(value[2])}`;
      },
    },
    xAxis: {
      type: 'category',
      data: [...input.months],
      splitArea: { show: true },
      axisLabel: { color: PALETTE.muted },
    },
    yAxis: {
      type: 'category',
      data: [...input.outletNames],
      splitArea: { show: true },
      axisLabel: { color: PALETTE.text },
    },
    visualMap: {
      min,
      max: max === min ? min + 1 : max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [input.format(max), input.format(min)],
      inRange: { color: colours },
      textStyle: { color: PALETTE.muted },
    },
    series: [
      {
        type: 'heatmap',
        data: input.cells.map((c) => [c[0], c[1], c[2] === null ? '-' : c[2]]),
        label: {
          show: input.months.length <= 12,
          color: PALETTE.text,
          fontSize: 11,
          formatter: (p: unknown) => {
            const v = (p as { value: [number, number, number | string] }).value[2];
            return typeof v === 'number' ? input.format(v) : '';
          },
        },
        emphasis: { itemStyle: { borderColor: PALETTE.text, borderWidth: 1 } },
        cursor: 'pointer',
      },
    ],
  };
}
