import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the actions and attachments migration', () => {
  it('keeps every action of the version before, adds the closed status and guards checks and files', () => {
    const migrations = loadMigrations();
    const mine = migrations.find((m) => m.name === 'actions_attachments')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, mine.version - 1);
      db.exec(`
        INSERT INTO actions (id, title, status, completed_at, due_on, source_kind, source_id, created_at, updated_at) VALUES
          (1, '已完成', 'done', 5, '2026-10-01', 'audit', 9, 1, 2), (2, '进行中', 'in_progress', NULL, NULL, 'manual', NULL, 1, 2);
      `);
      const before = db.prepare('SELECT * FROM actions ORDER BY id').all();
      migrate(db, migrations, mine.version);
      expect(schemaVersion(db)).toBe(mine.version);
      expect(db.prepare('SELECT * FROM actions ORDER BY id').all()).toEqual(before);
      db.prepare("UPDATE actions SET status = 'closed' WHERE id = 1").run();
      expect(() => db.prepare("UPDATE actions SET status = 'closed' WHERE id = 2").run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE actions SET status = 'verified' WHERE id = 1").run()).toThrow(/CHECK/);
      const check = db.prepare(
        "INSERT INTO action_checks (action_id, method, verdict, note, actor, checked_at) VALUES (?, ?, 'effective', 'n', 'a', 0)",
      );
      expect(() => check.run(1, 'reaudit')).toThrow(/CHECK/);
      expect(() => check.run(1, 'kpi')).toThrow(/CHECK/);
      const file = db.prepare(
        `INSERT INTO attachments (owner_kind, owner_id, file_name, mime_type, size, sha256, content, actor, created_at)
         VALUES (?, 1, 'a.txt', 'text/plain', ?, ?, ?, 'a', 0)`,
      );
      const sha = 'a'.repeat(64);
      expect(() => file.run('ticket', 1, sha, Buffer.from('x'))).toThrow(/CHECK/);
      expect(() => file.run('action', 2, sha, Buffer.from('x'))).toThrow(/CHECK/);
      expect(() => file.run('action', 0, sha, Buffer.alloc(0))).toThrow(/CHECK/);
      file.run('action', 1, sha, Buffer.from('x'));
    } finally {
      db.close();
    }
  });
});
