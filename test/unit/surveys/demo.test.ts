import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { servqualSummary } from '../../../electron/core/surveys/servqual.ts';
import { surveySummary } from '../../../electron/core/surveys/summary.ts';
import { tempDir } from '../helpers/temp.ts';

describe('survey demo data', () => {
  it('links an answer to every scored ticket, adds walk-in questionnaires and quarterly SERVQUAL waves, deterministically', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    await generateDemoWorkspace(a, { tickets: 2000, seed: 3, until: '2026-10' });
    await generateDemoWorkspace(b, { tickets: 2000, seed: 3, until: '2026-10' });
    const db = openDatabase(a, { readonly: true });
    const other = openDatabase(b, { readonly: true });
    try {
      const scored = db.prepare('SELECT count(*) FROM tickets WHERE csat IS NOT NULL OR nps IS NOT NULL OR ces IS NOT NULL').pluck().get() as number;
      const linked = db.prepare('SELECT count(*) FROM survey_responses WHERE ticket_id IS NOT NULL').pluck().get() as number;
      expect(linked).toBe(scored);
      const outlets = db.prepare('SELECT count(*) FROM outlets').pluck().get() as number;
      expect(db.prepare('SELECT count(*) FROM survey_responses WHERE ticket_id IS NULL').pluck().get()).toBe(outlets * 12 * 20);
      expect(db.prepare('SELECT count(*) FROM servqual_responses').pluck().get()).toBe(outlets * 4 * 15);
      expect(db.prepare('SELECT count(*) FROM servqual_scores').pluck().get()).toBe(outlets * 4 * 15 * 22);
      // Answers fall inside the demo year.
      expect(db.prepare('SELECT min(responded_on) >= ? AND max(responded_on) <= ? FROM survey_responses').pluck().get('2025-11-01', '2026-10-31')).toBe(1);

      const year = surveySummary(db, { period: '2025-11-01..2026-10-31' }, 'outlet');
      expect(year.total.nps).not.toBeNull();
      expect(year.groups).toHaveLength(outlets);
      const gaps = servqualSummary(db, {});
      // Reliability and responsiveness trail expectations most; every dimension falls a little short.
      const gap = Object.fromEntries(gaps.dimensions.map((d) => [d.dimension, d.gap!]));
      expect(Math.min(gap['reliability']!, gap['responsiveness']!)).toBeLessThan(gap['tangibles']!);
      expect(gaps.overall).toBeLessThan(0);

      const digest = (d: typeof db) =>
        JSON.stringify([
          d.prepare('SELECT * FROM survey_responses ORDER BY id').raw().all(),
          d.prepare('SELECT * FROM servqual_scores ORDER BY response_id, item').raw().all(),
        ]);
      expect(digest(other)).toBe(digest(db));
    } finally {
      db.close();
      other.close();
    }
  });
});
