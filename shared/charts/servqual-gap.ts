import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface ServqualGapInput {
  /** Category names (dimensions, or item labels) in display order. */
  names: readonly string[];
  gaps: readonly (number | null)[];
  gapName: string;
}

/**
 * Gap (P − E) as horizontal bars around zero: shortfalls red to the left, expectations exceeded green to the right.
 * The first name is drawn on top.
 */
export function servqualGapOption(input: ServqualGapInput): EChartsOption {
  return {
    animationDuration: 300,
    grid: { left: 12, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => (v === '-' ? '—' : String(v)) },
    xAxis: {
      type: 'value',
      // A little room beyond the longest bar for its label.
      min: (extent: { min: number }) => (extent.min < 0 ? Math.floor((extent.min - 0.25) * 2) / 2 : 0),
      max: (extent: { max: number }) => (extent.max > 0 ? Math.ceil((extent.max + 0.25) * 2) / 2 : 0),
      axisLabel: { color: PALETTE.muted },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...input.names],
      axisTick: { show: false },
      axisLabel: { color: PALETTE.text },
    },
    series: [
      {
        name: input.gapName,
        type: 'bar',
        barMaxWidth: 22,
        data: input.gaps.map((g) =>
          g === null
            ? '-'
            : { value: g, itemStyle: { color: g < 0 ? PALETTE.bad : PALETTE.good }, label: { position: g < 0 ? ('left' as const) : ('right' as const) } },
        ),
        label: { show: true, position: 'right', color: PALETTE.muted, formatter: ({ value }) => (typeof value === 'number' ? value.toFixed(2) : '') },
        markLine: { silent: true, symbol: 'none', lineStyle: { color: PALETTE.text, type: 'solid' }, label: { show: false }, data: [{ xAxis: 0 }] },
      },
    ],
  };
}
