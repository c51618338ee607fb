import { PALETTE, STATUS_COLOUR } from '../../../../shared/charts/palette.ts';

const FONT =
  "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC','Helvetica Neue',Arial,sans-serif";

/**
 * The report's stylesheet: a page-like column on screen; on paper A4 with a running header (report title) and page
 * numbers in the margins (CSS paged media, which Chromium and Electron print), rows never split across pages.
 */
export function reportCss(header: string): string {
  return `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#eef1f5;color:${PALETTE.text};font:14px/1.55 ${FONT}}
.page{width:794px;margin:24px auto;background:#fff;padding:48px 56px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:26px;margin:0 0 8px;color:#1d3557}
h2{font-size:20px;margin:0 0 12px;padding-bottom:6px;border-bottom:2px solid ${PALETTE.primary};color:#1d3557}
h3{font-size:15px;margin:18px 0 8px}
p{margin:0 0 10px}
.lead{color:${PALETTE.muted}}
.cover{min-height:980px;display:flex;flex-direction:column;justify-content:center;border-left:8px solid ${PALETTE.primary};padding-left:32px}
.cover .kind{font-size:14px;color:${PALETTE.muted};letter-spacing:.08em}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 18px;margin-top:28px}
.cover dt{color:${PALETTE.muted}}.cover dd{margin:0;font-weight:600}
.note{color:${PALETTE.muted};font-size:12px}
nav ol{padding-left:22px}nav a{color:${PALETTE.primary};text-decoration:none}
section{margin-top:28px}
table{border-collapse:collapse;width:100%;margin:6px 0 14px;font-size:12.5px}
th,td{border-bottom:1px solid #dde2e8;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f4f6f9;color:${PALETTE.muted};font-weight:600}
td.nowrap{white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr{break-inside:avoid}thead{display:table-header-group}
.status{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;font-size:11.5px;white-space:nowrap}
.status-good{background:${STATUS_COLOUR.good}}.status-warn{background:${STATUS_COLOUR.warn}}
.status-bad{background:${STATUS_COLOUR.bad}}.status-none{background:${STATUS_COLOUR.none}}
.up-good,.down-good{color:${PALETTE.good}}.up-bad,.down-bad{color:${PALETTE.bad}}
.chart{width:680px;height:280px;margin:8px 0 16px;break-inside:avoid}
.chart svg{display:block}
.keep{break-inside:avoid}
.fishbone{margin:8px 0 18px;break-inside:avoid}.fishbone svg{max-width:100%;height:auto}
.tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin:10px 0 16px}
.tile{border:1px solid #dde2e8;border-radius:6px;padding:8px 10px}
.tile b{display:block;font-size:20px}.tile span{color:${PALETTE.muted};font-size:12px}
@media print{
  body{background:#fff}
  .page{width:auto;margin:0;padding:0;box-shadow:none}
  .cover{min-height:0;height:240mm;break-after:page}
  nav{break-after:page}
  section{break-before:page;margin-top:0}
  .noscript-note{display:none}
}
@page{size:A4;margin:18mm 15mm 16mm;
  @top-left{content:${header};font:9pt ${FONT};color:${PALETTE.muted}}
  @bottom-right{content:counter(page) " / " counter(pages);font:9pt ${FONT};color:${PALETTE.muted}}}
@page :first{@top-left{content:none}@bottom-right{content:none}}
`;
}
