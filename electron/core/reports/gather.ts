import { monthPeriod, type Period } from '../../../shared/domain/kpi-period.ts';
import { layoutFishbone } from '../../../shared/domain/fishbone/layout.ts';
import { fishboneSvg } from '../../../shared/domain/fishbone/svg.ts';
import { improvementEn } from '../../../shared/i18n/improvement/en.ts';
import { improvementZh } from '../../../shared/i18n/improvement/zh-CN.ts';
import { REPORT_SECTIONS, reportPeriod, type ReportRequest } from '../../../shared/schemas/reports.ts';
import type { Db } from '../db/open.ts';
import { listActions } from '../improvement/actions.ts';
import { listCycles } from '../improvement/cycles.ts';
import { fishboneCauses } from '../improvement/fishbone.ts';
import { getWorksheet, listWorksheets } from '../improvement/worksheets.ts';
import { complaintPareto, slaByTier } from '../kpi/charts.ts';
import { computeKpis } from '../kpi/compute.ts';
import { dayRangeUtc } from '../kpi/rollup.ts';
import { kpiSeries } from '../kpi/series.ts';
import { measureKpis } from '../kpi/sources.ts';
import { getSettings } from '../settings/service.ts';
import { complaintKeywords } from '../tickets/keywords.ts';
import { listCertificates } from '../training/certificates.ts';
import { trainingKpis } from '../training/kpis.ts';
import { maskCauses, privateText } from './mask.ts';
import {
  OUTLET_KPIS,
  TREND_KPIS,
  type CycleRow,
  type Fishbone,
  type OutletRow,
  type ReportData,
} from './model.ts';
import { scopeLabel } from './scope-label.ts';

/** At most this many fishbones are drawn: a report is read, not browsed. */
const MAX_FISHBONES = 6;

/** The months a trend shows: the year up to the report's last month, so a month is seen against its season. */
function trendPeriod(kind: ReportRequest['kind'], period: Period): string {
  if (kind === 'custom') return period.text;
  const [y, m] = period.to.split('-').map(Number) as [number, number];
  const start = m === 12 ? monthPeriod(y, 1) : monthPeriod(y - 1, m + 1);
  return `${start.from}..${period.to}`;
}

