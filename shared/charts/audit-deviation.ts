import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface DeviationInput {
  /** One bar per auditor. */
  names: readonly string[];
  /** Signed points: above zero scores higher (more lenient) than the reference. */
  values: readonly number[];
  seriesName: string;
  /** Draws dashed lines at ±threshold and colours bars past it; without it every bar is neutral. */
  threshold?: number;
}

/**
 * Horizontal bars of each auditor's signed difference from a reference score (the calibration consensus, or the
 * average of all auditors on comparable audits), centred on zero so lenient goes right and strict left.
 */
export function deviationOption(input: DeviationInput): EChartsOption {
  const limit = input.threshold;
  const colour = (v: number) => (limit === undefined ? PALETTE.primary : v >= limit ? PALETTE.warn : v <= -limit ? PALETTE.bad : PALETTE.primary);
  const span = Math.max(limit ?? 0, ...input.values.map((v) => Math.abs(v)), 1);
  // A symmetric axis on a multiple of 5, so zero sits in the middle and the end labels do not crowd the ticks.
  const edge = Math.ceil((span * 1.15) / 5) * 5;
  return {
    animationDuration: 300,
    grid: { left: 12, right: 24, top: limit === undefined ? 12 : 28, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => Number(v).toFixed(1) },
    xAxis: {
      type: 'value',
      min: -edge,
      max: edge,
      interval: edge / 5,
      axisLabel: { color: PALETTE.muted },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    yAxis: {
      type: 'category',
      data: [...input.names],
      inverse: true,
      axisLabel: { color: PALETTE.text },
      axisTick: { show: false },
    },
    series: [
      {
        name: input.seriesName,
        type: 'bar',
        barMaxWidth: 22,
        data: input.values.map((v) => ({ value: v, itemStyle: { color: colour(v) } })),
        label: { show: true, position: 'right', color: PALETTE.text, formatter: ({ value }) => Number(value).toFixed(1) },
        ...(limit === undefined
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: PALETTE.faint, type: 'dashed' },
                // The category axis runs top-down (inverse), so 'start' puts the label at the top, clear of the value axis.
                label: { position: 'start', color: PALETTE.muted, formatter: ({ value }: { value?: unknown }) => `${Number(value) > 0 ? '+' : ''}${String(value)}` },
                data: [{ xAxis: limit }, { xAxis: -limit }],
              },
            }),
      },
    ],
  };
}
