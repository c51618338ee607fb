import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../electron/core/db/migrate.ts';
import { APPLICATION_ID, createWorkspaceFile, openWorkspaceFile } from '../../../electron/core/workspace/file.ts';
import type { QmFailure } from '../../../shared/errors.ts';
import { tempDir } from '../helpers/temp.ts';

const failureOf = (fn: () => unknown): QmFailure => {
  try {
    fn();
  } catch (err) {
    return err as QmFailure;
  }
  throw new Error('expected a failure');
};

describe('workspace files', () => {
  it('create a new file at the latest schema and reopen it', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const created = createWorkspaceFile(file);
    expect(created.schemaVersion).toBe(latestVersion());
    expect(created.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    created.db.close();
    const reopened = openWorkspaceFile(file);
    expect(reopened.schemaVersion).toBe(latestVersion());
    reopened.db.close();
  });

  it('never overwrite an existing file on create', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    fs.writeFileSync(file, 'precious');
    expect(failureOf(() => createWorkspaceFile(file)).code).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  it('explain a missing folder or file', () => {
    const dir = tempDir();
    expect(failureOf(() => createWorkspaceFile(path.join(dir, 'nope', 'a.sqlite'))).code).toBe('FILE_NOT_FOUND');
    expect(failureOf(() => openWorkspaceFile(path.join(dir, 'missing.sqlite'))).code).toBe('FILE_NOT_FOUND');
  });

  it('refuse a file that is not SQLite, and a SQLite file of another application, without changing either', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'this is a text file, not a database '.repeat(200));
    expect(failureOf(() => openWorkspaceFile(text)).code).toBe('WORKSPACE_INVALID');
    expect(fs.readFileSync(text, 'utf8')).toMatch(/^this is a text file/);

    const foreign = path.join(dir, 'other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = fs.readFileSync(foreign);
    expect(failureOf(() => openWorkspaceFile(foreign)).code).toBe('WORKSPACE_INVALID');
    expect(fs.readFileSync(foreign).equals(before)).toBe(true);
  });

  it('refuse a workspace from a newer version with a clear message', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const created = createWorkspaceFile(file);
    created.db.pragma(`user_version = ${latestVersion() + 1}`);
    created.db.close();
    const failure = failureOf(() => openWorkspaceFile(file));
    expect(failure.code).toBe('WORKSPACE_TOO_NEW');
    expect(failure.message).toMatch(/newer version of the console/);
    expect(failure.details).toMatchObject({ fileVersion: latestVersion() + 1, supportedVersion: latestVersion() });
  });

  it('report a damaged file as damaged', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const created = createWorkspaceFile(file);
    const insert = created.db.prepare('INSERT INTO customers (code, name, segment) VALUES (?, ?, ?)');
    created.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`C${i}`, `客户${i}`.repeat(5), 'regular');
    })();
    created.db.pragma('wal_checkpoint(TRUNCATE)');
    created.db.pragma('journal_mode = DELETE');
    created.db.close();
    // Scribble over the middle of the file, where table and index pages live.
    const bytes = fs.readFileSync(file);
    const page = 4096;
    for (let i = 3 * page; i < Math.min(bytes.length - page, 12 * page); i++) bytes[i] = 0x5a;
    fs.writeFileSync(file, bytes);
    expect(['WORKSPACE_DAMAGED', 'WORKSPACE_INVALID']).toContain(failureOf(() => openWorkspaceFile(file)).code);
  });
});
