import type { ParsedInput } from '../../../shared/api.ts';
import { calibrationFigures } from '../../../shared/domain/calibration.ts';
import { isValidAnswer, scoreForm } from '../../../shared/domain/scorecard.ts';
import { wallClock } from '../../../shared/domain/zoned-time.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { CalibrationEntry, CalibrationResults, CalibrationSummary } from '../../../shared/schemas/audit-calibration.ts';
import { Answers } from '../../../shared/schemas/audits.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from '../settings/service.ts';
import { getTemplate } from './templates.ts';

interface SessionRow {
  id: number;
  title: string;
  month: string;
  status: CalibrationSummary['status'];
  template_id: number;
  template_code: string;
  template_name_zh: string;
  template_name_en: string;
  template_version: number;
  ticket_id: number;
  ticket_ref: string;
  subject: string;
  created_by: string;
  created_at: number;
  revealed_at: number | null;
}

interface EntryRow {
  auditor: string;
  answers: string;
  submitted_at: number | null;
  updated_at: number;
}

/** One fixed statement; the id filter is a bound parameter that is NULL for the whole list. */
const SESSIONS = `
  SELECT c.*, t.code AS template_code, t.name_zh AS template_name_zh, t.name_en AS template_name_en,
    t.version AS template_version, coalesce(k.external_id, '#' || k.id) AS ticket_ref, k.subject
  FROM calibration_sessions c
  JOIN scorecard_templates t ON t.id = c.template_id
  JOIN tickets k ON k.id = c.ticket_id
  WHERE (@id IS NULL OR c.id = @id)
  ORDER BY c.created_at DESC, c.id DESC`;

function entryRows(db: Db, sessionId: number): EntryRow[] {
  return db
    .prepare('SELECT auditor, answers, submitted_at, updated_at FROM calibration_entries WHERE session_id = ? ORDER BY rowid')
    .all(sessionId) as EntryRow[];
}

function toSummary(db: Db, r: SessionRow): CalibrationSummary {
  return {
    id: r.id,
    title: r.title,
    month: r.month,
    status: r.status,
    templateId: r.template_id,
    templateCode: r.template_code,
    templateNameZh: r.template_name_zh,
    templateNameEn: r.template_name_en,
    templateVersion: r.template_version,
    ticketId: r.ticket_id,
    ticketRef: r.ticket_ref,
    subject: r.subject,
    auditors: entryRows(db, r.id).map((e) => ({ name: e.auditor, submitted: e.submitted_at !== null })),
    createdBy: r.created_by,
    createdAt: r.created_at,
    revealedAt: r.revealed_at,
  };
}

export function listCalibrations(db: Db): CalibrationSummary[] {
  return (db.prepare(SESSIONS).all({ id: null }) as SessionRow[]).map((r) => toSummary(db, r));
}

