import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadMigrations, migrate, MIGRATIONS_DIR, schemaVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { tempDir } from '../helpers/temp.ts';

describe('migrations', () => {
  it('are numbered 001… without gaps and each applies from the previous version', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = openDatabase(path.join(tempDir(), 'w.sqlite'));
    for (const m of migrations) {
      expect(migrate(db, migrations, m.version)).toBe(m.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    }
    db.close();
  });

  it('bring an empty file to the latest version with the expected pragmas', () => {
    const db = openDatabase(path.join(tempDir(), 'w.sqlite'));
    expect(migrate(db)).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type='table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'audit_log', 'tickets', 'outlets', 'staff', 'customers']));
    db.close();
  });

  it('refuse a file written by a newer version and leave it untouched', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const db = openDatabase(file);
    migrate(db);
    db.pragma(`user_version = ${latestVersion() + 5}`);
    let thrown: unknown;
    try {
      migrate(db);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(QmFailure);
    expect((thrown as QmFailure).code).toBe('WORKSPACE_TOO_NEW');
    expect((thrown as QmFailure).message).toMatch(/newer version/);
    expect(schemaVersion(db)).toBe(latestVersion() + 5);
    db.close();
  });

  it('fail loudly on a badly named or gapped migration folder', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '001_init.sql'), path.join(dir, '001_init.sql'));
    fs.writeFileSync(path.join(dir, '003_later.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/without gaps/);
    fs.writeFileSync(path.join(dir, 'extra.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/not understood/);
  });

  it('roll back a failing migration as a whole, keeping the previous version', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(MIGRATIONS_DIR, '001_init.sql'), path.join(dir, '001_init.sql'));
    fs.writeFileSync(path.join(dir, '002_broken.sql'), 'CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);');
    const db = openDatabase(path.join(tempDir(), 'w.sqlite'));
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });
});
