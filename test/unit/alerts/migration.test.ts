import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the alerts migration', () => {
  it('applies from the version before it and holds one open episode per rule and scope', () => {
    const migrations = loadMigrations();
    const mine = migrations.find((m) => m.name === 'alerts')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, mine.version - 1);
      migrate(db, migrations, mine.version);
      expect(schemaVersion(db)).toBe(mine.version);
      const rule = db.prepare(
        `INSERT INTO alert_rules (kpi, scope_dim, scope_key, grain, comparator, reference, threshold, created_at, updated_at)
         VALUES ('nps', ?, ?, 'day', 'below', ?, ?, 0, 0)`,
      );
      expect(() => rule.run('org', '', 'value', null)).toThrow(/CHECK/);
      expect(() => rule.run('org', '', 'target', 5)).toThrow(/CHECK/);
      expect(() => rule.run('org', '1', 'value', 5)).toThrow(/CHECK/);
      const ruleId = Number(rule.run('outlet', '', 'benchmark', 50).lastInsertRowid);
      const alert = db.prepare(
        `INSERT INTO alerts (rule_id, rule, scope_dim, scope_key, state, first_period, last_period, periods, raised_at,
           updated_at, resolved_at) VALUES (?, '{}', 'outlet', '1', ?, 'a', 'b', '[]', 0, 0, ?)`,
      );
      alert.run(ruleId, 'new', null);
      expect(() => alert.run(ruleId, 'acknowledged', null)).toThrow(/UNIQUE/);
      expect(() => alert.run(ruleId, 'resolved', null)).toThrow(/CHECK/);
      alert.run(ruleId, 'resolved', 1);
      db.prepare('DELETE FROM alert_rules WHERE id = ?').run(ruleId);
      expect(db.prepare('SELECT count(*) FROM alerts WHERE rule_id IS NULL').pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });
});
