import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportSection } from '../../../../shared/schemas/reports.ts';
import type { ReportChart } from '../charts.ts';
import type { ReportData } from '../model.ts';
import type { ReportText } from '../text.ts';
import { CLIENT_SCRIPT } from './client.ts';
import { cssString, esc, scriptJson } from './escape.ts';
import { reportCss } from './style.ts';
import {
  alertsSection,
  definitionsSection,
  improvementSection,
  qualitySection,
  trainingSection,
} from './sections-org.ts';
import {
  complaintsSection,
  outletsSection,
  slaSection,
  summarySection,
  trendsSection,
} from './sections-kpi.ts';

type Writer = (d: ReportData, t: ReportText, charts: Map<string, ReportChart>) => string;

const SECTIONS: Record<ReportSection, Writer> = {
  summary: summarySection,
  trends: trendsSection,
  complaints: complaintsSection,
  sla: slaSection,
  outlets: outletsSection,
  quality: qualitySection,
  training: trainingSection,
  improvement: improvementSection,
  alerts: alertsSection,
  definitions: definitionsSection,
};

let library: { code: string; hash: string } | null = null;

/** ECharts' line-and-bar build, inlined so the file needs no network; loaded once per process. */
function echartsLibrary(): { code: string; hash: string } {
  if (!library) {
    const file = createRequire(import.meta.url).resolve('echarts/dist/echarts.common.min.js');
    const code = fs.readFileSync(file, 'utf8');
    // Inside <script> these would end or confuse the element; the library has none, and a future one must not.
    if (/<\/script|<!--/i.test(code))
      throw new Error('the ECharts build cannot be inlined: it holds </script or <!--');
    library = { code, hash: sha256(code) };
  }
  return library;
}

const sha256 = (text: string) =>
  `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The report's title line: "月度服务质量分析报告 · 2026-09". */
const reportTitle = (d: ReportData, t: ReportText) => `${t.r.kinds[d.request.kind]} · ${d.periodText}`;

/**
 * One self-contained HTML file: inline CSS, ECharts and chart data, no request to anywhere. A Content-Security-
 * Policy allows only its own two scripts (by hash), so even a text that escaped escaping could not run.
 */
export function reportHtml(d: ReportData, t: ReportText, charts: Map<string, ReportChart>): string {
  const lib = echartsLibrary();
  const title = reportTitle(d, t);
  const csp = [
    "default-src 'none'",
    `script-src ${lib.hash} ${sha256(CLIENT_SCRIPT)}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const toc = d.sections.map((s) => `<li><a href="#section-${s}">${esc(t.r.sections[s])}</a></li>`).join('');
  const body = d.sections
    .map(
      (s) =>
        `<section id="section-${s}" data-section="${s}"><h2>${esc(t.r.sections[s])}</h2>${SECTIONS[s](d, t, charts)}</section>`,
    )
    .join('\n');
  const chartData = [...charts.values()]
    .filter((c) => body.includes(`id="chart-${c.id}"`))
    .map((c) => ({ id: c.id, option: c.option, decimals: c.decimals, suffix: c.suffix }));
  return `<!doctype html>
<html lang="${t.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(t.r.generatedBy)}">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>${reportCss(cssString(title))}</style>
</head>
<body>
<div class="page">
<header class="cover">
<div class="kind">${esc(t.r.generatedBy)}</div>
<h1>${esc(t.r.kinds[d.request.kind])}</h1>
<dl>
<dt>${esc(t.r.periodLabel)}</dt><dd>${esc(d.periodText)} (${esc(d.period.from)} – ${esc(d.period.to)})</dd>
<dt>${esc(t.r.scopeLabel)}</dt><dd>${esc(d.scopeLabel)}</dd>
<dt>${esc(t.r.generatedAt)}</dt><dd>${esc(t.date(d.generatedAt, d.timeZone))}</dd>
</dl>
${d.request.mask ? `<p class="note">${esc(t.r.masked)}</p>` : ''}
<noscript><p class="note noscript-note">${esc(t.r.noScript)}</p></noscript>
</header>
<nav aria-label="${esc(t.r.contents)}"><h2>${esc(t.r.contents)}</h2><ol>${toc}</ol></nav>
${body}
</div>
<script type="application/json" id="report-charts">${scriptJson(chartData)}</script>
<script>${lib.code}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
