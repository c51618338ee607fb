import type { EChartsOption, SeriesOption } from 'echarts';
import type { ControlChart } from '../schemas/kpi.ts';
import { PALETTE } from './palette.ts';

export interface ControlInput {
  chart: ControlChart;
  names: {
    value: string;
    center: string;
    ucl: string;
    lcl: string;
    violation: string;
    /** Title of the range or moving-range panel, when there is one. */
    secondary: string;
  };
  format: (value: number) => string;
}

const dash = (v: number | null) => (v === null ? '-' : v);

/**
 * A control chart: the points with centre line and control limits (stepped where they vary with the subgroup size),
 * the points that break a rule drawn large and red, and below it the range or moving-range chart. A click on a
 * point names the day (dataIndex).
 */
export function controlOption({ chart, names, format }: ControlInput): EChartsOption {
  const days = [...chart.days];
  const two = chart.secondary !== null;
  const flagged = new Set(chart.violations.map((v) => v.index));
  const limitLine = (name: string, data: (number | null)[], colour: string, dashed: boolean, axis = 0) => ({
    name,
    type: 'line' as const,
    data: data.map(dash),
    xAxisIndex: axis,
    yAxisIndex: axis,
    step: 'middle' as const,
    symbol: 'none',
    lineStyle: { width: 1.2, type: dashed ? ('dashed' as const) : ('solid' as const), color: colour },
    itemStyle: { color: colour },
    silent: true,
  });
  const series: SeriesOption[] = [
    {
      name: names.value,
      type: 'line',
      data: chart.main.values.map(dash),
      connectNulls: false,
      symbolSize: 5,
      lineStyle: { width: 1.5, color: PALETTE.primary },
      itemStyle: { color: PALETTE.primary },
      cursor: 'pointer',
    },
    limitLine(names.ucl, chart.main.ucl, PALETTE.bad, true),
    limitLine(
      names.center,
      days.map(() => chart.main.center),
      PALETTE.accent,
      false,
    ),
    limitLine(names.lcl, chart.main.lcl, PALETTE.bad, true),
    {
      name: names.violation,
      type: 'scatter',
      data: chart.main.values.map((v, i) => (flagged.has(i) && v !== null ? v : '-')),
      symbolSize: 11,
      itemStyle: { color: PALETTE.bad, borderColor: '#fff', borderWidth: 1.5 },
      cursor: 'pointer',
      z: 5,
    },
  ];
  if (chart.secondary) {
    const s = chart.secondary;
    series.push(
      {
        name: names.secondary,
        type: 'line',
        data: s.values.map(dash),
        xAxisIndex: 1,
        yAxisIndex: 1,
        connectNulls: false,
        symbolSize: 4,
        lineStyle: { width: 1.2, color: PALETTE.primaryStrong },
        itemStyle: { color: PALETTE.primaryStrong },
      },
      limitLine(
        `${names.secondary} ${names.ucl}`,
        days.map(() => s.ucl),
        PALETTE.bad,
        true,
        1,
      ),
      limitLine(
        `${names.secondary} ${names.center}`,
        days.map(() => s.center),
        PALETTE.accent,
        false,
        1,
      ),
    );
  }
  const axis = (index: number, labels: boolean) => ({
    type: 'category' as const,
    data: days,
    gridIndex: index,
    axisLabel: { show: labels, color: PALETTE.muted, hideOverlap: true },
    axisLine: { lineStyle: { color: PALETTE.grid } },
  });
  const yAxis = (index: number, name?: string) => ({
    type: 'value' as const,
    gridIndex: index,
    scale: true,
    // the range panel is short: a few ticks keep its labels apart
    ...(index === 1 ? { splitNumber: 2 } : {}),
    ...(name ? { name, nameTextStyle: { color: PALETTE.muted, align: 'left' as const } } : {}),
    axisLabel: { color: PALETTE.muted, formatter: (v: number) => format(v) },
    splitLine: { lineStyle: { color: PALETTE.grid } },
  });
  return {
    animationDuration: 300,
    legend: {
      top: 0,
      left: 0,
      textStyle: { color: PALETTE.muted },
      data: [names.value, names.center, names.ucl, names.lcl, names.violation],
    },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? format(v) : '—'),
    },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: two
      ? [
          { left: 12, right: 24, top: 36, height: '52%', containLabel: true },
          { left: 12, right: 24, top: '72%', bottom: 8, containLabel: true },
        ]
      : [{ left: 12, right: 24, top: 36, bottom: 8, containLabel: true }],
    xAxis: two ? [axis(0, false), axis(1, true)] : [axis(0, true)],
    yAxis: two ? [yAxis(0), yAxis(1, names.secondary)] : [yAxis(0)],
    series,
  };
}
