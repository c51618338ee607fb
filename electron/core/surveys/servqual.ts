import { dimensionGaps, itemGaps, overallGap, type ServqualItemSums } from '../../../shared/domain/servqual.ts';
import type { SurveySource } from '../../../shared/domain/surveys.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { ServqualAnswer, ServqualDetail, ServqualFields, ServqualHead, ServqualSummary, SurveyFilter } from '../../../shared/schemas/surveys.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { FILTER_SQL, placeParams } from './filter.ts';

interface HeadRow {
  id: number;
  outlet_id: number | null;
  outlet_name: string | null;
  responded_on: string;
  respondent: string;
  source: SurveySource;
}

/** The gap of one questionnaire, from its own 22 answers (each item has n = 1). */
function gapOfAnswers(answers: readonly ServqualAnswer[]): number | null {
  return overallGap(answers.map((a) => ({ item: a.item, n: 1, sumExpectation: a.expectation, sumPerception: a.perception })));
}

function answersOf(db: Db, ids: readonly number[]): Map<number, ServqualAnswer[]> {
  const out = new Map<number, ServqualAnswer[]>();
  const select = db.prepare('SELECT response_id, item, expectation, perception FROM servqual_scores WHERE response_id = ? ORDER BY item');
  for (const id of ids) {
    const rows = select.all(id) as { item: number; expectation: number; perception: number }[];
    out.set(id, rows.map(({ item, expectation, perception }) => ({ item, expectation, perception })));
  }
  return out;
}

const toHead = (r: HeadRow, answers: readonly ServqualAnswer[]): ServqualHead => ({
  id: r.id,
  outletId: r.outlet_id,
  outletName: r.outlet_name,
  respondedOn: r.responded_on,
  respondent: r.respondent,
  source: r.source,
  gap: gapOfAnswers(answers),
});

const SELECT_HEAD = `SELECT r.id, r.outlet_id, o.name AS outlet_name, r.responded_on, r.respondent, r.source
  FROM servqual_responses r LEFT JOIN outlets o ON o.id = r.outlet_id`;
const LIST_SQL = `${SELECT_HEAD} WHERE ${FILTER_SQL} ORDER BY r.responded_on DESC, r.id DESC LIMIT @limit`;
const ONE_SQL = `${SELECT_HEAD} WHERE r.id = ?`;
const COUNT_SQL = `SELECT count(*) FROM servqual_responses r WHERE ${FILTER_SQL}`;
const ITEM_SUMS_SQL = `
  SELECT s.item, count(*) AS n, sum(s.expectation) AS sumExpectation, sum(s.perception) AS sumPerception
  FROM servqual_scores s JOIN servqual_responses r ON r.id = s.response_id
  WHERE ${FILTER_SQL} GROUP BY s.item`;

/** Questionnaires of a period and outlet, newest first. */
export function listServqual(db: Db, filter: SurveyFilter, limit: number): ServqualHead[] {
  const rows = db
    .prepare(LIST_SQL)
    .all({ ...placeParams(filter), limit }) as HeadRow[];
  const answers = answersOf(db, rows.map((r) => r.id));
  return rows.map((r) => toHead(r, answers.get(r.id) ?? []));
}

export function getServqual(db: Db, id: number): ServqualDetail {
  const row = db.prepare(ONE_SQL).get(id) as HeadRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no SERVQUAL questionnaire with id ${id}`, { id });
  const answers = answersOf(db, [id]).get(id) ?? [];
  return { ...toHead(row, answers), answers };
}

export function assertOutlet(db: Db, id: number | null): void {
  if (id !== null && !db.prepare('SELECT 1 FROM outlets WHERE id = ?').get(id)) {
    throw new QmFailure('NOT_FOUND', `no outlet with id ${id}`, { field: 'outletId', reason: 'unknown_outlet' });
  }
}

/** Insert one whole questionnaire (head and 22 answers); the caller holds the transaction. */
export function insertServqual(db: Db, fields: ServqualFields, source: SurveySource, now: number): number {
  const id = Number(
    db
      .prepare('INSERT INTO servqual_responses (outlet_id, responded_on, respondent, source, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(fields.outletId, fields.respondedOn, fields.respondent, source, now).lastInsertRowid,
  );
  const score = db.prepare('INSERT INTO servqual_scores (response_id, item, expectation, perception) VALUES (?, ?, ?, ?)');
  for (const a of fields.answers) score.run(id, a.item, a.expectation, a.perception);
  return id;
}

/** Create (no id) or correct a questionnaire; the answers are replaced as a whole. */
export function saveServqual(db: Db, actor: string, id: number | undefined, fields: ServqualFields, now = Date.now()): ServqualDetail {
  return writeTransaction(db, actor, (record) => {
    assertOutlet(db, fields.outletId);
    if (id === undefined) {
      const newId = insertServqual(db, fields, 'manual', now);
      const after = getServqual(db, newId);
      record({ action: 'create', entity: 'servqual_response', entityId: newId, before: null, after });
      return after;
    }
    const before = getServqual(db, id);
    db.prepare('UPDATE servqual_responses SET outlet_id = ?, responded_on = ?, respondent = ? WHERE id = ?').run(
      fields.outletId,
      fields.respondedOn,
      fields.respondent,
      id,
    );
    const score = db.prepare('UPDATE servqual_scores SET expectation = ?, perception = ? WHERE response_id = ? AND item = ?');
    for (const a of fields.answers) score.run(a.expectation, a.perception, id, a.item);
    const after = getServqual(db, id);
    record({ action: 'update', entity: 'servqual_response', entityId: id, before, after });
    return after;
  });
}

export function deleteServqual(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = getServqual(db, id);
    db.prepare('DELETE FROM servqual_responses WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'servqual_response', entityId: id, before, after: null });
    return null;
  });
}

/** Summed answers per item of the questionnaires a filter selects (the SERVQUAL KPI source reads them too). */
export function servqualItemSums(db: Db, filter: SurveyFilter): { responses: number; sums: ServqualItemSums[] } {
  const params = placeParams(filter);
  const responses = db.prepare(COUNT_SQL).pluck().get(params) as number;
  const sums = db.prepare(ITEM_SUMS_SQL).all(params) as ServqualItemSums[];
  return { responses, sums };
}

/** Mean expectation, perception and gap per item and dimension, and the overall gap. */
export function servqualSummary(db: Db, filter: SurveyFilter): ServqualSummary {
  const { responses, sums } = servqualItemSums(db, filter);
  return { responses, items: itemGaps(sums), dimensions: dimensionGaps(sums), overall: overallGap(sums) };
}
