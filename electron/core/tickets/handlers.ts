import type { HandlerGroup } from '../handlers.ts';
import { getSettings } from '../settings/service.ts';
import { searchArchive } from './archive.ts';
import { getTicketDetail } from './detail.ts';
import { exportTickets } from './export.ts';
import { updateFollowUp } from './follow-ups.ts';
import { queryTickets } from './grid-query.ts';
import { complaintKeywords } from './keywords.ts';
import { createTicket, updateTicket } from './write.ts';

export const ticketHandlers = {
  'tickets.query': ({ query, startRow, endRow, language }, session) => {
    const db = session.db();
    return queryTickets(db, { query, startRow, endRow }, { timeZone: getSettings(db).timeZone, now: Date.now(), language });
  },
  'tickets.get': ({ id }, session) => getTicketDetail(session.db(), id),
  'tickets.create': ({ fields }, session) => createTicket(session.db(), session.actor, fields),
  'tickets.update': ({ id, patch, expectedUpdatedAt }, session) => updateTicket(session.db(), session.actor, id, patch, expectedUpdatedAt),
  'tickets.export': (input, session) => session.jobs.run(input.jobId, (job) => exportTickets(session.db(), input, job)),
  'tickets.keywords': (input, session) => complaintKeywords(session.db(), input),
  'tickets.archive': (input, session) => searchArchive(session.db(), input),
  'followUps.update': (input, session) => updateFollowUp(session.db(), session.actor, input),
} satisfies HandlerGroup;
