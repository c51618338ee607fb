import { leniencyFlag } from '../../../shared/domain/calibration.ts';
import type { AuditorMonthRow } from '../../../shared/schemas/audit-calibration.ts';
import type { Db } from '../db/open.ts';
import { calibrationResults } from './calibration.ts';

/**
 * Per auditor and month: submitted audits, the average score given, and the average of all auditors on comparable
 * audits (same template code, same month) taken audit by audit, so an auditor who scores mostly the onsite card is
 * compared with the onsite card's month. Calibration rows never appear here as audits: they live in their own table.
 */
export function auditorLeniency(db: Db, from: string, to: string): AuditorMonthRow[] {
  const rows = db
    .prepare(
      `WITH scored AS (
         SELECT a.auditor, a.month, a.score, t.code
         FROM audits a JOIN scorecard_templates t ON t.id = a.template_id
         WHERE a.status = 'submitted' AND a.auditor <> '' AND a.score IS NOT NULL AND a.month BETWEEN ? AND ?
       ),
       peer AS (SELECT code, month, avg(score) AS mean FROM scored GROUP BY code, month)
       SELECT s.auditor, s.month, count(*) AS audits, avg(s.score) AS average, avg(p.mean) AS comparable
       FROM scored s JOIN peer p ON p.code = s.code AND p.month = s.month
       GROUP BY s.auditor, s.month
       ORDER BY s.auditor, s.month`,
    )
    .all(from, to) as { auditor: string; month: string; audits: number; average: number; comparable: number }[];

  const deviations = new Map<string, number[]>();
  const sessions = db
    .prepare(`SELECT id, month FROM calibration_sessions WHERE status = 'revealed' AND month BETWEEN ? AND ? ORDER BY id`)
    .all(from, to) as { id: number; month: string }[];
  for (const s of sessions) {
    for (const a of calibrationResults(db, s.id).auditors) {
      if (a.deviation === null) continue;
      const key = `${a.auditor}\u0000${s.month}`;
      deviations.set(key, [...(deviations.get(key) ?? []), a.deviation]);
    }
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return rows.map((r) => {
    const difference = round(r.average - r.comparable);
    const list = deviations.get(`${r.auditor}\u0000${r.month}`);
    return {
      auditor: r.auditor,
      month: r.month,
      audits: r.audits,
      average: round(r.average),
      comparable: round(r.comparable),
      difference,
      calibration: list ? round(list.reduce((a, b) => a + b, 0) / list.length) : null,
      flag: leniencyFlag(difference, r.audits),
    };
  });
}
