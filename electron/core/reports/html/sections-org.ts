import { KPI_CATALOG, KPI_IDS } from '../../../../shared/domain/kpi-catalog.ts';
import { improvementEn } from '../../../../shared/i18n/improvement/en.ts';
import { improvementZh } from '../../../../shared/i18n/improvement/zh-CN.ts';
import type { CycleRow, ReportData } from '../model.ts';
import type { ReportText } from '../text.ts';
import { esc } from './escape.ts';
import { cell, dateCell, head, num } from './sections-kpi.ts';

const ratio = (part: number, whole: number, t: ReportText) => (whole === 0 ? '—' : t.percent(part / whole));

export const qualitySection = (_d: ReportData, t: ReportText): string => `<p>${esc(t.r.quality.none)}</p>`;

export function trainingSection(d: ReportData, t: ReportText): string {
  const r = t.r.training;
  const total = d.training.total;
  const tiles = [
    [r.coverage, ratio(total.assessed, total.mustAssess, t)],
    [r.passRate, ratio(total.passed, total.results, t)],
    [r.newHires, `${t.integer(total.newHiresTrained)} / ${t.integer(total.newHires)}`],
    [r.expiring, t.integer(total.expiring90)],
  ]
    .map(
      ([label, value]) =>
        `<div class="tile"><span>${esc(label as string)}</span><b>${esc(value as string)}</b></div>`,
    )
    .join('');
  const groups = d.training.groups
    .filter((g) => g.staff > 0)
    .map(
      (g) =>
        `<tr>${cell(g.name ?? '—')}${num(t.integer(g.staff))}${num(`${g.assessed} / ${g.mustAssess}`)}${num(ratio(g.assessed, g.mustAssess, t))}${num(
          `${g.passed} / ${g.results}`,
        )}${num(ratio(g.passed, g.results, t))}${num(t.integer(g.expiring90))}</tr>`,
    )
    .join('');
  const expiring = d.training.expiring
    .map(
      (c) =>
        `<tr>${cell(c.person)}${cell(c.course)}${dateCell(c.expiresOn)}${num(c.daysLeft === null ? '—' : String(c.daysLeft))}</tr>`,
    )
    .join('');
  return `<div class="tiles">${tiles}</div>${
    groups
      ? `<table>${head([r.group, r.staff, r.assessed, r.coverage, r.passed, r.passRate, r.expiring], [false, true, true, true, true, true, true])}<tbody>${groups}</tbody></table>`
      : `<p>${esc(r.none)}</p>`
  }${expiring ? `<h3>${esc(r.expiringList)}</h3><table>${head([r.person, r.course, r.expiresOn, r.daysLeft], [false, false, false, true])}<tbody>${expiring}</tbody></table>` : ''}`;
}

function cycleTable(rows: CycleRow[], t: ReportText): string {
  const r = t.r.improvement;
  const phases = (t.language === 'en' ? improvementEn : improvementZh).pdca.phases;
  const body = rows
    .map(
      ({ summary: c, rootCauses }) =>
        `<tr>${cell(c.title)}${cell(phases[c.phase])}${cell(c.ownerName ?? '—')}${dateCell(c.dueOn ?? '—')}${num(
          `${c.actionsDone} / ${c.actionsTotal}`,
        )}${cell(c.kpiId && c.kpiId in KPI_CATALOG ? t.kpiName(c.kpiId as keyof typeof KPI_CATALOG) : '—')}${cell(
          rootCauses.join(t.language === 'en' ? '; ' : '；') || '—',
        )}</tr>`,
    )
    .join('');
  return `<table>${head([r.cycle, r.phase, r.owner, r.due, r.actions, r.kpi, r.rootCauses], [false, false, false, false, true, false, false])}<tbody>${body}</tbody></table>`;
}

export function improvementSection(d: ReportData, t: ReportText): string {
  const r = t.r.improvement;
  const { open, closed, fishbones } = d.cycles;
  if (open.length + closed.length === 0) return `<p>${esc(r.none)}</p>`;
  const parts: string[] = [];
  if (open.length) parts.push(`<h3>${esc(r.open)}</h3>${cycleTable(open, t)}`);
  if (closed.length) parts.push(`<h3>${esc(r.closed)}</h3>${cycleTable(closed, t)}`);
  if (fishbones.length) {
    parts.push(`<h3>${esc(r.fishbones)}</h3>`);
    // The fishbone SVG is drawn by shared/domain/fishbone/svg.ts, which escapes every text it holds.
    for (const f of fishbones)
      parts.push(`<div class="keep"><p><b>${esc(f.title)}</b></p><div class="fishbone">${f.svg}</div></div>`);
  }
  return parts.join('');
}

export function alertsSection(d: ReportData, t: ReportText): string {
  const a = t.r.alerts;
  const off = d.kpis.kpis.filter((k) => k.status === 'bad');
  const offRows = off
    .map(
      (k) => `<tr>${cell(t.kpiName(k.id))}${num(t.value(k.id, k.value))}${num(t.value(k.id, k.target))}</tr>`,
    )
    .join('');
  const s = t.r.summary;
  const statuses = (t.language === 'en' ? improvementEn : improvementZh).actions.statuses;
  const actions = d.overdueActions
    .map(
      (x) =>
        `<tr>${cell(x.title)}${cell(x.ownerLabel ?? '—')}${dateCell(x.dueOn ?? '—')}${cell(statuses[x.status])}${cell(x.cycleTitle ?? '—')}</tr>`,
    )
    .join('');
  return `<h3>${esc(a.offTarget)}</h3>${
    offRows
      ? `<table>${head([s.kpi, s.value, s.target], [false, true, true])}<tbody>${offRows}</tbody></table>`
      : `<p>${esc(a.noneOff)}</p>`
  }<h3>${esc(a.overdueActions)}</h3>${
    actions
      ? `<table>${head([a.action, a.owner, a.due, a.status, a.cycle])}<tbody>${actions}</tbody></table>`
      : `<p>${esc(a.noneOverdue)}</p>`
  }`;
}

export function definitionsSection(_d: ReportData, t: ReportText): string {
  const r = t.r.definitions;
  const rows = KPI_IDS.map((id) => {
    const def = t.kpi.defs[id];
    return `<tr>${cell(def.name)}${cell(def.definition)}${cell(def.formula)}${cell(def.denominator || '—')}</tr>`;
  }).join('');
  return `<table>${head([r.kpi, r.definition, r.formula, r.denominator])}<tbody>${rows}</tbody></table>`;
}
