import type { EChartsOption } from 'echarts';
import type { EffectMetric } from '../schemas/training-effect.ts';
import { PALETTE } from './palette.ts';

export interface EffectChartInput {
  metrics: readonly EffectMetric[];
  /** Panel titles in metric order, and the two bar labels. */
  titles: readonly string[];
  beforeName: string;
  afterName: string;
}

const VERDICT_COLOUR: Record<EffectMetric['verdict'], string> = {
  improved: PALETTE.good,
  worsened: PALETTE.bad,
  no_change: PALETTE.primary,
  not_enough_data: PALETTE.none,
};

/** A rate is shown in percent, a mean as it is (CSAT 1–5, minutes), rounded for the label. */
export const effectFigure = (m: EffectMetric, v: number | null): number | null =>
  v === null ? null : m.kind === 'rate' ? Math.round(v * 1000) / 10 : Math.round(v * 100) / 100;

/**
 * One small panel per KPI, side by side: before (grey) and after (coloured by the verdict: green improved, red
 * worsened, blue no significant change, grey not enough data), each bar labelled with its value. Each panel has
 * its own axis, since CSAT, minutes and percentages do not share a scale.
 */
export function trainingEffectOption(input: EffectChartInput): EChartsOption {
  const count = input.metrics.length;
  const width = 100 / count;
  const grids = input.metrics.map((_, i) => ({
    left: `${i * width + 2}%`,
    width: `${width - 5}%`,
    top: 40,
    bottom: 8,
    containLabel: true,
  }));
  return {
    animationDuration: 300,
    tooltip: { trigger: 'item' },
    grid: grids,
    xAxis: input.metrics.map((_, i) => ({
      type: 'category' as const,
      gridIndex: i,
      data: [input.beforeName, input.afterName],
      axisTick: { show: false },
      axisLabel: { color: PALETTE.muted },
    })),
    yAxis: input.metrics.map((m, i) => ({
      type: 'value' as const,
      gridIndex: i,
      // The panel's title sits above its axis (the title component is not registered in the app's charts).
      name: input.titles[i] ?? m.id,
      nameTextStyle: { align: 'left' as const, fontSize: 13, fontWeight: 600, color: PALETTE.text },
      // Bars start at the scale's floor, so their heights compare honestly: CSAT's is 1, the others' 0.
      ...(m.id === 'csat' ? { min: 1, max: 5 } : { min: 0 }),
      axisLabel: { color: PALETTE.muted, ...(m.kind === 'rate' ? { formatter: '{value}%' } : {}) },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    })),
    series: input.metrics.map((m, i) => ({
      type: 'bar' as const,
      name: input.titles[i] ?? m.id,
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 36,
      data: [
        { value: effectFigure(m, m.before.value) ?? '-', itemStyle: { color: PALETTE.faint } },
        { value: effectFigure(m, m.after.value) ?? '-', itemStyle: { color: VERDICT_COLOUR[m.verdict] } },
      ],
      label: {
        show: true,
        position: 'top' as const,
        color: PALETTE.text,
        formatter: m.kind === 'rate' ? '{c}%' : '{c}',
      },
    })),
  };
}
