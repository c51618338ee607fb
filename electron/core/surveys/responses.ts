import type { SurveyFilter, SurveyPage, SurveyResponse, SurveyResponseFields, SurveySortColumn } from '../../../shared/schemas/surveys.ts';
import type { SurveySource } from '../../../shared/domain/surveys.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { filterParams, RESPONSE_FILTER_SQL } from './filter.ts';

interface Row {
  id: number;
  ticket_id: number | null;
  external_id: string | null;
  outlet_id: number | null;
  outlet_name: string | null;
  channel: SurveyResponse['channel'];
  responded_on: string;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  comment: string;
  source: SurveySource;
  created_at: number;
}

const FROM = `
  FROM survey_responses r
  LEFT JOIN tickets t ON t.id = r.ticket_id
  LEFT JOIN outlets o ON o.id = r.outlet_id`;

/** The sort whitelist: a grid column → one fixed SQL expression. */
const ORDER: Record<SurveySortColumn, string> = {
  respondedOn: 'r.responded_on',
  outletName: 'o.name',
  channel: 'r.channel',
  ticketLabel: 'coalesce(t.external_id, CAST(r.ticket_id AS TEXT))',
  csat: 'r.csat',
  nps: 'r.nps',
  ces: 'r.ces',
  id: 'r.id',
};

const toResponse = (r: Row): SurveyResponse => ({
  id: r.id,
  ticketId: r.ticket_id,
  ticketLabel: r.ticket_id === null ? null : (r.external_id ?? String(r.ticket_id)),
  outletId: r.outlet_id,
  outletName: r.outlet_name,
  channel: r.channel,
  respondedOn: r.responded_on,
  csat: r.csat,
  nps: r.nps,
  ces: r.ces,
  comment: r.comment,
  source: r.source,
  createdAt: r.created_at,
});

export interface PageRequest {
  filter: SurveyFilter;
  sort: { column: SurveySortColumn; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

/** Every page query there can be, built once from the fixed fragments above: column × direction. */
const PAGE_SQL = new Map(
  Object.entries(ORDER).flatMap(([column, expr]) =>
    (['asc', 'desc'] as const).map((dir) => [
      `${column}:${dir}`,
      `SELECT r.*, t.external_id, o.name AS outlet_name ${FROM} WHERE ${RESPONSE_FILTER_SQL}
       ORDER BY ${expr} ${dir} NULLS LAST, r.id ${dir} LIMIT @limit OFFSET @offset`,
    ]),
  ),
);
const COUNT_SQL = `SELECT count(*) FROM survey_responses r WHERE ${RESPONSE_FILTER_SQL}`;
const ONE_SQL = `SELECT r.*, t.external_id, o.name AS outlet_name ${FROM} WHERE r.id = ?`;

/** One page of responses (the grid's Infinite Row Model asks block by block) and the filtered total. */
export function listResponses(db: Db, req: PageRequest): SurveyPage {
  const params = filterParams(req.filter);
  const sql = PAGE_SQL.get(`${req.sort.column}:${req.sort.dir}`);
  if (sql === undefined) throw new QmFailure('INVALID_INPUT', `cannot sort by ${req.sort.column}`);
  const rows = db.prepare(sql).all({ ...params, limit: req.limit, offset: req.offset }) as Row[];
  const total = db.prepare(COUNT_SQL).pluck().get(params) as number;
  return { rows: rows.map(toResponse), total };
}

export function getResponse(db: Db, id: number): SurveyResponse {
  const row = db.prepare(ONE_SQL).get(id) as Row | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no survey response with id ${id}`, { id });
  return toResponse(row);
}

interface TicketRef {
  id: number;
  outlet_id: number | null;
  channel: string;
}

/** A ticket by external id first (what CRM exports and callers quote), else by its number. */
export function findTicket(db: Db, ref: string): TicketRef | null {
  const byExternal = db.prepare('SELECT id, outlet_id, channel FROM tickets WHERE external_id = ?').get(ref) as TicketRef | undefined;
  if (byExternal) return byExternal;
  if (!/^[1-9]\d{0,15}$/.test(ref)) return null;
  return (db.prepare('SELECT id, outlet_id, channel FROM tickets WHERE id = ?').get(Number(ref)) as TicketRef | undefined) ?? null;
}

export interface StoredResponse {
  ticketId: number | null;
  outletId: number | null;
  channel: string | null;
  respondedOn: string;
  csat: number | null;
  nps: number | null;
  ces: number | null;
  comment: string;
}

/** Fields as stored: the ticket resolved, its outlet and channel filling what the answer left empty. */
export function resolveFields(db: Db, fields: SurveyResponseFields): StoredResponse {
  let ticket: TicketRef | null = null;
  if (fields.ticketRef !== null) {
    ticket = findTicket(db, fields.ticketRef);
    if (!ticket) throw new QmFailure('NOT_FOUND', `no ticket with external id or number "${fields.ticketRef}"`, { field: 'ticketRef', reason: 'unknown_ticket' });
  }
  if (fields.outletId !== null && !db.prepare('SELECT 1 FROM outlets WHERE id = ?').get(fields.outletId)) {
    throw new QmFailure('NOT_FOUND', `no outlet with id ${fields.outletId}`, { field: 'outletId', reason: 'unknown_outlet' });
  }
  return {
    ticketId: ticket?.id ?? null,
    outletId: fields.outletId ?? ticket?.outlet_id ?? null,
    channel: fields.channel ?? ticket?.channel ?? null,
    respondedOn: fields.respondedOn,
    csat: fields.csat,
    nps: fields.nps,
    ces: fields.ces,
    comment: fields.comment,
  };
}

export const INSERT_RESPONSE = `
  INSERT INTO survey_responses (ticket_id, outlet_id, channel, responded_on, csat, nps, ces, comment, source, created_at)
  VALUES (@ticketId, @outletId, @channel, @respondedOn, @csat, @nps, @ces, @comment, @source, @now)`;

/** Create (no id) or correct a response; the audit log keeps before and after. */
export function saveResponse(db: Db, actor: string, id: number | undefined, fields: SurveyResponseFields, now = Date.now()): SurveyResponse {
  return writeTransaction(db, actor, (record) => {
    const stored = resolveFields(db, fields);
    if (id === undefined) {
      const newId = Number(db.prepare(INSERT_RESPONSE).run({ ...stored, source: 'manual', now }).lastInsertRowid);
      const after = getResponse(db, newId);
      record({ action: 'create', entity: 'survey_response', entityId: newId, before: null, after });
      return after;
    }
    const before = getResponse(db, id);
    db.prepare(
      `UPDATE survey_responses SET ticket_id = @ticketId, outlet_id = @outletId, channel = @channel,
         responded_on = @respondedOn, csat = @csat, nps = @nps, ces = @ces, comment = @comment WHERE id = @id`,
    ).run({ ...stored, id });
    const after = getResponse(db, id);
    record({ action: 'update', entity: 'survey_response', entityId: id, before, after });
    return after;
  });
}

export function deleteResponse(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getResponse(db, id);
    db.prepare('DELETE FROM survey_responses WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'survey_response', entityId: id, before, after: null });
    return null;
  });
}
