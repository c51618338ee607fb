import type { HandlerGroup } from '../handlers.ts';
import { getAudit, listAudits, saveAudit } from './audits.ts';
import { auditorLeniency } from './auditors.ts';
import {
  calibrationResults,
  createCalibration,
  getCalibration,
  getCalibrationEntry,
  listCalibrations,
  revealCalibration,
  saveCalibrationEntry,
} from './calibration.ts';
import { decideDispute, raiseDispute } from './disputes.ts';
import { agentScores, itemFailures } from './reports.ts';
import { drawSample, listSamples } from './samples.ts';
import { getTemplate, listTemplates, saveTemplate } from './templates.ts';

export const auditsHandlers = {
  'audits.templates.list': ({ kind, withOld }, session) =>
    listTemplates(session.db(), { ...(kind !== undefined ? { kind } : {}), withOld }),
  'audits.templates.get': ({ id }, session) => getTemplate(session.db(), id),
  'audits.templates.save': (input, session) => saveTemplate(session.db(), session.actor, input),
  'audits.samples.draw': (plan, session) => drawSample(session.db(), session.actor, plan),
  'audits.samples.list': ({ month }, session) => listSamples(session.db(), month ?? null),
  'audits.list': (filter, session) => listAudits(session.db(), filter),
  'audits.get': ({ id }, session) => getAudit(session.db(), id),
  'audits.save': (input, session) => saveAudit(session.db(), session.actor, input),
  'audits.disputes.raise': (input, session) => raiseDispute(session.db(), session.actor, input),
  'audits.disputes.decide': (input, session) => decideDispute(session.db(), session.actor, input),
  'audits.report.agents': ({ from, to }, session) => agentScores(session.db(), from, to),
  'audits.report.items': ({ templateId, from, to }, session) => itemFailures(session.db(), templateId, from, to),
  'audits.calibration.list': (_input, session) => listCalibrations(session.db()),
  'audits.calibration.get': ({ id }, session) => getCalibration(session.db(), id),
  'audits.calibration.create': (input, session) => createCalibration(session.db(), session.actor, input),
  'audits.calibration.entry': ({ sessionId, auditor }, session) => getCalibrationEntry(session.db(), sessionId, auditor),
  'audits.calibration.saveEntry': (input, session) => saveCalibrationEntry(session.db(), session.actor, input),
  'audits.calibration.reveal': ({ id }, session) => revealCalibration(session.db(), session.actor, id),
  'audits.calibration.results': ({ id }, session) => calibrationResults(session.db(), id),
  'audits.report.auditors': ({ from, to }, session) => auditorLeniency(session.db(), from, to),
} satisfies HandlerGroup;
