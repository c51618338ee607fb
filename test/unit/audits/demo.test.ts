import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAudits } from '../../../electron/core/audits/audits.ts';
import { auditorLeniency } from '../../../electron/core/audits/auditors.ts';
import { calibrationResults, listCalibrations } from '../../../electron/core/audits/calibration.ts';
import { agentScores } from '../../../electron/core/audits/reports.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { scoreForm } from '../../../shared/domain/scorecard.ts';
import { getAudit } from '../../../electron/core/audits/audits.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the demo workspace', () => {
  it('holds twelve months of QA rounds, scored by the rule, with corrective actions in every state and decided disputes', async () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    await generateDemoWorkspace(file, { tickets: 3000, until: '2026-10' });
    const db = openDatabase(file);
    try {
      const audits = listAudits(db, { limit: 20_000 });
      const months = [...new Set(audits.map((a) => a.month))].sort();
      expect(months).toHaveLength(12);
      expect(months.at(-1)).toBe('2026-10');
      expect(audits.filter((a) => a.month === '2026-10' && a.status === 'pending').length).toBeGreaterThan(0);
      expect(audits.filter((a) => a.month < '2026-10').every((a) => a.status === 'submitted')).toBe(true);
      const sample = getAudit(db, audits.find((a) => a.status === 'submitted')!.id);
      expect(sample.score).toBe(scoreForm(sample.template.sections, sample.answers).score);
      const scores = agentScores(db, '2025-11', '2026-10');
      const mean = scores.reduce((n, r) => n + r.average, 0) / scores.length;
      expect(mean).toBeGreaterThan(60);
      expect(mean).toBeLessThan(98);
      const states = db.prepare(`SELECT DISTINCT status FROM actions WHERE source_kind = 'audit' ORDER BY status`).pluck().all();
      expect(states.length).toBeGreaterThanOrEqual(3);
      const disputes = db.prepare('SELECT DISTINCT status FROM audit_disputes ORDER BY status').pluck().all();
      expect(disputes).toEqual(['rejected', 'upheld']);

      // One revealed calibration of four auditors and one still blind; neither adds an audit.
      const sessions = listCalibrations(db);
      expect(sessions.map((s) => [s.status, s.auditors.length, s.auditors.filter((a) => a.submitted).length])).toEqual([
        ['open', 3, 2],
        ['revealed', 4, 4],
      ]);
      const revealed = calibrationResults(db, sessions[1]!.id);
      expect(revealed.auditors.every((a) => a.deviation !== null)).toBe(true);
      expect(listAudits(db, { limit: 20_000 })).toHaveLength(audits.length);
      // The demo's lenient and strict auditors show up as such in their busier months.
      const flags = new Set(auditorLeniency(db, '2025-11', '2026-10').map((r) => r.flag));
      expect([...flags].sort()).toEqual(['lenient', 'none', 'strict']);
    } finally {
      db.close();
    }
  });
});
