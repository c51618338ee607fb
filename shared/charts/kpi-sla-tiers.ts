import type { EChartsOption } from 'echarts';
import { PALETTE } from './palette.ts';

export interface SlaTiersInput {
  tierNames: readonly string[];
  response: readonly (number | null)[];
  resolution: readonly (number | null)[];
  responseName: string;
  resolutionName: string;
}

/** Response and resolution SLA met per tier as grouped bars on a 0–100 % axis; series 0 = response, 1 = resolution. */
export function slaTiersOption(input: SlaTiersInput): EChartsOption {
  const bar = (name: string, data: readonly (number | null)[], colour: string) => ({
    name,
    type: 'bar' as const,
    data: data.map((v) => (v === null ? '-' : Math.round(v * 10) / 10)),
    barMaxWidth: 28,
    itemStyle: { color: colour, borderRadius: [3, 3, 0, 0] },
    label: { show: true, position: 'top' as const, color: PALETTE.muted, formatter: '{c}%' },
    cursor: 'pointer',
  });
  return {
    animationDuration: 300,
    grid: { left: 12, right: 12, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { color: PALETTE.muted } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (v === '-' ? '—' : `${String(v)}%`),
    },
    xAxis: {
      type: 'category',
      data: [...input.tierNames],
      axisTick: { show: false },
      axisLabel: { color: PALETTE.text },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: PALETTE.muted, formatter: '{value}%' },
      splitLine: { lineStyle: { color: PALETTE.grid } },
    },
    series: [
      bar(input.responseName, input.response, PALETTE.primary),
      bar(input.resolutionName, input.resolution, PALETTE.accent),
    ],
  };
}
