import type { EChartsOption } from 'echarts';
import { paretoOption } from '../../../shared/charts/kpi-pareto.ts';
import { slaTiersOption } from '../../../shared/charts/kpi-sla-tiers.ts';
import { trendOption } from '../../../shared/charts/kpi-trend.ts';
import { KPI_CATALOG } from '../../../shared/domain/kpi-catalog.ts';
import type { ReportData } from './model.ts';
import type { ReportText } from './text.ts';

/** Charts are drawn at the width of an A4 page's text column, so screen and paper show the same picture. */
export const CHART_WIDTH = 680;
export const CHART_HEIGHT = 280;

export interface ReportChart {
  id: string;
  /** Static SVG drawn in core: what a reader without scripts, and the printed page, sees. */
  svg: string;
  /** The same option without its functions, for the live chart in the HTML file (tooltips, legend toggles). */
  option: unknown;
  /** Tooltip values are written with this many decimals and this unit. */
  decimals: number;
  suffix: string;
}

type Echarts = typeof import('echarts');

function render(echarts: Echarts, option: EChartsOption): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Functions (formatters) do not survive JSON; the live chart gets a plain value formatter instead. */
const plain = (option: EChartsOption): unknown => JSON.parse(JSON.stringify(option)) as unknown;

const chartWith =
  (echarts: Echarts) =>
  (id: string, option: EChartsOption, decimals: number, suffix: string): ReportChart => ({
    id,
    svg: render(echarts, option),
    option: plain(option),
    decimals,
    suffix,
  });

/**
 * The trend, Pareto and SLA charts of a report, built with the dashboard's own option builders. ECharts is loaded
 * on the first report, not when a host starts: it is a large library and most sessions never make a report.
 */
export async function reportCharts(data: ReportData, t: ReportText): Promise<Map<string, ReportChart>> {
  const chart = chartWith(await import('echarts'));
  const out = new Map<string, ReportChart>();
  for (const s of data.trend.series) {
    const meta = KPI_CATALOG[s.id];
    const unit = t.kpi.units[meta.unit];
    out.set(
      `trend-${s.id}`,
      chart(
        `trend-${s.id}`,
        trendOption({
          labels: data.trend.labels,
          values: s.values,
          target: s.target,
          seriesName: t.kpiName(s.id),
          targetName: t.r.trends.target,
          format: (v) => t.value(s.id, v),
        }),
        meta.decimals,
        unit === '' || unit.startsWith('/') || unit === '%' ? unit : ` ${unit}`,
      ),
    );
  }
  const names = data.pareto.items.map(
    (i) => (t.language === 'en' ? i.nameEn : i.nameZh) ?? t.r.complaints.uncategorised,
  );
  out.set(
    'pareto',
    chart(
      'pareto',
      paretoOption({
        names,
        counts: data.pareto.items.map((i) => i.count),
        total: data.pareto.total,
        countName: t.r.complaints.count,
        cumulativeName: t.r.complaints.cumulative,
        formatCount: t.integer,
      }),
      0,
      '',
    ),
  );
  out.set(
    'sla',
    chart(
      'sla',
      slaTiersOption({
        tierNames: data.sla.map((s) => t.fill(t.r.sla.tierName, { tier: s.tier })),
        response: data.sla.map((s) => s.responseRate),
        resolution: data.sla.map((s) => s.resolutionRate),
        responseName: t.r.sla.response,
        resolutionName: t.r.sla.resolution,
      }),
      1,
      '%',
    ),
  );
  return out;
}