export function getCalibration(db: Db, id: number): CalibrationSummary {
  const row = db.prepare(SESSIONS).get({ id }) as SessionRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no calibration session with id ${id}`, { id });
  return toSummary(db, row);
}

/** A ticket by its external id, or by its number written as #123 or 123. */
function findTicket(db: Db, ref: string): number {
  const external = db.prepare('SELECT id FROM tickets WHERE external_id = ? LIMIT 1').get(ref) as { id: number } | undefined;
  if (external) return external.id;
  const number = /^#?([1-9]\d{0,15})$/.exec(ref)?.[1];
  const byId = number === undefined ? undefined : (db.prepare('SELECT id FROM tickets WHERE id = ?').get(Number(number)) as { id: number } | undefined);
  if (!byId) throw new QmFailure('NOT_FOUND', `no ticket ${ref}`, { reason: 'calibration_no_ticket', ref });
  return byId.id;
}

/** Open a session on one record and one template version, with an empty entry for each named auditor. */
export function createCalibration(db: Db, actor: string, input: ParsedInput<'audits.calibration.create'>, now = Date.now()): CalibrationSummary {
  return writeTransaction(db, actor, (record) => {
    const template = getTemplate(db, input.templateId);
    if (template.kind !== 'audit' || !template.current) {
      throw new QmFailure('CONFLICT', 'calibrate on the current version of a quality-audit scorecard', { reason: 'template_unusable' });
    }
    const ticketId = findTicket(db, input.ticketRef);
    const w = wallClock(getSettings(db).timeZone, now);
    const month = `${w.year}-${String(w.month).padStart(2, '0')}`;
    const id = Number(
      db
        .prepare('INSERT INTO calibration_sessions (title, template_id, ticket_id, month, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.title, template.id, ticketId, month, actor, now).lastInsertRowid,
    );
    const insert = db.prepare('INSERT INTO calibration_entries (session_id, auditor, updated_at) VALUES (?, ?, ?)');
    for (const name of input.auditors) insert.run(id, name, now);
    const after = getCalibration(db, id);
    record({ action: 'create', entity: 'calibration_session', entityId: id, before: null, after });
    return after;
  });
}

function entryRow(db: Db, sessionId: number, auditor: string): EntryRow {
  const row = entryRows(db, sessionId).find((e) => e.auditor === auditor);
  if (!row) throw new QmFailure('NOT_FOUND', `${auditor} is not an auditor of this session`, { reason: 'calibration_not_auditor' });
  return row;
}

/** One auditor's view: never anyone else's answers, whatever the session's state. */
export function getCalibrationEntry(db: Db, sessionId: number, auditor: string): CalibrationEntry {
  const session = getCalibration(db, sessionId);
  const row = entryRow(db, sessionId, auditor);
  const template = getTemplate(db, session.templateId);
  const ticket = db.prepare('SELECT channel, description, resolution FROM tickets WHERE id = ?').get(session.ticketId) as {
    channel: CalibrationEntry['channel'];
    description: string;
    resolution: string | null;
  };
  const answers = Answers.parse(JSON.parse(row.answers));
  return {
    session,
    auditor,
    template,
    ...ticket,
    answers,
    result: scoreForm(template.sections, answers),
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

/** Save or submit one auditor's answers while the session is open; a submitted entry can still be corrected. */
export function saveCalibrationEntry(db: Db, actor: string, input: ParsedInput<'audits.calibration.saveEntry'>, now = Date.now()): CalibrationEntry {
  return writeTransaction(db, actor, (record) => {
    const before = getCalibrationEntry(db, input.sessionId, input.auditor);
    if (before.session.status !== 'open') {
      throw new QmFailure('CONFLICT', 'the session is revealed; its answers are final', { reason: 'calibration_revealed' });
    }
    const byKey = new Map(before.template.sections.flatMap((s) => s.items).map((i) => [i.key, i]));
    const bad = Object.entries(input.answers).filter(([key, value]) => !byKey.has(key) || !isValidAnswer(byKey.get(key)!, value));
    if (bad.length > 0) {
      throw new QmFailure('INVALID_INPUT', "answers must fit the items of the session's template version", {
        reason: 'bad_answers',
        items: bad.map(([key]) => key).slice(0, 50),
      });
    }
    const result = scoreForm(before.template.sections, input.answers);
    const submitted = input.submit || before.submittedAt !== null;
    if (submitted && result.answered < result.total) {
      throw new QmFailure('INVALID_INPUT', `${result.total - result.answered} items are not answered yet`, {
        reason: 'incomplete',
        missing: result.total - result.answered,
      });
    }
    db.prepare('UPDATE calibration_entries SET answers = ?, score = ?, submitted_at = ?, updated_at = ? WHERE session_id = ? AND auditor = ?').run(
      JSON.stringify(input.answers),
      result.score,
      submitted ? (before.submittedAt ?? now) : null,
      now,
      input.sessionId,
      input.auditor,
    );
    const after = getCalibrationEntry(db, input.sessionId, input.auditor);
    // The audit log is readable by every user, so while the session is blind it records progress, not answers;
    // the reveal logs everyone's answers at once.
    const progress = (e: CalibrationEntry) => ({ auditor: e.auditor, answered: e.result.answered, submittedAt: e.submittedAt });
    record({ action: 'update', entity: 'calibration_entry', entityId: input.sessionId, before: progress(before), after: progress(after) });
    return after;
  });
}

/** Close the session and show everyone's answers; needs at least two submitted entries. */
export function revealCalibration(db: Db, actor: string, id: number, now = Date.now()): CalibrationResults {
  return writeTransaction(db, actor, (record) => {
    const before = getCalibration(db, id);
    if (before.status === 'revealed') throw new QmFailure('CONFLICT', 'the session is already revealed', { reason: 'calibration_revealed' });
    const submitted = before.auditors.filter((a) => a.submitted).length;
    if (submitted < 2) {
      throw new QmFailure('CONFLICT', 'at least two auditors must submit before the reveal', { reason: 'calibration_too_few', submitted });
    }
    db.prepare("UPDATE calibration_sessions SET status = 'revealed', revealed_at = ? WHERE id = ?").run(now, id);
    const results = calibrationResults(db, id);
    const entries = results.auditors.map((a) => ({
      auditor: a.auditor,
      score: a.score,
      answers: Object.fromEntries(results.items.map((item) => [item.key, item.answers[a.auditor]])),
    }));
    record({ action: 'update', entity: 'calibration_session', entityId: id, before, after: { ...results.session, entries } });
    return results;
  });
}

/** Deviation and agreement over the submitted entries; refused while the session is blind. */
export function calibrationResults(db: Db, id: number): CalibrationResults {
  const session = getCalibration(db, id);
  if (session.status !== 'revealed') {
    throw new QmFailure('CONFLICT', 'results stay hidden until the session is revealed', { reason: 'calibration_blind' });
  }
  const template = getTemplate(db, session.templateId);
  const entries = entryRows(db, id)
    .filter((e) => e.submitted_at !== null)
    .map((e) => ({ auditor: e.auditor, answers: Answers.parse(JSON.parse(e.answers)) }));
  return { session, ...calibrationFigures(template.sections, entries) };
}
