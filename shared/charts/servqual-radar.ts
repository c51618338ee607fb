import type { EChartsOption } from 'echarts';
import { SERVQUAL_SCALE } from '../domain/servqual.ts';
import { PALETTE } from './palette.ts';

export interface ServqualRadarInput {
  /** Dimension names in the catalog's words, in SERVQUAL order. */
  dimensionNames: readonly string[];
  expectation: readonly (number | null)[];
  perception: readonly (number | null)[];
  expectationName: string;
  perceptionName: string;
}

/**
 * Expectation against perception per SERVQUAL dimension on the 1–7 scale: where the perception polygon lies inside
 * the expectation polygon, the service falls short. Series 0 = expectation, 1 = perception.
 */
export function servqualRadarOption(input: ServqualRadarInput): EChartsOption {
  const values = (data: readonly (number | null)[]) => data.map((v) => (v === null ? '-' : v));
  return {
    animationDuration: 300,
    color: [PALETTE.faint, PALETTE.primary],
    legend: { bottom: 0, textStyle: { color: PALETTE.muted } },
    tooltip: { trigger: 'item' },
    radar: {
      center: ['50%', '48%'],
      radius: '68%',
      indicator: input.dimensionNames.map((name) => ({ name, min: SERVQUAL_SCALE.min - 1, max: SERVQUAL_SCALE.max })),
      axisName: { color: PALETTE.text, fontSize: 13 },
      splitLine: { lineStyle: { color: PALETTE.grid } },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        data: [
          {
            name: input.expectationName,
            value: values(input.expectation),
            lineStyle: { type: 'dashed', width: 2 },
            areaStyle: { opacity: 0.08 },
          },
          {
            name: input.perceptionName,
            value: values(input.perception),
            lineStyle: { width: 2 },
            areaStyle: { opacity: 0.18 },
          },
        ],
      },
    ],
  };
}
