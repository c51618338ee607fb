import { describe, expect, it } from 'vitest';
import { servqualGapOption } from '../../../shared/charts/servqual-gap.ts';
import { servqualRadarOption } from '../../../shared/charts/servqual-radar.ts';
import { PALETTE } from '../../../shared/charts/palette.ts';

const names = ['有形性', '可靠性', '响应性', '保证性', '移情性'];

describe('SERVQUAL chart options', () => {
  it('radar: one axis per dimension on the 1–7 scale, expectation and perception as two polygons, gaps as "-"', () => {
    const option = servqualRadarOption({
      dimensionNames: names,
      expectation: [6.2, 6.5, 6.1, 6, null],
      perception: [6, 5.4, 5.3, 5.7, null],
      expectationName: '期望',
      perceptionName: '感知',
    }) as { radar: { indicator: { name: string; max: number }[] }; series: { data: { name: string; value: unknown[] }[] }[] };
    expect(option.radar.indicator.map((i) => [i.name, i.max])).toEqual(names.map((n) => [n, 7]));
    expect(option.series[0]!.data.map((d) => d.name)).toEqual(['期望', '感知']);
    expect(option.series[0]!.data[1]!.value).toEqual([6, 5.4, 5.3, 5.7, '-']);
  });

  it('gap bars: red shortfalls labelled on their left, green surpluses on their right, an axis with room for labels', () => {
    const option = servqualGapOption({ names, gaps: [-0.2, -0.98, 0.3, 0, null], gapName: '差距' }) as {
      xAxis: { min: (e: { min: number }) => number; max: (e: { max: number }) => number };
      series: { data: unknown[] }[];
    };
    const data = option.series[0]!.data as ({ value: number; itemStyle: { color: string }; label: { position: string } } | '-')[];
    expect(data[1]).toMatchObject({ value: -0.98, itemStyle: { color: PALETTE.bad }, label: { position: 'left' } });
    expect(data[2]).toMatchObject({ value: 0.3, itemStyle: { color: PALETTE.good }, label: { position: 'right' } });
    expect(data[4]).toBe('-');
    expect(option.xAxis.min({ min: -0.98 })).toBe(-1.5);
    expect(option.xAxis.max({ max: 0.3 })).toBe(1);
    expect(option.xAxis.max({ max: -0.2 })).toBe(0);
  });
});
