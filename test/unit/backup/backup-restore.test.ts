import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backup/files.ts';
import { newSession } from '../helpers/session.ts';
import { damage, dataDigest, errorOf, fill, value } from './fixture.ts';

describe('backups and restore', () => {
  it('restores exactly the data of backup time, keeping a safety copy of what it replaced', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    fill(file, 0, 500);
    value(await dispatch('settings.update', { patch: { repeatWindowDays: 21 } }));
    const made = value(await dispatch('backup.create', {}));
    expect(made.backup.reason).toBe('manual');
    const atBackup = dataDigest(made.backup.path);
    expect(dataDigest(file)).toBe(atBackup);

    fill(file, 500, 300);
    value(await dispatch('settings.update', { patch: { repeatWindowDays: 45 } }));
    const changed = dataDigest(file);
    expect(changed).not.toBe(atBackup);

    const restored = value(await dispatch('backup.restore', { backupPath: made.backup.path }));
    expect(restored.workspace.path).toBe(file);
    expect(dataDigest(file)).toBe(atBackup);
    expect(value(await dispatch('settings.get', {})).repeatWindowDays).toBe(21);
    // The state just before the restore is itself a backup, so the restore can be undone.
    expect(restored.safetyBackup).not.toBeNull();
    expect(dataDigest(restored.safetyBackup!)).toBe(changed);
    expect(restored.setAside).toBeNull();
  });

  it('refuses a damaged backup or a file that is not a workspace, and leaves the open workspace as it was', async () => {
    const { dispatch, file, dir } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    fill(file, 0, 3000);
    const good = value(await dispatch('backup.create', {})).backup.path;
    const broken = path.join(dir, 'broken-copy.sqlite');
    fs.copyFileSync(good, broken);
    damage(broken);
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'not a database at all, just some text '.repeat(200));
    const foreign = path.join(dir, 'other-app.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    other.close();
    const before = dataDigest(file);

    for (const [backupPath, code] of [
      [broken, /WORKSPACE_(DAMAGED|INVALID)/],
      [text, /WORKSPACE_INVALID/],
      [foreign, /WORKSPACE_INVALID/],
      [path.join(dir, 'missing.sqlite'), /FILE_NOT_FOUND/],
      [file, /INVALID_INPUT/],
    ] as const) {
      const error = errorOf(await dispatch('backup.restore', { backupPath }));
      expect(error.code).toMatch(code);
      expect(error.message).toContain(path.basename(backupPath));
    }
    // Still open, still the same data, no restore-time copies made.
    expect(value(await dispatch('app.info', {})).workspace?.path).toBe(file);
    expect(dataDigest(file)).toBe(before);
    expect(listBackups(file).map((b) => b.reason)).toEqual(['manual']);
  });

  it('a damaged workspace is refused at open, and restores from its newest backup with the damaged file set aside', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    fill(file, 0, 3000);
    const backup = value(await dispatch('backup.create', {})).backup;
    const atBackup = dataDigest(backup.path);
    value(await dispatch('workspace.close', {}));
    damage(file);

    const refused = errorOf(await dispatch('workspace.open', { path: file }));
    expect(refused.code).toMatch(/WORKSPACE_(DAMAGED|INVALID)/);
    const offered = value(await dispatch('backup.list', { path: file }));
    expect(offered.backups[0]?.path).toBe(backup.path);

    const restored = value(await dispatch('backup.restore', { workspacePath: file, backupPath: backup.path }));
    expect(restored.safetyBackup).toBeNull();
    expect(restored.setAside).toMatch(/ws\.sqlite\.damaged-/);
    expect(fs.existsSync(restored.setAside!)).toBe(true);
    expect(dataDigest(file)).toBe(atBackup);
    expect(value(await dispatch('app.info', {})).workspace?.path).toBe(file);
  });

  it('a workspace that is not open only accepts its own backups, so restore cannot overwrite other files', async () => {
    const { dispatch, file, dir } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    const backup = value(await dispatch('backup.create', {})).backup;
    value(await dispatch('workspace.close', {}));
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me');
    const error = errorOf(await dispatch('backup.restore', { workspacePath: victim, backupPath: backup.path }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('backs up before an import (not a dry run) and names every backup by workspace, time and reason', async () => {
    const { dispatch, file, dir } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    const csv = path.join(dir, 'a.csv');
    fs.writeFileSync(csv, 'external_id,channel,type,tier,subject,status,created_at\nX1,phone,repair,3,空调不制冷,new,2025-03-01 09:00\n');
    const mapping = value(await dispatch('import.mappings.list', {})).find((m) => m.name === 'generic')!.mapping;
    value(await dispatch('import.run', { jobId: 'dry-run-1', path: csv, mapping, dryRun: true }));
    expect(listBackups(file)).toEqual([]);
    const before = dataDigest(file);
    value(await dispatch('import.run', { jobId: 'import-1', path: csv, mapping }));
    const [backup] = listBackups(file);
    expect(backup?.reason).toBe('import');
    expect(backup?.name).toMatch(/^ws\.\d{8}-\d{9}\.import\.sqlite$/);
    expect(dataDigest(backup!.path)).toBe(before);
  });

  it('backs up a workspace not open here from a read-only connection, leaving it untouched', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    fill(file, 0, 200);
    value(await dispatch('workspace.close', {}));
    const before = dataDigest(file);
    const made = value(await dispatch('backup.create', { path: file }));
    expect(dataDigest(made.backup.path)).toBe(before);
    expect(dataDigest(file)).toBe(before);
  });
});
