import ExcelJS from 'exceljs';
import { KPI_CATALOG, KPI_IDS, type KpiId } from '../../../shared/domain/kpi-catalog.ts';
import type { ReportSection } from '../../../shared/schemas/reports.ts';
import { improvementEn } from '../../../shared/i18n/improvement/en.ts';
import { improvementZh } from '../../../shared/i18n/improvement/zh-CN.ts';
import type { ReportData } from './model.ts';
import { OUTLET_KPIS } from './model.ts';
import type { ReportText } from './text.ts';

type Cell = string | number | null | { value: number | null; fmt: string };

/** Excel number formats per KPI unit; rates are stored as fractions so Excel's percent format shows them right. */
function kpiCell(id: KpiId, value: number | null, t: ReportText, change = false): Cell {
  const { unit, decimals } = KPI_CATALOG[id];
  const d = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  const signed = (f: string) => (change ? `+${f};-${f};${f}` : f);
  if (value === null) return null;
  switch (unit) {
    case 'percent':
      return { value: value / 100, fmt: signed(`${d}%`) };
    case 'minutes':
      return { value, fmt: signed(`${d} "${t.kpi.units.minutes}"`) };
    case 'hours':
      return { value, fmt: signed(`${d} "${t.kpi.units.hours}"`) };
    case 'count':
      return { value, fmt: signed('#,##0') };
    default:
      return { value, fmt: signed(d) };
  }
}

const pct = (part: number, whole: number): Cell =>
  whole === 0 ? null : { value: part / whole, fmt: '0.0%' };

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
const sheetName = (text: string) =>
  text
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31);

function addSheet(
  wb: ExcelJS.Workbook,
  title: string,
  header: string[],
  rows: Cell[][],
  widths: number[] = [],
): void {
  const ws = wb.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = c.fmt;
    });
  }
  header.forEach((h, i) => {
    ws.getColumn(i + 1).width = widths[i] ?? Math.max(10, Math.min(40, h.length * 2 + 2));
  });
}

type SheetWriter = (wb: ExcelJS.Workbook, d: ReportData, t: ReportText, title: string) => void;

