import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { leagueTable } from '../../../electron/core/mystery/league.ts';
import { listProgrammes } from '../../../electron/core/mystery/programmes.ts';
import { getVisit, listVisits } from '../../../electron/core/mystery/visits.ts';
import { scoreForm } from '../../../shared/domain/scorecard.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the demo workspace', () => {
  it('holds four mystery-shop waves over all outlets, scored by the rule, the last still in review, with appeals', async () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    await generateDemoWorkspace(file, { tickets: 2000, until: '2026-10' });
    const db = openDatabase(file);
    try {
      const [programme] = listProgrammes(db);
      expect(programme!.waves).toHaveLength(4);
      const outlets = db.prepare('SELECT count(*) FROM outlets').pluck().get() as number;
      expect(programme!.waves.every((w) => w.outletIds.length === outlets && w.visits === outlets * 2)).toBe(true);
      expect(programme!.waves.slice(0, 3).every((w) => w.published === w.visits)).toBe(true);
      expect(programme!.waves[3]!.published).toBeLessThan(programme!.waves[3]!.visits);
      const visit = getVisit(db, listVisits(db, { status: 'published', limit: 1 })[0]!.id);
      expect(visit.score).toBe(scoreForm(visit.template.sections, visit.answers).score);
      const league = leagueTable(db, programme!.waves[2]!.id);
      expect(league.rows.filter((r) => r.rankChange !== null).length).toBe(outlets);
      expect(league.rows.some((r) => r.rankChange !== 0)).toBe(true);
      const appeals = db.prepare('SELECT status, count(*) AS n FROM mystery_appeals GROUP BY status ORDER BY status').all() as { status: string; n: number }[];
      expect(appeals.map((a) => a.status)).toEqual(['rejected', 'upheld']);
    } finally {
      db.close();
    }
  });
});
