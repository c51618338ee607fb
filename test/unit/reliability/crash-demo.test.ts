import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { removeOrphanTemps } from '../../../electron/core/workspace/orphans.ts';
import { createWorkspaceFile } from '../../../electron/core/workspace/file.ts';
import { tempDir } from '../helpers/temp.ts';
import { dataDigest, fill } from '../backup/fixture.ts';
import { progress, runQmAndKill } from './kill.ts';

const TICKETS = 60_000;

const KILL_POINTS: { name: string; when: (line: string) => boolean }[] = [
  { name: 'writing reference data', when: (l) => progress(l)?.phase === 'reference' },
  { name: 'a third of the tickets written', when: (l) => progress(l)?.phase === 'tickets' && progress(l)!.fraction >= 0.3 },
  { name: 'building indexes', when: (l) => progress(l)?.phase === 'indexes' },
  { name: 'building the text index', when: (l) => progress(l)?.phase === 'archive' },
  { name: 'updating statistics (just before the rename)', when: (l) => progress(l)?.phase === 'statistics' },
];

describe('crash safety: demo generation killed with SIGKILL', () => {
  it('never leaves a half-written workspace under the target name; the file it was replacing stays as it was', async () => {
    const dir = tempDir('qm-crash-demo-');
    const target = path.join(dir, 'demo.sqlite');
    createWorkspaceFile(target).db.close();
    fill(target, 0, 500);
    const before = dataDigest(target);
    for (const point of KILL_POINTS) {
      const outcome = await runQmAndKill(['demo', '--workspace', target, '--tickets', String(TICKETS), '--force'], point.when);
      expect(outcome.killed, `${point.name}: generation finished first`).toBe(true);
      expect(dataDigest(target), point.name).toBe(before);
      const db = openDatabase(target, { mustExist: true, readonly: true });
      expect(db.pragma('integrity_check', { simple: true }), point.name).toBe('ok');
      db.close();
      // What the killed run left has a temp name, never the target's.
      // (the target's own -shm comes from the reads of this test)
      for (const name of fs.readdirSync(dir).filter((n) => !/^demo\.sqlite(-shm|-wal)?$/.test(n))) {
        expect(name).toMatch(/^demo\.sqlite\.(tmp-\d+-[0-9a-f]{8}(-wal|-shm|-journal)?|lock)$/);
      }
      // Each run removed the temp files of the run killed before it (they can be a gigabyte each): one run's remain.
      const runs = new Set(fs.readdirSync(dir).flatMap((n) => /\.tmp-(\d+)-/.exec(n)?.[1] ?? []));
      expect(runs.size, point.name).toBe(1);
    }
    expect(removeOrphanTemps(target).length).toBeGreaterThanOrEqual(1);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  }, 600_000);

  it('a new demo run cleans up after a killed one and publishes a whole workspace', async () => {
    const dir = tempDir('qm-crash-demo-');
    const target = path.join(dir, 'fresh.sqlite');
    expect((await runQmAndKill(['demo', '--workspace', target, '--tickets', '20000'], (l) => progress(l)?.phase === 'indexes')).killed).toBe(true);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).some((n) => n.includes('.tmp-'))).toBe(true);
    const finished = await runQmAndKill(['demo', '--workspace', target, '--tickets', '500'], () => false);
    expect(finished.killed).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['fresh.sqlite']);
  }, 300_000);
});
