import { changeIsBetter } from '../../../../shared/charts/kpi-format.ts';
import type { KpiId } from '../../../../shared/domain/kpi-catalog.ts';
import type { ReportChart } from '../charts.ts';
import type { ReportData } from '../model.ts';
import { OUTLET_KPIS } from '../model.ts';
import type { ReportText } from '../text.ts';
import { esc } from './escape.ts';

export const num = (text: string) => `<td class="num">${esc(text)}</td>`;
export const cell = (text: string) => `<td>${esc(text)}</td>`;
/** Dates never wrap inside a narrow column. */
export const dateCell = (text: string) => `<td class="nowrap">${esc(text)}</td>`;
export const head = (labels: string[], numeric: boolean[] = []) =>
  `<thead><tr>${labels.map((l, i) => `<th${numeric[i] ? ' class="num"' : ''}>${esc(l)}</th>`).join('')}</tr></thead>`;

/** The live chart's container, holding the static SVG until the script replaces it. */
const chartBox = (c: ReportChart | undefined) =>
  c ? `<div class="chart" id="chart-${esc(c.id)}" data-chart="${esc(c.id)}">${c.svg}</div>` : '';

function arrow(id: KpiId, change: number | null, t: ReportText): string {
  if (change === null) return esc('—');
  const better = changeIsBetter(id, change);
  const symbol = change > 0 ? '▲' : change < 0 ? '▼' : '■';
  const cls = better === null ? '' : ` class="${change > 0 ? 'up' : 'down'}-${better ? 'good' : 'bad'}"`;
  return `<span${cls}>${symbol} ${esc(t.change(id, change))}</span>`;
}

const TILE_KPIS: KpiId[] = ['tickets_total', 'csat_avg', 'fcr_rate', 'sla_resolution_rate'];

export function summarySection(d: ReportData, t: ReportText): string {
  const kpis = d.kpis.kpis;
  const total = kpis.find((k) => k.id === 'tickets_total')?.value ?? 0;
  const lead = t.fill(t.r.summary.lead, {
    period: d.periodText,
    tickets: t.integer(total),
    good: kpis.filter((k) => k.status === 'good').length,
    bad: kpis.filter((k) => k.status === 'bad').length,
  });
  const tiles = TILE_KPIS.map((id) => {
    const k = kpis.find((x) => x.id === id);
    return `<div class="tile"><span>${esc(t.kpiName(id))}</span><b>${esc(t.value(id, k?.value ?? null))}</b>${k ? arrow(id, k.change, t) : ''}</div>`;
  }).join('');
  const s = t.r.summary;
  const rows = kpis
    .map(
      (k) =>
        `<tr data-kpi="${esc(k.id)}">${cell(t.kpiName(k.id))}<td class="num" data-value>${esc(t.value(k.id, k.value))}</td>${num(
          t.value(k.id, k.target),
        )}<td><span class="status status-${esc(k.status)}">${esc(t.kpi.status[k.status])}</span></td>${num(
          t.value(k.id, k.previous),
        )}<td class="num">${arrow(k.id, k.change, t)}</td>${num(t.value(k.id, k.lastYear))}${num(t.integer(k.n))}</tr>`,
    )
    .join('');
  return `<p>${esc(lead)}</p><div class="tiles">${tiles}</div><table>${head(
    [
      s.kpi,
      s.value,
      s.target,
      s.status,
      `${s.previous} (${d.kpis.previous.text})`,
      s.change,
      `${s.lastYear} (${d.kpis.lastYear.text})`,
      s.n,
    ],
    [false, true, true, false, true, true, true, true],
  )}<tbody>${rows}</tbody></table>`;
}

export function trendsSection(d: ReportData, t: ReportText, charts: Map<string, ReportChart>): string {
  const lead = t.fill(t.r.trends.lead, { count: d.trend.labels.length, grain: t.r.grains[d.trend.grain] });
  return `<p class="lead">${esc(lead)}</p>${d.trend.series
    .map(
      (s) =>
        `<div class="keep"><h3>${esc(t.kpiName(s.id))}</h3>${chartBox(charts.get(`trend-${s.id}`))}</div>`,
    )
    .join('')}`;
}

export function complaintsSection(d: ReportData, t: ReportText, charts: Map<string, ReportChart>): string {
  const c = t.r.complaints;
  if (d.pareto.total === 0) return `<p>${esc(t.r.empty)}</p>`;
  const top = Math.min(3, d.pareto.items.length);
  const topCount = d.pareto.items.slice(0, top).reduce((sum, i) => sum + i.count, 0);
  let running = 0;
  const rows = d.pareto.items
    .map((i) => {
      running += i.count;
      const name = (t.language === 'en' ? i.nameEn : i.nameZh) ?? c.uncategorised;
      return `<tr>${cell(name)}${num(t.integer(i.count))}${num(t.percent(i.count / d.pareto.total))}${num(t.percent(running / d.pareto.total))}</tr>`;
    })
    .join('');
  const words = d.keywords
    .map((k) => `<tr>${cell(k.term)}${num(t.integer(k.count))}${num(t.integer(k.tickets))}</tr>`)
    .join('');
  return `<p>${esc(t.fill(c.lead, { total: t.integer(d.pareto.total), top, share: t.percent(topCount / d.pareto.total) }))}</p>${chartBox(
    charts.get('pareto'),
  )}<table>${head([c.category, c.count, c.share, c.cumulative], [false, true, true, true])}<tbody>${rows}</tbody></table>${
    words
      ? `<h3>${esc(c.keywords)}</h3><table>${head([c.term, c.occurrences, c.tickets], [false, true, true])}<tbody>${words}</tbody></table>`
      : ''
  }`;
}

export function slaSection(d: ReportData, t: ReportText, charts: Map<string, ReportChart>): string {
  const s = t.r.sla;
  const pct = (v: number | null) => (v === null ? '—' : t.percent(v / 100));
  const rows = d.sla
    .map(
      (r) =>
        `<tr>${cell(t.fill(s.tierName, { tier: r.tier }))}${num(pct(r.responseRate))}${num(t.integer(r.responseN))}${num(pct(r.resolutionRate))}${num(t.integer(r.resolutionN))}</tr>`,
    )
    .join('');
  return `${chartBox(charts.get('sla'))}<table>${head([s.tier, s.response, s.responseN, s.resolution, s.resolutionN], [false, true, true, true, true])}<tbody>${rows}</tbody></table>`;
}

export function outletsSection(d: ReportData, t: ReportText): string {
  if (d.outlets.length === 0) return `<p>${esc(t.r.empty)}</p>`;
  const o = t.r.outlets;
  const rows = d.outlets
    .map(
      (r, i) =>
        `<tr>${num(String(i + 1))}${cell(r.code)}${cell(r.name)}${OUTLET_KPIS.map((id) => num(t.value(id, r.values[id]))).join('')}</tr>`,
    )
    .join('');
  return `<p class="lead">${esc(o.lead)}</p><table>${head(
    [o.rank, o.code, o.outlet, ...OUTLET_KPIS.map((id) => t.kpiName(id))],
    [true, false, false, ...OUTLET_KPIS.map(() => true)],
  )}<tbody>${rows}</tbody></table>`;
}
