import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { getSettings } from '../../../electron/core/settings/service.ts';
import { recomputeSla } from '../../../electron/core/sla/recompute.ts';
import { archiveState } from '../../../electron/core/tickets/archive-index.ts';
import { queryTickets } from '../../../electron/core/tickets/grid-query.ts';
import { relinkAll } from '../../../electron/core/tickets/repeats.ts';
import { openWorkspaceFile } from '../../../electron/core/workspace/file.ts';
import { tempDir } from '../helpers/temp.ts';

describe('demo workspace derived data', () => {
  it('opens measured, linked, with follow-ups, callbacks due and a complete text index - as sla.recompute leaves it', async () => {
    const file = path.join(tempDir(), 'demo.sqlite');
    await generateDemoWorkspace(file, { tickets: 6000, until: '2025-10', seed: 3 });
    const { db } = openWorkspaceFile(file);
    try {
      const one = (sql: string): number => db.prepare(sql).pluck().get() as number;
      expect(one('SELECT count(*) FROM tickets WHERE sla_version IS NULL')).toBe(0);
      expect(one('SELECT count(*) FROM tickets WHERE response_breached = 1')).toBeGreaterThan(0);
      expect(one('SELECT count(*) FROM tickets WHERE resolution_breached = 1')).toBeGreaterThan(0);
      expect(one('SELECT count(*) FROM tickets WHERE repeat_of_id IS NOT NULL')).toBeGreaterThan(0);
      expect(one("SELECT count(*) FROM follow_ups WHERE status = 'open'")).toBeGreaterThan(0);
      expect(archiveState(db)).toEqual({ indexedTo: 6000, maxId: 6000, dirty: 0 });
      expect(one('SELECT count(*) FROM detached_indexes')).toBe(0);

      // The demo world's "now": the end of its last month.
      const now = Date.UTC(2025, 9, 31, 16);
      const queue = (name: 'breached' | 'callbacks_due' | 'follow_up' | 'repeat') =>
        queryTickets(db, { query: { queue: name, sort: [], filter: {}, quickSearch: '' }, startRow: 0, endRow: 10 }, { timeZone: 'Asia/Shanghai', now, language: 'zh-CN' }).total;
      for (const name of ['breached', 'callbacks_due', 'follow_up', 'repeat'] as const) expect(queue(name), name).toBeGreaterThan(0);

      // Measured and linked exactly as the workspace's own rules do it: a recompute finds nothing to change.
      expect((await recomputeSla(db, 'all', undefined, now)).changed).toBe(0);
      expect(db.transaction(() => relinkAll(db, getSettings(db).repeatWindowDays))().changed).toEqual([]);
    } finally {
      db.close();
    }
  });
});
