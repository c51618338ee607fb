import type { HandlerGroup } from '../handlers.ts';
import { itemStandings, outletTrend, sectionHeat } from './analysis.ts';
import { decideAppeal, raiseAppeal } from './appeals.ts';
import { runMysteryImport } from './import/run.ts';
import { leagueTable } from './league.ts';
import { listProgrammes, saveProgramme, saveScenario, saveWave } from './programmes.ts';
import { getVisit, listVisits, moveVisit, saveVisit } from './visits.ts';

export const mysteryHandlers = {
  'mystery.programmes.list': (_input, session) => listProgrammes(session.db()),
  'mystery.programmes.save': (input, session) => saveProgramme(session.db(), session.actor, input),
  'mystery.waves.save': (input, session) => saveWave(session.db(), session.actor, input),
  'mystery.scenarios.save': (input, session) => saveScenario(session.db(), session.actor, input),
  'mystery.visits.list': (filter, session) => listVisits(session.db(), filter),
  'mystery.visits.get': ({ id }, session) => getVisit(session.db(), id),
  'mystery.visits.save': (input, session) => saveVisit(session.db(), session.actor, input),
  'mystery.visits.move': (input, session) => moveVisit(session.db(), session.actor, input),
  'mystery.appeals.raise': (input, session) => raiseAppeal(session.db(), session.actor, input),
  'mystery.appeals.decide': (input, session) => decideAppeal(session.db(), session.actor, input),
  'mystery.league': ({ waveId }, session) => leagueTable(session.db(), waveId),
  'mystery.heat': ({ waveId }, session) => sectionHeat(session.db(), waveId),
  'mystery.trend': ({ programmeId }, session) => outletTrend(session.db(), programmeId),
  'mystery.items': ({ waveId }, session) => itemStandings(session.db(), waveId),
  'mystery.import.run': ({ jobId, waveId, path, dryRun, publish, errorReportPath, language }, session) => {
    const workspacePath = session.workspace?.summary.path ?? session.db().name;
    return session.jobs.run(jobId, (job) =>
      runMysteryImport(
        { workspacePath, actor: session.actor, waveId, path, dryRun, publish, errorReportPath: errorReportPath ?? null, ...(language ? { language } : {}) },
        job,
      ),
    );
  },
} satisfies HandlerGroup;