/** Reads every number and text the report needs; `checkpoint` lets a cancel stop between the heavier steps. */
export function gatherReport(
  db: Db,
  request: ReportRequest,
  checkpoint: () => void,
  now = Date.now(),
): ReportData {
  const period = reportPeriod(request.kind, request.period) as Period;
  const { timeZone } = getSettings(db);
  const ctx = { timeZone, now };
  const hide = privateText(request.mask);
  const staff = new Map(
    (
      db.prepare('SELECT id, name, employee_no AS no FROM staff').all() as {
        id: number;
        name: string;
        no: string;
      }[]
    ).map((s) => [s.id, s]),
  );
  const person = (id: number | null, name: string | null) =>
    id === null
      ? null
      : request.mask
        ? (staff.get(id)?.no ?? `#${id}`)
        : (name ?? staff.get(id)?.name ?? null);

  const kpis = computeKpis(db, ctx, { period: period.text, scope: request.scope });
  checkpoint();
  const series = kpiSeries(db, ctx, {
    period: trendPeriod(request.kind, period),
    scope: request.scope,
    kpis: TREND_KPIS,
    ...(request.kind === 'custom' ? {} : { grain: 'month' as const }),
  });
  checkpoint();
  const pareto = complaintPareto(db, ctx, { period: period.text, scope: request.scope, limit: 12 });
  const [from, to] = dayRangeUtc(timeZone, period.from, period.to);
  const keywords = complaintKeywords(db, { from, to, type: 'complaint', limit: 20 }).map((k) => ({
    ...k,
    term: hide(k.term),
  }));
  checkpoint();
  const sla = slaByTier(db, ctx, { period: period.text, scope: request.scope });
  const outlets = outletTable(db, ctx, period);
  checkpoint();

  const training = trainingKpis(db, { groupBy: 'outlet', from: period.from, to: period.to }, now);
  const expiring = listCertificates(db, { status: 'expiring', limit: 50 }, now).map((c) => ({
    person: request.mask ? c.employeeNo : c.staffName,
    course: c.courseName,
    expiresOn: c.expiresOn ?? '',
    daysLeft: c.daysLeft,
  }));

  const cycleOwners = new Map(
    (
      db.prepare('SELECT id, owner_id AS owner FROM pdca_cycles').all() as {
        id: number;
        owner: number | null;
      }[]
    ).map((c) => [c.id, c.owner]),
  );
  const fishbones: Fishbone[] = [];
  const texts = request.language === 'en' ? improvementEn.fishbone : improvementZh.fishbone;
  const cycleRows: CycleRow[] = listCycles(db, now).map((c) => {
    const rootCauses: string[] = [];
    for (const ws of listWorksheets(db, { cycleId: c.id }).filter((w) => w.kind === 'fishbone')) {
      const sheet = getWorksheet(db, ws.id);
      if (sheet.content.kind !== 'fishbone') continue;
      rootCauses.push(
        ...fishboneCauses(sheet.content)
          .filter(({ cause }) => cause.rootCause && cause.verification !== 'refuted')
          .map(({ cause }) => hide(cause.text)),
      );
      if (fishbones.length < MAX_FISHBONES) {
        const bones = sheet.content.bones.map((b) => ({
          ...b,
          label: hide(b.label),
          causes: maskCauses(b.causes, hide),
        }));
        const layout = layoutFishbone(hide(sheet.problem || sheet.title), bones, {
          placeholder: texts.placeholder,
        });
        fishbones.push({
          title: hide(sheet.title),
          svg: fishboneSvg(layout, { legend: { ...texts.legend } }),
        });
      }
    }
    return {
      summary: { ...c, title: hide(c.title), ownerName: person(cycleOwners.get(c.id) ?? null, c.ownerName) },
      rootCauses,
    };
  });

  const overdueActions = listActions(db, {}, now)
    .filter((a) => a.overdue)
    .map((a) => ({
      ...a,
      title: hide(a.title),
      cycleTitle: a.cycleTitle === null ? null : hide(a.cycleTitle),
      ownerLabel: person(a.ownerId, a.ownerName),
    }));

  return {
    request,
    sections:
      request.kind === 'custom' && request.sections
        ? REPORT_SECTIONS.filter((s) => request.sections?.includes(s))
        : [...REPORT_SECTIONS],
    period,
    periodText: request.period,
    scopeLabel: scopeLabel(db, request.scope, request.language, request.mask),
    generatedAt: now,
    timeZone,
    kpis,
    trend: {
      grain: series.grain,
      labels: series.buckets.map((b) => b.text),
      series: TREND_KPIS.map((id) => ({
        id,
        values: series.buckets.map((b) => b.values[id] ?? null),
        target: series.targets[id] ?? null,
      })),
    },
    pareto,
    keywords,
    sla,
    outlets,
    training: { total: training.total, groups: training.groups, expiring },
    cycles: {
      open: cycleRows.filter((c) => c.summary.phase !== 'closed'),
      closed: cycleRows.filter((c) => c.summary.phase === 'closed'),
      fishbones,
    },
    overdueActions,
  };
}

/** The league table: each active outlet's KPIs of the period, best customer satisfaction first. */
function outletTable(db: Db, ctx: { timeZone: string; now: number }, period: Period): OutletRow[] {
  const outlets = db.prepare('SELECT id, code, name FROM outlets WHERE active = 1 ORDER BY code').all() as {
    id: number;
    code: string;
    name: string;
  }[];
  const rows = outlets.map((o) => {
    const measured = measureKpis(db, ctx, { dim: 'outlet', key: String(o.id) }, [period], OUTLET_KPIS);
    const values = Object.fromEntries(
      OUTLET_KPIS.map((id) => [id, measured.get(id)?.[0]?.value ?? null]),
    ) as OutletRow['values'];
    return { code: o.code, name: o.name, values };
  });
  return rows.sort((a, b) => (b.values.csat_avg ?? -Infinity) - (a.values.csat_avg ?? -Infinity));
}
