import { scoreForm } from '../../../shared/domain/scorecard.ts';
import type { Template } from '../../../shared/schemas/audits.ts';
import type { Db } from '../db/open.ts';
import { answersFor } from './audits.ts';
import { DAY } from './calendar.ts';
import type { Rng } from './rng.ts';

export interface CalibrationDemoInput {
  months: readonly string[];
  auditors: readonly string[];
  bias: ReadonlyMap<string, number>;
  template: Template;
  /** When month index m's round was scored. */
  at: (m: number) => number;
}

/**
 * Two calibration sessions on the call/chat scorecard: last full month's, scored by four auditors and revealed (the
 * lenient and the strict auditor among them), and this month's, still blind with two of three entries submitted.
 * The records are audited ones of that month; calibration lives in its own tables, so the audits stay as they were.
 */
export function writeCalibrationDemo(db: Db, rng: Rng, input: CalibrationDemoInput): void {
  const { months, auditors, template } = input;
  if (auditors.length < 3 || months.length < 2) return;
  const recordOf = db.prepare(
    `SELECT a.ticket_id FROM audits a
     WHERE a.month = ? AND a.template_id = ? AND a.status = 'submitted' ORDER BY a.id LIMIT 1`,
  ).pluck();
  const insertSession = db.prepare(
    `INSERT INTO calibration_sessions (title, template_id, ticket_id, month, status, created_by, created_at, revealed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntry = db.prepare(
    'INSERT INTO calibration_entries (session_id, auditor, answers, score, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const sessions = [
    { m: months.length - 2, names: auditors.slice(0, 4), submitted: 4, revealed: true, title: '月度质检校准' },
    { m: months.length - 1, names: auditors.slice(0, 3), submitted: 2, revealed: false, title: '本月质检校准' },
  ];
  for (const s of sessions) {
    const ticketId = recordOf.get(months[s.m], template.id) as number | undefined;
    if (ticketId === undefined) continue;
    const createdAt = input.at(s.m);
    const revealedAt = createdAt + 5 * DAY;
    const id = Number(
      insertSession.run(`${s.title} ${months[s.m]}`, template.id, ticketId, months[s.m], s.revealed ? 'revealed' : 'open', auditors[0], createdAt, s.revealed ? revealedAt : null)
        .lastInsertRowid,
    );
    // The same record, seen by each auditor: one underlying skill, each auditor's own eye.
    const skill = 0.8;
    s.names.forEach((name, i) => {
      const done = i < s.submitted;
      const answers = done ? answersFor(rng, template.sections, skill, input.bias.get(name) ?? 0) : {};
      const at = createdAt + (i + 1) * DAY;
      insertEntry.run(id, name, JSON.stringify(answers), done ? scoreForm(template.sections, answers).score : null, done ? at : null, done ? at : createdAt);
    });
  }
}
