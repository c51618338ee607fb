import type { HandlerGroup } from '../handlers.ts';
import { runSurveyImport } from './import/run.ts';
import { deleteResponse, getResponse, listResponses, saveResponse } from './responses.ts';
import { deleteServqual, getServqual, listServqual, saveServqual, servqualSummary } from './servqual.ts';
import { surveyCoverage, surveySummary } from './summary.ts';

export const surveyHandlers = {
  'surveys.coverage': (_input, session) => surveyCoverage(session.db()),
  'surveys.responses.list': ({ filter, sort, offset, limit }, session) => listResponses(session.db(), { filter, sort, offset, limit }),
  'surveys.responses.get': ({ id }, session) => getResponse(session.db(), id),
  'surveys.responses.save': ({ id, fields }, session) => saveResponse(session.db(), session.actor, id, fields),
  'surveys.responses.delete': ({ id }, session) => deleteResponse(session.db(), session.actor, id),
  'surveys.summary': ({ filter, groupBy }, session) => surveySummary(session.db(), filter, groupBy),
  'surveys.servqual.list': ({ filter, limit }, session) => listServqual(session.db(), filter, limit),
  'surveys.servqual.get': ({ id }, session) => getServqual(session.db(), id),
  'surveys.servqual.save': ({ id, fields }, session) => saveServqual(session.db(), session.actor, id, fields),
  'surveys.servqual.delete': ({ id }, session) => deleteServqual(session.db(), session.actor, id),
  'surveys.servqual.summary': ({ filter }, session) => servqualSummary(session.db(), filter),
  'surveys.import.run': ({ jobId, kind, path, dryRun, skipInvalid, errorReportPath, language }, session) => {
    const workspacePath = session.workspace?.summary.path ?? session.db().name;
    return session.jobs.run(jobId, (job) =>
      runSurveyImport(
        { workspacePath, actor: session.actor, kind, path, dryRun, skipInvalid, errorReportPath: errorReportPath ?? null, ...(language ? { language } : {}) },
        job,
      ),
    );
  },
} satisfies HandlerGroup;