const SHEETS: Partial<Record<ReportSection, SheetWriter>> = {
  summary: (wb, d, t, title) => {
    const s = t.r.summary;
    addSheet(
      wb,
      title,
      ['id', s.kpi, s.value, s.target, s.status, s.previous, s.change, s.lastYear, s.n],
      d.kpis.kpis.map((k) => [
        k.id,
        t.kpiName(k.id),
        kpiCell(k.id, k.value, t),
        kpiCell(k.id, k.target, t),
        t.kpi.status[k.status],
        kpiCell(k.id, k.previous, t),
        kpiCell(k.id, k.change, t, true),
        kpiCell(k.id, k.lastYear, t),
        k.n,
      ]),
      [24, 28, 14, 14, 14, 14, 14, 14, 10],
    );
  },
  trends: (wb, d, t, title) =>
    addSheet(
      wb,
      title,
      [t.r.sheet.period, ...d.trend.series.map((s) => t.kpiName(s.id))],
      d.trend.labels.map((label, i) => [
        label,
        ...d.trend.series.map((s) => kpiCell(s.id, s.values[i] ?? null, t)),
      ]),
      [14, 22, 22, 22, 22],
    ),
  complaints: (wb, d, t, title) => {
    const c = t.r.complaints;
    let running = 0;
    const rows: Cell[][] = d.pareto.items.map((i) => {
      running += i.count;
      return [
        (t.language === 'en' ? i.nameEn : i.nameZh) ?? c.uncategorised,
        i.count,
        pct(i.count, d.pareto.total),
        pct(running, d.pareto.total),
      ];
    });
    rows.push(
      [],
      [c.term, c.occurrences, c.tickets],
      ...d.keywords.map((k): Cell[] => [k.term, k.count, k.tickets]),
    );
    addSheet(wb, title, [c.category, c.count, c.share, c.cumulative], rows, [28, 14, 14, 16]);
  },
  sla: (wb, d, t, title) => {
    const s = t.r.sla;
    const rate = (v: number | null): Cell => (v === null ? null : { value: v / 100, fmt: '0.0%' });
    addSheet(
      wb,
      title,
      [s.tier, s.response, s.responseN, s.resolution, s.resolutionN],
      d.sla.map((r) => [r.tier, rate(r.responseRate), r.responseN, rate(r.resolutionRate), r.resolutionN]),
      [10, 18, 16, 18, 16],
    );
  },
  outlets: (wb, d, t, title) => {
    const o = t.r.outlets;
    addSheet(
      wb,
      title,
      [o.rank, o.code, o.outlet, ...OUTLET_KPIS.map((id) => t.kpiName(id))],
      d.outlets.map((r, i) => [
        i + 1,
        r.code,
        r.name,
        ...OUTLET_KPIS.map((id) => kpiCell(id, r.values[id], t)),
      ]),
      [8, 12, 24, 14, 14, 14, 16, 16, 14],
    );
  },
  quality: (wb, _d, t, title) => addSheet(wb, title, [t.r.quality.none], [], [120]),
  training: (wb, d, t, title) => {
    const r = t.r.training;
    const rows: Cell[][] = [d.training.total, ...d.training.groups.filter((g) => g.staff > 0)].map((g, i) => [
      i === 0 ? '∑' : (g.name ?? '—'),
      g.staff,
      g.assessed,
      g.mustAssess,
      pct(g.assessed, g.mustAssess),
      g.passed,
      g.results,
      pct(g.passed, g.results),
      g.expiring90,
    ]);
    addSheet(
      wb,
      title,
      [r.group, r.staff, r.assessedN, r.requiredN, r.coverage, r.passedN, r.resultsN, r.passRate, r.expiring],
      rows,
    );
  },
  improvement: (wb, d, t, title) => {
    const r = t.r.improvement;
    const phases = (t.language === 'en' ? improvementEn : improvementZh).pdca.phases;
    addSheet(
      wb,
      title,
      [r.cycle, r.phase, r.owner, r.due, r.actionsDone, r.actionsTotal, r.kpi, r.rootCauses],
      [...d.cycles.open, ...d.cycles.closed].map(({ summary: c, rootCauses }) => [
        c.title,
        phases[c.phase],
        c.ownerName,
        c.dueOn,
        c.actionsDone,
        c.actionsTotal,
        c.kpiId,
        rootCauses.join('; '),
      ]),
      [32, 10, 14, 12, 10, 8, 20, 40],
    );
  },
  alerts: (wb, d, t, title) => {
    const a = t.r.alerts;
    const statuses = (t.language === 'en' ? improvementEn : improvementZh).actions.statuses;
    addSheet(
      wb,
      title,
      [a.action, a.owner, a.due, a.status, a.cycle],
      d.overdueActions.map((x) => [x.title, x.ownerLabel, x.dueOn, statuses[x.status], x.cycleTitle]),
      [36, 14, 12, 12, 30],
    );
  },
  definitions: (wb, _d, t, title) => {
    const r = t.r.definitions;
    addSheet(
      wb,
      title,
      ['id', r.kpi, r.definition, r.formula, r.denominator, r.unit, r.defaultTarget],
      KPI_IDS.map((id) => {
        const def = t.kpi.defs[id];
        const meta = KPI_CATALOG[id];
        return [
          id,
          def.name,
          def.definition,
          def.formula,
          def.denominator,
          t.kpi.units[meta.unit] || meta.unit,
          kpiCell(id, meta.defaultTarget, t),
        ];
      }),
      [24, 24, 50, 40, 30, 10, 14],
    );
  },
};

/** One sheet per section with real numbers, unit formats and a frozen header row; the definitions sheet always. */
export function reportWorkbook(d: ReportData, t: ReportText): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = t.r.generatedBy;
  wb.created = new Date(d.generatedAt);
  const sections = d.sections.includes('definitions') ? d.sections : [...d.sections, 'definitions' as const];
  for (const s of sections) SHEETS[s]?.(wb, d, t, t.r.sections[s]);
  return wb;
}
