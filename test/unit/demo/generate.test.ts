import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { latestVersion } from '../../../electron/core/db/migrate.ts';
import { JobRegistry } from '../../../electron/core/jobs/registry.ts';
import {
  APPLICATION_ID,
  createWorkspaceFile,
  openWorkspaceFile,
} from '../../../electron/core/workspace/file.ts';
import { tempDir } from '../helpers/temp.ts';
import { demoDigest, filesIn, recordingJob } from './fixture.ts';

const SMALL = { tickets: 3000, until: '2025-10' };

const failureCode = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => undefined,
    (err: unknown) => (err as { code?: string }).code,
  );

describe('demo generator', () => {
  it('gives the same rows for the same seed, month and size, and other rows for another seed', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.sqlite');
    const b = path.join(dir, 'b.sqlite');
    const c = path.join(dir, 'c.sqlite');
    await generateDemoWorkspace(a, { ...SMALL, seed: 7 });
    await generateDemoWorkspace(b, { ...SMALL, seed: 7 });
    await generateDemoWorkspace(c, { ...SMALL, seed: 8 });
    expect(demoDigest(a)).toBe(demoDigest(b));
    expect(demoDigest(c)).not.toBe(demoDigest(a));
  });

  it('produces a workspace the console opens: current schema, application id, WAL, intact, audited', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    const result = await generateDemoWorkspace(file, { ...SMALL, seed: 1 });
    expect(result.path).toBe(path.resolve(file));
    expect(result.counts).toMatchObject({ tickets: 3000, customers: 1050, outlets: 12, audit_log: 2 });
    expect(result.seconds).toBeGreaterThan(0);
    expect(filesIn(dir)).toEqual(['demo.sqlite']);

    const opened = openWorkspaceFile(file);
    try {
      const { db } = opened;
      expect(opened.schemaVersion).toBe(latestVersion());
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const audit = db.prepare('SELECT actor, action, entity, entity_id, before, after FROM audit_log').all();
      expect(audit).toEqual([
        {
          actor: 'demo-generator',
          action: 'create',
          entity: 'workspace',
          entity_id: 'demo',
          before: null,
          after: JSON.stringify({ seed: 1, until: '2025-10', tickets: 3000 }),
        },
        {
          actor: 'demo-generator',
          action: 'update',
          entity: 'tickets',
          entity_id: 'derived',
          before: null,
          after: expect.stringMatching(/^\{"relinked":\d+,"followUpsCreated":\d+\}$/),
        },
      ]);
      // the indexes dropped for the bulk load are all back, exactly as a fresh workspace has them
      const indexSql = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name";
      const fresh = createWorkspaceFile(path.join(dir, 'fresh.sqlite'));
      try {
        expect(db.prepare(indexSql).all()).toEqual(fresh.db.prepare(indexSql).all());
      } finally {
        fresh.db.close();
      }
    } finally {
      opened.db.close();
    }
  });

  it('refuses an existing file unless asked to replace it, then replaces it whole', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    fs.writeFileSync(file, 'not a workspace');
    expect(await failureCode(generateDemoWorkspace(file, SMALL))).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a workspace');

    fs.writeFileSync(`${file}-wal`, 'stale'); // a WAL left by the replaced file must not be replayed into the new one
    await generateDemoWorkspace(file, { ...SMALL, replace: true });
    expect(filesIn(dir)).toEqual(['demo.sqlite']);
    openWorkspaceFile(file).db.close();
  });

  it('does not overwrite a file that appears at the target while generating without replace', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    const job = recordingJob();
    job.progress = (phase) => {
      if (phase === 'indexes' && !fs.existsSync(file)) fs.writeFileSync(file, 'someone else');
    };
    expect(await failureCode(generateDemoWorkspace(file, { ...SMALL, job }))).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file, 'utf8')).toBe('someone else');
    expect(filesIn(dir)).toEqual(['demo.sqlite']);
  });

  it('leaves no file and no temp file when cancelled, at any checkpoint', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    const full = recordingJob();
    await generateDemoWorkspace(path.join(dir, 'probe.sqlite'), { ...SMALL, job: full });
    fs.rmSync(path.join(dir, 'probe.sqlite'));
    expect(full.checkpoints).toBeGreaterThan(3);

    for (const at of [1, 2, Math.ceil(full.checkpoints / 2), full.checkpoints]) {
      const job = recordingJob(at);
      expect(await failureCode(generateDemoWorkspace(file, { ...SMALL, job }))).toBe('CANCELLED');
      expect(filesIn(dir)).toEqual([]);
    }
  });

  it('keeps an existing workspace byte for byte when a replacing run is cancelled', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    await generateDemoWorkspace(file, { ...SMALL, seed: 3 });
    const before = fs.readFileSync(file);
    const job = recordingJob(3);
    expect(await failureCode(generateDemoWorkspace(file, { ...SMALL, seed: 4, replace: true, job }))).toBe(
      'CANCELLED',
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(filesIn(dir)).toEqual(['demo.sqlite']);
  });

  it('yields between batches, so a cancel sent through the job registry stops it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    const registry = new JobRegistry(() => {});
    const run = registry.run('cancel-me', (job) =>
      generateDemoWorkspace(file, { tickets: 60_000, until: '2025-10', job }),
    );
    setImmediate(() => registry.cancel('cancel-me')); // runs only if the generator lets the event loop turn
    expect(await failureCode(run)).toBe('CANCELLED');
    expect(filesIn(dir)).toEqual([]);
  });

  it('reports progress per phase up to the ticket total', async () => {
    const dir = tempDir();
    const job = recordingJob();
    await generateDemoWorkspace(path.join(dir, 'demo.sqlite'), { tickets: 30_000, until: '2025-10', job });
    const tickets = job.events.filter((e) => e.phase === 'tickets');
    expect(tickets.map((e) => e.done)).toEqual([25_000, 30_000]);
    expect(tickets.every((e) => e.total === 30_000)).toBe(true);
    expect(job.events.map((e) => e.phase)).toContain('indexes');
  });

  it('rejects a bad size or month with INVALID_INPUT and writes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo.sqlite');
    expect(await failureCode(generateDemoWorkspace(file, { tickets: 0 }))).toBe('INVALID_INPUT');
    expect(await failureCode(generateDemoWorkspace(file, { tickets: 1.5 }))).toBe('INVALID_INPUT');
    expect(await failureCode(generateDemoWorkspace(file, { tickets: 100, until: '2025-13' }))).toBe(
      'INVALID_INPUT',
    );
    expect(await failureCode(generateDemoWorkspace(file, { tickets: 100, seed: -1 }))).toBe('INVALID_INPUT');
    expect(filesIn(dir)).toEqual([]);
  });

  it('creates the folder of the target (the app keeps its demo in a folder of its own)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'demo', 'demo-workspace.sqlite');
    await generateDemoWorkspace(file, { tickets: 500, until: '2025-10' });
    expect(fs.existsSync(file)).toBe(true);
  });
});
