import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createWorkspaceFile } from '../../../electron/core/workspace/file.ts';
import { tempDir } from '../helpers/temp.ts';
import { damage, dataDigest, fill } from './fixture.ts';

const qm = (...args: string[]) => spawnSync(process.execPath, [path.resolve('electron/cli/qm.mjs'), ...args], { encoding: 'utf8' });

function workspace(): { file: string; dir: string } {
  const dir = tempDir('qm-backup-cli-');
  const file = path.join(dir, 'ws.sqlite');
  createWorkspaceFile(file).db.close();
  fill(file, 0, 3000);
  return { file, dir };
}

describe('qm backup, qm restore, qm audit-export', () => {
  it('backs up, lists, and restores the newest good backup over a damaged workspace', () => {
    const { file, dir } = workspace();
    const made = qm('backup', '--workspace', file);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const backupPath = /Backup written: (\S+)/.exec(made.stdout)![1]!;
    const atBackup = dataDigest(backupPath);
    expect(qm('backup', '--workspace', file, '--list').stdout).toContain(backupPath);

    damage(file);
    const restored = qm('restore', '--workspace', file);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toContain('cannot be opened');
    expect(restored.stdout).toContain(`from ${backupPath}`);
    expect(restored.stdout).toMatch(/the damaged file was moved to .*ws\.sqlite\.damaged-/);
    expect(dataDigest(file)).toBe(atBackup);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  });

  it('refuses to restore from a file that is not a workspace, changing nothing', () => {
    const { file, dir } = workspace();
    const before = dataDigest(file);
    const bogus = path.join(dir, 'bogus.sqlite');
    fs.writeFileSync(bogus, 'SQLite format 3\0 but then nothing of the sort');
    const run = qm('restore', '--workspace', file, '--from', bogus);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot restore from .*bogus\.sqlite/);
    expect(dataDigest(file)).toBe(before);
  });

  it('exports the audit log of a period as CSV, with formulas defused', () => {
    const { file, dir } = workspace();
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run(Date.UTC(2026, 0, 31, 23), 'a', 'update', 'settings', 'x', null, '1');
    insert.run(Date.UTC(2026, 1, 1, 8), '=HYPERLINK("http://evil")', 'create', 'ticket', '7', null, '{"subject":"空调"}');
    insert.run(Date.UTC(2026, 1, 28, 23, 59), 'b', 'delete', 'ticket', '8', '{"a":1}', null);
    insert.run(Date.UTC(2026, 2, 1), 'c', 'update', 'ticket', '9', null, null);
    db.close();
    const out = path.join(dir, 'audit-feb.csv');
    const run = qm('audit-export', '--workspace', file, '--from', '2026-02-01', '--to', '2026-02-28', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Audit log entries written: 2');
    const lines = fs.readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffid,at_utc,at_local,actor,action,entity,entity_id,before,after');
    expect(lines[1]).toBe(`2,2026-02-01T08:00:00.000Z,2026-02-01 16:00,"'=HYPERLINK(""http://evil"")",create,ticket,7,,"{""subject"":""空调""}"`);
    expect(lines[2]).toMatch(/^3,2026-02-28T23:59:00.000Z,/);
    expect(lines).toHaveLength(4);
  });
});
