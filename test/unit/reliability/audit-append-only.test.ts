import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { api, type MethodName } from '../../../shared/api.ts';
import { MIGRATIONS_DIR } from '../../../electron/core/db/migrate.ts';
import { newSession } from '../helpers/session.ts';
import { value } from '../backup/fixture.ts';

const auditRows = (file: string): unknown[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM audit_log ORDER BY id').raw().all();
  } finally {
    db.close();
  }
};

function sourceText(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceText(p) : /\.(ts|sql)$/.test(e.name) ? [p] : [];
  });
}

/** Methods that replace or switch the open file rather than edit it (a restore keeps the replaced file as a backup). */
const SWITCHES_FILE = new Set<MethodName>(['workspace.create', 'workspace.open', 'workspace.openDemo', 'workspace.close', 'backup.restore', 'demo.generate']);

describe('the audit log cannot be edited or deleted', () => {
  it('no code holds SQL that updates, deletes, replaces or unprotects audit_log rows; the triggers stand at every schema version', () => {
    const forbidden = /(UPDATE\s+audit_log|DELETE\s+FROM\s+audit_log|REPLACE\s+INTO\s+audit_log|DROP\s+(TABLE|TRIGGER)\s+(IF\s+EXISTS\s+)?audit_log|ALTER\s+TABLE\s+audit_log)/i;
    const offenders = sourceText('electron').filter((f) => forbidden.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    const migrations = fs.readdirSync(MIGRATIONS_DIR).map((f) => fs.readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8')).join('\n');
    expect(migrations).toMatch(/CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log/);
    expect(migrations).toMatch(/CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log/);
  });

  it('the contract offers only listing and export; calling every other method leaves existing entries untouched', async () => {
    expect(Object.keys(api).filter((m) => m.startsWith('audit.')).sort()).toEqual(['audit.export', 'audit.list']);
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    value(await dispatch('settings.update', { patch: { repeatWindowDays: 20 } }));
    value(await dispatch('settings.update', { patch: { repeatWindowDays: 25 } }));
    const before = auditRows(file);
    expect(before.length).toBe(2);
    const tries: unknown[] = [{}, { id: 1 }, { id: 1, entity: 'audit_log' }, { entity: 'settings', entityId: 'repeatWindowDays' }];
    let calls = 0;
    for (const method of Object.keys(api) as MethodName[]) {
      if (SWITCHES_FILE.has(method)) continue;
      for (const input of tries) {
        await dispatch(method, input);
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(100);
    const after = auditRows(file);
    expect(after.slice(0, before.length)).toEqual(before);
    const db = new Database(file, { readonly: true });
    const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name").pluck().all();
    db.close();
    expect(triggers).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
  });
});
