import type { HandlerGroup } from '../handlers.ts';
import { listCertificates } from './certificates.ts';
import { deleteCourse, listCourses, saveCourse } from './courses.ts';
import { trainingEffect } from './effect.ts';
import { trainingKpis } from './kpis.ts';
import { competencyMatrix } from './matrix.ts';
import { addCheckin, getPlan, listPlans, reviewPlan, savePlan } from './plans.ts';
import { saveScoreSheet } from './scores.ts';
import { deleteSession, enrol, getSession, listSessions, saveSession, setAttendance, unenrol } from './sessions.ts';
import { getTrainingSettings, saveTrainingSettings } from './settings.ts';
import { runTrainingImport } from './import/run.ts';

export const trainingHandlers = {
  'training.courses.list': (_input, session) => listCourses(session.db()),
  'training.courses.save': (input, session) => saveCourse(session.db(), session.actor, input),
  'training.courses.delete': ({ id }, session) => deleteCourse(session.db(), session.actor, id),
  'training.sessions.list': (input, session) =>
    listSessions(session.db(), {
      ...(input.courseId !== undefined ? { courseId: input.courseId } : {}),
      ...(input.from !== undefined ? { from: input.from } : {}),
      ...(input.to !== undefined ? { to: input.to } : {}),
      limit: input.limit,
    }),
  'training.sessions.get': ({ id }, session) => getSession(session.db(), id),
  'training.sessions.save': (input, session) => saveSession(session.db(), session.actor, input),
  'training.sessions.delete': ({ id }, session) => deleteSession(session.db(), session.actor, id),
  'training.enrolment.add': (input, session) => enrol(session.db(), session.actor, input),
  'training.enrolment.remove': (input, session) => unenrol(session.db(), session.actor, input),
  'training.attendance.set': (input, session) => setAttendance(session.db(), session.actor, input),
  'training.scores.save': (input, session) => saveScoreSheet(session.db(), session.actor, input),
  'training.import.run': ({ jobId, sessionId, path, dryRun, errorReportPath, language }, session) => {
    const workspacePath = session.workspace?.summary.path ?? session.db().name;
    return session.jobs.run(jobId, (job) =>
      runTrainingImport({ workspacePath, actor: session.actor, sessionId, path, dryRun, errorReportPath: errorReportPath ?? null, ...(language ? { language } : {}) }, job),
    );
  },
  'training.certificates.list': (input, session) =>
    listCertificates(session.db(), {
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.courseId !== undefined ? { courseId: input.courseId } : {}),
      ...(input.staffId !== undefined ? { staffId: input.staffId } : {}),
      currentOnly: input.currentOnly,
      limit: input.limit,
    }),
  'training.settings.get': (_input, session) => getTrainingSettings(session.db()),
  'training.settings.save': ({ patch }, session) => saveTrainingSettings(session.db(), session.actor, patch),
  'training.matrix': ({ limit, ...filter }, session) => competencyMatrix(session.db(), filter, limit),
  'training.kpis': (input, session) => trainingKpis(session.db(), input),
  'training.effect': (input, session) => trainingEffect(session.db(), input),
  'training.plans.list': (input, session) => listPlans(session.db(), input),
  'training.plans.get': ({ id }, session) => getPlan(session.db(), id),
  'training.plans.save': (input, session) => savePlan(session.db(), session.actor, input),
  'training.plans.review': (input, session) => reviewPlan(session.db(), session.actor, input),
  'training.plans.checkin': (input, session) => addCheckin(session.db(), session.actor, input),
} satisfies HandlerGroup;
