import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QmFailure } from '../../../shared/errors.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import type { JobControl } from '../../../electron/core/jobs/registry.ts';
import { generic, HEADER, importFile, row, snapshot, workspace, withDb, writeData } from './fixture.ts';

const rows = (n: number, over: (i: number) => Partial<Record<string, string>> = () => ({})): string =>
  Array.from({ length: n }, (_, i) => row({ external_id: `T${i + 1}`, ...over(i) })).join('\n');

describe('import: one transaction, dry run, re-import, cancel, crash', () => {
  it('a dry run checks everything, writes no ticket, customer or audit entry, and still writes the error report', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'dry.csv', `${HEADER}\n${rows(5, (i) => ({ customer: `NEW${i}` }))}\n${row({ external_id: 'bad', status: '??' })}\n`);
    const before = snapshot(file);
    const s = await importFile(file, data, { dryRun: true });
    expect(s).toMatchObject({ dryRun: true, total: 6, inserted: 5, rejected: 1, customersCreated: 5 });
    expect(snapshot(file)).toEqual(before);
    expect(fs.readFileSync(s.errorReportPath!, 'utf8')).toContain('7,status,??,');
  });

  it('writes one summary audit entry for the import, not one per row, and measures the new tickets', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'many.csv', `${HEADER}\n${rows(300)}\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 300 });
    const audit = withDb(file, (db) => db.prepare("SELECT entity, count(*) AS n FROM audit_log WHERE entity IN ('import', 'ticket') GROUP BY entity").all());
    expect(audit).toEqual([{ entity: 'import', n: 1 }]);
    expect(withDb(file, (db) => db.prepare('SELECT count(*) FROM tickets WHERE sla_version IS NULL OR resolution_due_at IS NULL').pluck().get())).toBe(0);
  });

  it('re-importing the same file changes nothing; an edited file updates by external id, leaving unmapped fields alone', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'export.csv', `${HEADER}\n${rows(3)}\n`);
    await importFile(file, data);
    withDb(file, (db) => db.prepare("UPDATE tickets SET resolution = '已更换压缩机' WHERE external_id = 'T2'").run());
    expect(await importFile(file, data)).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    writeData(dir, 'export.csv', `${HEADER}\n${rows(3, (i) => (i === 1 ? { subject: '空调不制冷（复修）', csat: '2' } : {}))}\n${row({ external_id: 'T4' })}\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 1, updated: 1, unchanged: 2 });
    const t2 = withDb(file, (db) => db.prepare("SELECT subject, csat, resolution FROM tickets WHERE external_id = 'T2'").get());
    expect(t2).toEqual({ subject: '空调不制冷（复修）', csat: 2, resolution: '已更换压缩机' });
    expect(withDb(file, (db) => db.prepare('SELECT count(*) FROM tickets').pluck().get())).toBe(4);
    const history = withDb(file, (db) => db.prepare("SELECT before, after FROM audit_log WHERE entity = 'ticket'").all());
    expect(history).toEqual([{ before: '{"subject":"空调不制冷","csat":5}', after: '{"subject":"空调不制冷（复修）","csat":2}' }]);
  });

  it('rejects an update that would break the time order with the ticket’s other values', async () => {
    const { file, dir } = workspace();
    await importFile(file, writeData(dir, 'a.csv', `${HEADER}\n${row()}\n`));
    withDb(file, (db) => db.prepare("UPDATE tickets SET first_response_at = created_at + 60000 WHERE external_id = 'T1'").run());
    const s = await importFile(file, writeData(dir, 'b.csv', `${HEADER}\n${row({ created_at: '2025-03-01 10:00:00' })}\n`));
    expect(s).toMatchObject({ updated: 0, rejected: 1 });
    expect(s.errors[0]!.reason).toMatch(/first response at would be earlier than created at/);
  });

  it('all-or-nothing (skipInvalid false) writes nothing when one row is rejected, and reports every bad row', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'strict.csv', `${HEADER}\n${rows(50, (i) => (i % 20 === 19 ? { tier: '9' } : {}))}\n`);
    const before = snapshot(file);
    const s = await importFile(file, data, { skipInvalid: false });
    expect(s).toMatchObject({ inserted: 0, updated: 0, rejected: 2 });
    expect(s.errors.map((e) => e.row)).toEqual([21, 41]);
    expect(snapshot(file)).toEqual(before);
  });

  it('refuses to start while another connection holds the write lock (CONFLICT), writing nothing', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'a.csv', `${HEADER}\n${row()}\n`);
    const other = openDatabase(file, { mustExist: true });
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(importFile(file, data)).rejects.toMatchObject({ code: 'CONFLICT' });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(withDb(file, (db) => db.prepare('SELECT count(*) FROM tickets').pluck().get())).toBe(0);
  });

  it('a cancel before the commit leaves the workspace as it was (indexes included)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'big.csv', `${HEADER}\n${rows(2000, (i) => ({ customer: `NEW${i % 7}` }))}\n`);
    const before = snapshot(file);
    let checkpoints = 0;
    const job: JobControl = {
      jobId: 'cancel-me',
      checkpoint: () => {
        // the first checkpoint lets the rows be written; the next one (before the commit) is the user's cancel
        if (++checkpoints > 1) throw new QmFailure('CANCELLED', 'Cancelled by the user.');
      },
      progress: () => undefined,
    };
    await expect(importFile(file, data, {}, job)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(snapshot(file)).toEqual(before);
  });

  it('a crash in the middle of the import (process killed before the commit) leaves nothing written', () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'crash.csv', `${HEADER}\n${rows(3000)}\n`);
    const before = snapshot(file);
    const script = path.join(dir, 'crash.mts');
    const runModule = path.resolve('electron/core/importers/run.ts');
    const presets = path.resolve('electron/core/importers/mapping/presets.ts');
    fs.writeFileSync(
      script,
      `import { runImport } from ${JSON.stringify(runModule)};
import { findPreset } from ${JSON.stringify(presets)};
const job = { jobId: 'crash', checkpoint() {}, progress(phase) { if (phase === 'read') process.kill(process.pid, 'SIGKILL'); } };
await runImport({ workspacePath: ${JSON.stringify(file)}, actor: 't', path: ${JSON.stringify(data)}, mapping: findPreset('generic'), dryRun: false, skipInvalid: true, errorReportPath: null }, job);
`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    expect(snapshot(file)).toEqual(before);
    expect(generic().name).toBe('generic');
  });
});
