import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { listActions } from '../../../electron/core/improvement/actions.ts';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the demo workspace', () => {
  it('closes audit actions only with a re-audit check of the same agent, and keeps some done and checked', async () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    await generateDemoWorkspace(file, { tickets: 3000, until: '2026-10' });
    const db = openDatabase(file);
    try {
      const actions = listActions(db).filter((a) => a.source.kind === 'audit');
      const closed = actions.filter((a) => a.status === 'closed');
      expect(closed.length).toBeGreaterThan(0);
      for (const a of closed) {
        expect(a.check?.verdict).toBe('effective');
        const e = a.check!.evidence;
        if (e.method !== 'reaudit') throw new Error('expected a re-audit');
        expect(e.audit.id).toBe(a.source.id);
        expect(e.reaudit.submittedAt).toBeGreaterThan(e.audit.submittedAt);
        expect(e.reaudit.score!).toBeGreaterThanOrEqual(e.audit.score!);
      }
      expect(new Set(actions.map((a) => a.status)).size).toBeGreaterThanOrEqual(4);
      expect(
        actions.filter((a) => a.status !== 'done' && a.status !== 'closed').every((a) => a.check === null),
      ).toBe(true);
    } finally {
      db.close();
    }
  });
});
