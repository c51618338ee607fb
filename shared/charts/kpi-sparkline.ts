import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

/** A tile's sparkline: a bare line of the trailing periods, gaps where a period has no value. */
export function sparklineOption(
  values: readonly (number | null)[],
  colour: string = PALETTE.primary,
): EChartsOption {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: values.map((_, i) => i), boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data: values.map((v) => (v === null ? '-' : v)),
        showSymbol: false,
        smooth: false,
        connectNulls: false,
        lineStyle: { width: 1.5, color: colour },
        areaStyle: { color: colour, opacity: 0.08 },
        silent: true,
      },
    ],
  };
}
