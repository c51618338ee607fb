import type { HandlerGroup } from '../handlers.ts';
import { checkOptions, saveCheck } from './action-checks.ts';
import { deleteAction, listActions, saveAction } from './actions.ts';
import { deleteFmea, listFmea, saveFmea } from './fmea.ts';
import { deleteNeed, listNeeds, saveNeed } from './needs.ts';
import { addLogEntry, deleteLogEntry } from './cycle-log.ts';
import { deleteCycle, getCycle, listCycles, moveCycle, saveCycle, startNextCycle } from './cycles.ts';
import {
  createWorksheet,
  deleteWorksheet,
  getWorksheet,
  listWorksheets,
  makeAction,
  saveWorksheet,
} from './worksheets.ts';

export const improvementHandlers = {
  'actions.list': (input, session) =>
    listActions(session.db(), {
      ...(input.cycleId !== undefined ? { cycleId: input.cycleId } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(input.overdue !== undefined ? { overdue: input.overdue } : {}),
    }),
  'actions.save': (input, session) => saveAction(session.db(), session.actor, input),
  'actions.delete': ({ id }, session) => deleteAction(session.db(), session.actor, id),
  'actions.check.options': ({ id }, session) => checkOptions(session.db(), id),
  'actions.check.save': (input, session) => saveCheck(session.db(), session.actor, input),
  'pdca.list': (_input, session) => listCycles(session.db()),
  'pdca.get': ({ id }, session) => getCycle(session.db(), id),
  'pdca.save': (input, session) => saveCycle(session.db(), session.actor, input),
  'pdca.move': (input, session) => moveCycle(session.db(), session.actor, input),
  'pdca.startNext': ({ id }, session) => startNextCycle(session.db(), session.actor, id),
  'pdca.delete': ({ id }, session) => deleteCycle(session.db(), session.actor, id),
  'pdca.log.add': (input, session) => addLogEntry(session.db(), session.actor, input),
  'pdca.log.delete': ({ id }, session) => deleteLogEntry(session.db(), session.actor, id),
  'rca.list': (input, session) =>
    listWorksheets(session.db(), input.cycleId !== undefined ? { cycleId: input.cycleId } : {}),
  'rca.get': ({ id }, session) => getWorksheet(session.db(), id),
  'rca.create': (input, session) => createWorksheet(session.db(), session.actor, input),
  'rca.save': (input, session) => saveWorksheet(session.db(), session.actor, input),
  'rca.makeAction': (input, session) => makeAction(session.db(), session.actor, input),
  'rca.delete': ({ id }, session) => deleteWorksheet(session.db(), session.actor, id),
  'fmea.list': (_input, session) => listFmea(session.db()),
  'fmea.save': (input, session) => saveFmea(session.db(), session.actor, input),
  'fmea.delete': ({ id }, session) => deleteFmea(session.db(), session.actor, id),
  'needs.list': (_input, session) => listNeeds(session.db()),
  'needs.save': (input, session) => saveNeed(session.db(), session.actor, input),
  'needs.delete': ({ id }, session) => deleteNeed(session.db(), session.actor, id),
} satisfies HandlerGroup;
