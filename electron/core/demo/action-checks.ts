import type { Db } from '../db/open.ts';

const DAY = 86_400_000;

interface Candidate {
  actionId: number;
  auditId: number;
  before: number;
  reauditId: number;
  after: number;
  reauditAt: number;
}

/**
 * Corrective actions from audits that are done get their effectiveness check from the agent's next submitted audit:
 * closed when the re-audit scored at least as well, left done with a "not effective" check otherwise, so the demo
 * shows every state of the close-out.
 */
export function writeActionChecksDemo(db: Db, actor: string): void {
  const candidates = db
    .prepare(
      `SELECT a.id AS actionId, q.id AS auditId, q.score AS before, r.id AS reauditId, r.score AS after,
         r.submitted_at AS reauditAt
       FROM actions a
       JOIN audits q ON q.id = a.source_id
       JOIN audits r ON r.id = (
         SELECT n.id FROM audits n
         WHERE n.agent_id = q.agent_id AND n.status = 'submitted' AND n.submitted_at > q.submitted_at
         ORDER BY n.submitted_at, n.id LIMIT 1)
       WHERE a.source_kind = 'audit' AND a.status = 'done' AND q.score IS NOT NULL AND r.score IS NOT NULL
       ORDER BY a.id`,
    )
    .all() as Candidate[];
  const insert = db.prepare(
    `INSERT INTO action_checks (action_id, method, audit_id, reaudit_id, verdict, note, actor, checked_at)
     VALUES (?, 'reaudit', ?, ?, ?, ?, ?, ?)`,
  );
  const close = db.prepare("UPDATE actions SET status = 'closed', updated_at = ? WHERE id = ?");
  db.transaction(() => {
    for (const c of candidates) {
      const effective = c.after >= c.before;
      const at = c.reauditAt + DAY;
      const note = effective
        ? `复检得分 ${c.after.toFixed(1)}，高于整改前的 ${c.before.toFixed(1)}，一票否决项未再出现。`
        : `复检得分 ${c.after.toFixed(1)}，未达到整改前的 ${c.before.toFixed(1)}，继续跟进。`;
      insert.run(
        c.actionId,
        c.auditId,
        c.reauditId,
        effective ? 'effective' : 'not_effective',
        note,
        actor,
        at,
      );
      if (effective) close.run(at, c.actionId);
    }
  })();
}
