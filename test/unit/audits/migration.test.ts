import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the audit migrations', () => {
  it('apply from the version before them and guard their tables with constraints', () => {
    const migrations = loadMigrations();
    const audits = migrations.find((m) => m.name === 'audits')!;
    const disputes = migrations.find((m) => m.name === 'audit_disputes')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, audits.version - 1);
      db.exec(`
        INSERT INTO staff (id, employee_no, name, role, hire_date) VALUES (1, 'E1', '李娜', 'agent', '2024-01-01');
        INSERT INTO tickets (id, channel, type, tier, subject, status, created_at, updated_at) VALUES (1, 'phone', 'inquiry', 3, 's', 'closed', 0, 0);`);
      migrate(db, migrations, audits.version);
      expect(schemaVersion(db)).toBe(audits.version);
      db.exec(`INSERT INTO scorecard_templates (id, code, version, kind, name_zh, name_en, sections, created_at, updated_at)
               VALUES (1, 'T', 1, 'audit', 't', 't', '[]', 0, 0)`);
      const audit = db.prepare(
        `INSERT INTO audits (template_id, ticket_id, agent_id, month, status, submitted_at, created_at, updated_at) VALUES (1, 1, 1, '2026-11', ?, ?, 0, 0)`,
      );
      expect(() => audit.run('submitted', null)).toThrow(/CHECK/);
      audit.run('submitted', 5);
      expect(() => audit.run('pending', null)).toThrow(/UNIQUE/);
      expect(() => db.prepare(`INSERT INTO audit_samples (month, template_id, seed, per_agent, percent, stratify, created_at) VALUES ('2026-11', 1, 1, 2, 10, 'none', 0)`).run()).toThrow(/CHECK/);

      migrate(db, migrations, disputes.version);
      const dispute = db.prepare(
        `INSERT INTO audit_disputes (audit_id, item_key, reason, raised_by, status, old_value, new_value, decided_at, created_at) VALUES (1, 'a', 'r', 'p', ?, '0', ?, ?, 0)`,
      );
      expect(() => dispute.run('upheld', null, 5)).toThrow(/CHECK/);
      dispute.run('open', null, null);
      expect(() => dispute.run('open', null, null)).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });

  it('adds calibration sessions and entries apart from audits, guarded by their constraints', () => {
    const migrations = loadMigrations();
    const calibration = migrations.find((m) => m.name === 'audit_calibration')!;
    const db = openDatabase(path.join(tempDir(), 'ws.sqlite'));
    try {
      migrate(db, migrations, calibration.version - 1);
      db.exec(`
        INSERT INTO tickets (id, channel, type, tier, subject, status, created_at, updated_at) VALUES (1, 'phone', 'inquiry', 3, 's', 'closed', 0, 0);
        INSERT INTO scorecard_templates (id, code, version, kind, name_zh, name_en, sections, created_at, updated_at) VALUES (1, 'T', 1, 'audit', 't', 't', '[]', 0, 0);`);
      migrate(db, migrations, calibration.version);
      expect(schemaVersion(db)).toBe(calibration.version);
      const session = db.prepare(
        `INSERT INTO calibration_sessions (title, template_id, ticket_id, month, status, revealed_at, created_by, created_at) VALUES ('c', 1, 1, '2026-11', ?, ?, 'm', 0)`,
      );
      expect(() => session.run('revealed', null)).toThrow(/CHECK/);
      const id = Number(session.run('open', null).lastInsertRowid);
      const entry = db.prepare(`INSERT INTO calibration_entries (session_id, auditor, updated_at) VALUES (?, ?, 0)`);
      expect(() => entry.run(id, '')).toThrow(/CHECK/);
      entry.run(id, '甲');
      expect(() => entry.run(id, '甲')).toThrow(/UNIQUE/);
      expect(db.prepare('SELECT count(*) FROM audits').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
