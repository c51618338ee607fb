import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the improvement migration', () => {
  it('applies from the version before it and guards its tables with constraints', () => {
    const migrations = loadMigrations();
    const mine = migrations.find((m) => m.name === 'improvement')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, mine.version - 1);
      db.exec(
        "INSERT INTO staff (id, employee_no, name, role, hire_date) VALUES (1, 'E1', '李娜', 'agent', '2024-01-01')",
      );
      migrate(db, migrations, mine.version);
      expect(schemaVersion(db)).toBe(mine.version);
      const insert = db.prepare(
        "INSERT INTO actions (title, owner_id, status, completed_at, created_at, updated_at) VALUES ('t', 1, ?, ?, 0, 0)",
      );
      expect(() => insert.run('done', null)).toThrow(/CHECK/);
      expect(() => insert.run('open', 5)).toThrow(/CHECK/);
      insert.run('done', 5);
      expect(() =>
        db
          .prepare(
            "INSERT INTO pdca_cycles (title, scope_kind, scope_id, created_at, updated_at) VALUES ('c', 'outlet', NULL, 0, 0)",
          )
          .run(),
      ).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO rca_worksheets (kind, title, content, created_at, updated_at) VALUES ('fishbone', 'w', 'not json', 0, 0)",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('adds the FMEA register and needs pool from the version before, with scores held in range', () => {
    const migrations = loadMigrations();
    const mine = migrations.find((m) => m.name === 'fmea_needs')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, mine.version - 1);
      migrate(db, migrations, mine.version);
      expect(schemaVersion(db)).toBe(mine.version);
      const fmea = db.prepare(
        `INSERT INTO fmea_items (process_step, failure_mode, severity, occurrence, detection, post_severity,
           post_occurrence, post_detection, created_at, updated_at) VALUES ('s', 'm', ?, 5, 5, ?, ?, ?, 0, 0)`,
      );
      expect(() => fmea.run(11, null, null, null)).toThrow(/CHECK/);
      expect(() => fmea.run(5, 4, null, null)).toThrow(/CHECK/);
      fmea.run(5, 4, 3, 2);
      const need = db.prepare(
        "INSERT INTO needs (need, category, impact, cost, created_at, updated_at) VALUES ('n', ?, 3, 3, 0, 0)",
      );
      expect(() => need.run('delight')).toThrow(/CHECK/);
      need.run('excitement');
    } finally {
      db.close();
    }
  });
});
