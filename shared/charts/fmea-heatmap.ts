import type { EChartsOption } from 'echarts';
import { cellZone, heatCells, type FmeaScores, type RiskBand } from '../domain/fmea.ts';
import { PALETTE } from './palette.ts';

export interface FmeaHeatmapInput {
  items: readonly FmeaScores[];
  texts: {
    severity: string;
    occurrence: string;
    /** "{count} failure modes · worst RPN {rpn}" already worded, per cell. */
    cell: (count: number, maxRpn: number) => string;
    zones: Record<RiskBand, string>;
  };
}

const ZONE_VALUE: Record<RiskBand, number> = { low: 0, medium: 1, high: 2 };
const ZONE_COLOUR: Record<RiskBand, string> = { low: '#d9efdf', medium: '#fbe3b5', high: '#f4bcb5' };
const SCALE = Array.from({ length: 10 }, (_, i) => String(i + 1));

/**
 * Risk heat map: occurrence 1–10 across, severity 1–10 up, every cell tinted by its risk zone and labelled with how
 * many failure modes sit in it. A click gives [occurrence − 1, severity − 1] as the value's first two numbers.
 */
export function fmeaHeatmapOption(input: FmeaHeatmapInput): EChartsOption {
  const counts = new Map(heatCells(input.items).map((c) => [`${c.severity}-${c.occurrence}`, c]));
  const data: [number, number, number, number, number][] = [];
  for (let severity = 1; severity <= 10; severity += 1) {
    for (let occurrence = 1; occurrence <= 10; occurrence += 1) {
      const cell = counts.get(`${severity}-${occurrence}`);
      data.push([
        occurrence - 1,
        severity - 1,
        ZONE_VALUE[cellZone(severity, occurrence)],
        cell?.count ?? 0,
        cell?.maxRpn ?? 0,
      ]);
    }
  }
  return {
    animation: false,
    grid: { left: 30, right: 8, top: 8, bottom: 64, containLabel: true },
    tooltip: {
      formatter: (p: unknown) => {
        const v = (p as { value: number[] }).value;
        const head = `${input.texts.severity} ${v[1]! + 1} · ${input.texts.occurrence} ${v[0]! + 1}`;
        return v[3] ? `${head}<br/>${input.texts.cell(v[3], v[4]!)}` : head;
      },
    },
    xAxis: {
      type: 'category',
      data: SCALE,
      name: input.texts.occurrence,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: PALETTE.muted },
      axisLabel: { color: PALETTE.muted },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'category',
      data: SCALE,
      name: input.texts.severity,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: PALETTE.muted },
      axisLabel: { color: PALETTE.muted },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      selectedMode: false,
      textStyle: { color: PALETTE.muted },
      pieces: (['low', 'medium', 'high'] as const).map((zone) => ({
        value: ZONE_VALUE[zone],
        label: input.texts.zones[zone],
        color: ZONE_COLOUR[zone],
      })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        label: {
          show: true,
          color: PALETTE.text,
          fontWeight: 'bold',
          formatter: (p: unknown) => {
            const count = (p as { value: number[] }).value[3];
            return count ? String(count) : '';
          },
        },
        emphasis: { itemStyle: { borderColor: PALETTE.text, borderWidth: 1 } },
        cursor: 'pointer',
      },
    ],
  };
}
