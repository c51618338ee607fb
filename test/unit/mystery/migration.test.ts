import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the mystery migration', () => {
  it('applies from the version before it and guards its tables with constraints', () => {
    const migrations = loadMigrations();
    const mystery = migrations.find((m) => m.name === 'mystery')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, mystery.version - 1);
      db.exec(`INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海', '上海', '华东');
        INSERT INTO scorecard_templates (id, code, version, kind, name_zh, name_en, sections, created_at, updated_at) VALUES (1, 'MS', 1, 'mystery', 'm', 'm', '[]', 0, 0);`);
      migrate(db, migrations, mystery.version);
      expect(schemaVersion(db)).toBe(mystery.version);
      db.exec(`INSERT INTO mystery_programmes (id, name, template_code, created_at, updated_at) VALUES (1, 'P', 'MS', 0, 0)`);
      expect(() => db.exec(`INSERT INTO mystery_waves (programme_id, name, starts_on, ends_on, created_at) VALUES (1, 'W', '2026-02-01', '2026-01-01', 0)`)).toThrow(/CHECK/);
      db.exec(`INSERT INTO mystery_waves (id, programme_id, name, starts_on, ends_on, created_at) VALUES (1, 1, 'W', '2026-01-01', '2026-03-31', 0)`);
      const visit = db.prepare(
        `INSERT INTO mystery_visits (wave_id, outlet_id, template_id, shopper, visited_at, visit_day, duration_min, status, reviewed_at, published_at, created_at, updated_at)
         VALUES (1, 1, 1, 's', 0, '2026-01-02', 10, ?, ?, ?, 0, 0)`,
      );
      expect(() => visit.run('published', 1, null)).toThrow(/CHECK/);
      expect(() => visit.run('draft', 1, null)).toThrow(/CHECK/);
      visit.run('published', 1, 2);
      const appeal = db.prepare(`INSERT INTO mystery_appeals (visit_id, item_key, reason, raised_by, created_at) VALUES (1, ?, 'r', 'o', 0)`);
      appeal.run(null);
      expect(() => appeal.run(null)).toThrow(/UNIQUE/);
      appeal.run('clean');
      expect(() => appeal.run('clean')).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });
});
