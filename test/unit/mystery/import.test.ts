import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { mysteryWorkspace } from './workspace.ts';

const GOOD = [
  '网点,神秘顾客,到访时间,时长,场景,clean,问候,knows,bonus_tea,备注',
  'SH01,访员甲,2026-02-03 10:30,25,,1,1,5,0,整体不错',
  '杭州西湖网点,访员乙,2026/2/4 15:00,30,咨询空调,0,1,3,N/A,',
].join('\r\n');

describe('mystery-shop import', () => {
  it('reads visits with Chinese headers, item keys or labels and N/A, and publishes complete visits when asked', async () => {
    const ws = await mysteryWorkspace();
    await ws.ok('mystery.scenarios.save', { programmeId: ws.programme.id, name: '咨询空调' });
    const file = path.join(ws.dir, 'visits.csv');
    fs.writeFileSync(file, `\ufeff${GOOD}\r\n`);
    const dry = await ws.ok('mystery.import.run', { jobId: 'mystery-import-1', waveId: ws.q1.id, path: file, dryRun: true });
    expect(dry).toMatchObject({ total: 2, inserted: 0, rejected: 0, dryRun: true });
    expect(await ws.ok('mystery.visits.list', {})).toEqual([]);

    const summary = await ws.ok('mystery.import.run', { jobId: 'mystery-import-2', waveId: ws.q1.id, path: file, publish: true });
    expect(summary).toMatchObject({ total: 2, inserted: 2, rejected: 0, format: 'csv' });
    const visits = await ws.ok('mystery.visits.list', { waveId: ws.q1.id });
    expect(visits.map((v) => [v.outletId, v.shopper, v.visitDay, v.durationMin, v.scenarioName, v.status, v.score])).toEqual([
      [2, '访员乙', '2026-02-04', 30, '咨询空调', 'published', 50],
      [1, '访员甲', '2026-02-03', 25, null, 'published', 100],
    ]);
    expect((await ws.ok('mystery.league', { waveId: ws.q1.id })).rows.map((r) => r.rank)).toEqual([1, 2, null, null]);
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'mystery_import'").pluck().get()).toBe(1);
  });

  it('writes nothing when any row is rejected and reports each bad cell', async () => {
    const ws = await mysteryWorkspace();
    const file = path.join(ws.dir, 'bad.csv');
    fs.writeFileSync(file, [GOOD, 'XX99,访员丙,2026-02-05 09:00,20,,1,1,9,1,', 'SH01,,2026-05-01 09:00,abc,,1,,1,1,'].join('\r\n'));
    const summary = await ws.ok('mystery.import.run', { jobId: 'mystery-import-3', waveId: ws.q1.id, path: file, publish: true, language: 'zh-CN' });
    expect(summary).toMatchObject({ total: 4, inserted: 0, rejected: 3 });
    expect(summary.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      // The scenario of row 3 is not set up in this programme.
      [3, '场景', 'unknownReference'],
      [4, '网点', 'unknownReference'],
      [4, 'knows', 'invalid'],
      [5, '神秘顾客', 'required'],
      [5, '到访时间', 'dateOutOfRange'],
      [5, '时长', 'notNumber'],
      [5, '问候', 'required'],
    ]);
    expect(fs.existsSync(summary.errorReportPath!)).toBe(true);
    expect(ws.db.prepare('SELECT count(*) FROM mystery_visits').pluck().get()).toBe(0);
    const missing = path.join(ws.dir, 'missing.csv');
    fs.writeFileSync(missing, 'outlet,clean\nSH01,1\n');
    const refused = await ws.dispatch('mystery.import.run', { jobId: 'mystery-import-4', waveId: ws.q1.id, path: missing });
    expect(refused.ok ? null : refused.error.message).toMatch(/not in the file/);
  });

  it('reads an XLSX file and leaves visits as drafts for review by default', async () => {
    const ws = await mysteryWorkspace();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('visits');
    sheet.addRow(['outlet', 'shopper', 'visitedAt', 'durationMin', 'clean', 'greeted']);
    sheet.addRow(['NJ01', 'Ann', new Date(Date.UTC(2026, 2, 10, 2, 0)), 15, 1, 1]);
    const file = path.join(ws.dir, 'visits.xlsx');
    await book.xlsx.writeFile(file);
    const summary = await ws.ok('mystery.import.run', { jobId: 'mystery-import-5', waveId: ws.q1.id, path: file });
    expect(summary).toMatchObject({ inserted: 1, format: 'xlsx' });
    const [visit] = await ws.ok('mystery.visits.list', {});
    expect([visit!.outletId, visit!.status, visit!.score]).toEqual([3, 'draft', 100]);
  });
});
