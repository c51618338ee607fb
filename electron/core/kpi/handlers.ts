import type { Db } from '../db/open.ts';
import type { HandlerGroup } from '../handlers.ts';
import { getSettings } from '../settings/service.ts';
import { kpiCatalog } from './catalog.ts';
import { complaintPareto, outletHeatmap, slaByTier } from './charts.ts';
import { computeKpis } from './compute.ts';
import { controlChart } from './control.ts';
import { outletLeague, resetLeagueWeights, setLeagueWeights } from './league.ts';
import { updateRollup } from './rollup-build.ts';
import { ticketCoverage } from './coverage.ts';
import { kpiSeries } from './series.ts';
import { listTargets, setTarget } from './targets.ts';
import type { LoadContext } from './ticket-sums.ts';

const context = (db: Db): LoadContext => ({ timeZone: getSettings(db).timeZone, now: Date.now() });

export const kpiHandlers = {
  'kpi.catalog': () => kpiCatalog(),
  'kpi.coverage': (_input, session) => {
    const db = session.db();
    return ticketCoverage(db, getSettings(db).timeZone);
  },
  'kpi.rollup.build': ({ jobId }, session) => {
    const db = session.db();
    return session.jobs.run(jobId, (job) => updateRollup(db, getSettings(db).timeZone, job));
  },
  'kpi.compute': (input, session) => {
    const db = session.db();
    return computeKpis(db, context(db), input);
  },
  'kpi.series': (input, session) => {
    const db = session.db();
    return kpiSeries(db, context(db), input);
  },
  'kpi.targets.list': (_input, session) => listTargets(session.db()),
  'kpi.targets.set': ({ kpi, scope, target }, session) =>
    setTarget(session.db(), session.actor, kpi, scope, target),
  'kpi.chart.pareto': (input, session) => {
    const db = session.db();
    return complaintPareto(db, context(db), input);
  },
  'kpi.chart.slaTiers': (input, session) => {
    const db = session.db();
    return slaByTier(db, context(db), input);
  },
  'kpi.chart.heatmap': (input, session) => {
    const db = session.db();
    return outletHeatmap(db, context(db), input);
  },
  'kpi.chart.control': (input, session) => {
    const db = session.db();
    return controlChart(db, context(db), input);
  },
  'kpi.league': (input, session) => {
    const db = session.db();
    return outletLeague(db, context(db), input);
  },
  'kpi.league.weights.set': ({ weights }, session) => setLeagueWeights(session.db(), session.actor, weights),
  'kpi.league.weights.reset': (_input, session) => resetLeagueWeights(session.db(), session.actor),
} satisfies HandlerGroup;
