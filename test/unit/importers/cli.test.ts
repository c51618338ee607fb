import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generic, HEADER, row, workspace, withDb, writeData } from './fixture.ts';

const qm = (...args: string[]) => spawnSync(process.execPath, [path.resolve('electron/cli/qm.mjs'), ...args], { encoding: 'utf8' });

describe('qm import', () => {
  it('imports with a preset name, prints the counts and writes the error report beside the data', () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'march.csv', `${HEADER}\n${row()}\n${row({ external_id: 'T2' })}\n${row({ external_id: 'T3', created_at: 'soon' })}\n`);
    const dry = qm('import', '--workspace', file, '--file', data, '--mapping', 'generic', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('dry run: nothing written');
    expect(withDb(file, (db) => db.prepare('SELECT count(*) FROM tickets').pluck().get())).toBe(0);

    const run = qm('import', '--workspace', file, '--file', data, '--mapping', 'generic');
    expect(run.stderr).not.toMatch(/qm import:/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/inserted +2/);
    expect(run.stdout).toMatch(/updated +0/);
    expect(run.stdout).toMatch(/rejected +1/);
    const report = path.join(dir, 'march.errors.csv');
    expect(run.stdout).toContain(`Error report: ${report}`);
    expect(run.stdout).toContain('row 4 [created_at]: not a date-time (expected e.g. 2025-03-01 09:30:00)');
    // The report is in the workspace's report language (a new workspace's is Chinese); the console stays English.
    expect(fs.readFileSync(report, 'utf8')).toBe('\ufeff行号,列,值,原因\r\n4,created_at,soon,不是日期时间（应类似 2025-03-01 09:30:00）\r\n');
    expect(withDb(file, (db) => db.prepare('SELECT count(*) FROM tickets').pluck().get())).toBe(2);
  });

  it('imports with a mapping JSON file and updates by external id on the second run', () => {
    const { file, dir } = workspace();
    const mappingFile = writeData(dir, 'mapping.json', JSON.stringify({ ...generic(), name: 'mine' }, null, 2));
    const data = writeData(dir, 'a.csv', `${HEADER}\n${row()}\n`);
    expect(qm('import', '--workspace', file, '--file', data, '--mapping', mappingFile).stdout).toMatch(/inserted +1/);
    writeData(dir, 'a.csv', `${HEADER}\n${row({ subject: 'changed' })}\n`);
    const again = qm('import', '--workspace', file, '--file', data, '--mapping', mappingFile);
    expect(again.stdout).toMatch(/inserted +0/);
    expect(again.stdout).toMatch(/updated +1/);
  });

  it('exits with a usage error for a missing --file and a clear message for an unknown mapping', () => {
    const { file } = workspace();
    expect(qm('import', '--workspace', file, '--mapping', 'generic').status).toBe(2);
    const unknown = qm('import', '--workspace', file, '--file', file, '--mapping', 'salesforce');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no mapping named "salesforce"');
  });
});
