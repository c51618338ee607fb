import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface Keyword {
  term: string;
  count: number;
  tickets: number;
}

/** Bars this tall keep every term readable; the chart grows with the number of terms. */
const BAR_PX = 24;

/** Horizontal bars, the most frequent term on top; a click on a bar or its label searches for the term. */
export function KeywordChart({
  keywords,
  onPick,
}: {
  keywords: readonly Keyword[];
  onPick: (term: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      // A bar names its term; an axis label (triggerEvent) carries it as its value.
      const term = params.componentType === 'yAxis' ? String(params.value ?? '') : params.name;
      if (term) pick.current(term);
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const number = new Intl.NumberFormat(i18n.language);
    chart.current?.setOption(
      {
        // Bars jump to the new period at once: a transition between two unrelated term lists only confuses.
        animation: false,
        grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'item',
          formatter: (p: unknown) => {
            const index = (p as { dataIndex: number }).dataIndex;
            const k = keywords[index];
            return k
              ? t('tickets.keywords.tooltip', {
                  term: k.term,
                  count: number.format(k.count),
                  tickets: number.format(k.tickets),
                })
              : '';
          },
        },
        xAxis: {
          type: 'value',
          axisLabel: { color: '#5a6576' },
          splitLine: { lineStyle: { color: '#eceff3' } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: keywords.map((k) => k.term),
          triggerEvent: true,
          axisTick: { show: false },
          axisLabel: { color: '#1b2430', fontSize: 13, cursor: 'pointer' },
        },
        series: [
          {
            type: 'bar',
            data: keywords.map((k) => k.count),
            barMaxWidth: 16,
            itemStyle: { color: '#1f5fbf', borderRadius: [0, 3, 3, 0] },
            emphasis: { itemStyle: { color: '#174c99' } },
            label: {
              show: true,
              position: 'right',
              color: '#5a6576',
              formatter: (p: { value: unknown }) => number.format(Number(p.value)),
            },
            cursor: 'pointer',
          },
        ],
      },
      { notMerge: true },
    );
  }, [keywords, t, i18n.language]);

  return (
    <div
      ref={host}
      className="keyword-chart"
      role="img"
      aria-label={t('tickets.keywords.chartLabel')}
      style={{ height: Math.max(160, keywords.length * BAR_PX + 24) }}
    />
  );
}
