import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../shared/schemas/backup.ts';
import { listBackups } from '../../../electron/core/backup/files.ts';
import { expiredBackups } from '../../../electron/core/backup/retention.ts';
import { latestVersion, loadMigrations, migrate } from '../../../electron/core/db/migrate.ts';
import { APPLICATION_ID } from '../../../electron/core/workspace/file.ts';
import { newSession } from '../helpers/session.ts';
import { errorOf, value } from './fixture.ts';

const DAY = 86_400_000;
const entry = (at: number, reason: BackupEntry['reason'] = 'daily'): BackupEntry => ({ path: `/b/${at}-${reason}`, name: '', at, reason, sizeBytes: 1 });

describe('backup rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly backups of a year and a half of daily backups, and every manual one', () => {
    const now = Date.UTC(2026, 10, 23, 2);
    const backups = Array.from({ length: 540 }, (_, i) => entry(now - i * DAY));
    backups.push(entry(now - 400 * DAY + 1000, 'manual'));
    const expired = new Set(expiredBackups(backups, { daily: 7, weekly: 4, monthly: 12 }, 'Asia/Shanghai').map((b) => b.path));
    const kept = backups.filter((b) => !expired.has(b.path));
    expect(kept.filter((b) => b.reason === 'manual')).toHaveLength(1);
    const auto = kept.filter((b) => b.reason !== 'manual').map((b) => Math.round((now - b.at) / DAY));
    // the last 7 days; the newest of each of the last 4 weeks; the newest of each of the last 12 months
    expect(auto.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(auto.length).toBeGreaterThanOrEqual(12 + 2);
    expect(auto.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(Math.max(...auto)).toBeLessThan(366);
    expect(Math.max(...auto)).toBeGreaterThan(300);
  });

  it('keeps the newest backup even with every count at zero, and follows a configured retention', async () => {
    const now = Date.UTC(2026, 10, 23, 2);
    const backups = [entry(now), entry(now - DAY), entry(now - 2 * DAY, 'import')];
    expect(expiredBackups(backups, { daily: 0, weekly: 0, monthly: 0 }, 'UTC').map((b) => b.at)).toEqual([now - DAY, now - 2 * DAY]);
    expect(expiredBackups(backups, { daily: 2, weekly: 0, monthly: 0 }, 'UTC').map((b) => b.at)).toEqual([now - 2 * DAY]);

    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    expect(value(await dispatch('backup.retention.get', {}))).toEqual({ daily: 7, weekly: 4, monthly: 12 });
    value(await dispatch('backup.retention.set', { retention: { daily: 3, weekly: 2, monthly: 6 } }));
    expect(value(await dispatch('backup.retention.get', {}))).toEqual({ daily: 3, weekly: 2, monthly: 6 });
    const [logged] = value(await dispatch('audit.list', { entity: 'settings', entityId: 'backupRetention' }));
    expect(logged).toMatchObject({ actor: 'tester', before: { daily: 7 }, after: { daily: 3 } });
    expect(errorOf(await dispatch('backup.retention.set', { retention: { daily: -1, weekly: 2, monthly: 6 } })).code).toBe('INVALID_INPUT');
  });
});

describe('automatic backups', () => {
  it('backs up on open at most once a day, and not a new empty workspace', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    expect(listBackups(file)).toEqual([]);
    value(await dispatch('workspace.open', { path: file }));
    value(await dispatch('workspace.open', { path: file }));
    expect(listBackups(file).map((b) => b.reason)).toEqual(['daily']);
  });

  it('backs up before a migration, keeping the file as the older version left it', async () => {
    const { dispatch, dir } = newSession();
    const file = path.join(dir, 'old.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations(), latestVersion() - 1);
    db.close();
    value(await dispatch('workspace.open', { path: file }));
    const [migration] = listBackups(file).filter((b) => b.reason === 'migration');
    const copy = new Database(migration!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(latestVersion() - 1);
    copy.close();
    expect(value(await dispatch('app.info', {})).workspace?.schemaVersion).toBe(latestVersion());
  });

  it('ignores the temp file of a backup a crash interrupted, and removes it at the next backup', async () => {
    const { dispatch, file, dir } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    fs.mkdirSync(path.join(dir, 'backups'));
    const leftover = path.join(dir, 'backups', 'ws.20261123-010203004.daily.sqlite.ab12cd34.partial');
    fs.writeFileSync(leftover, 'half a backup');
    expect(value(await dispatch('backup.list', {})).backups).toEqual([]);
    value(await dispatch('backup.create', {}));
    expect(fs.existsSync(leftover)).toBe(false);
  });
});
