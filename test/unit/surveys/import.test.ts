import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { surveyWorkspace } from './workspace.ts';

import { countRows } from '../../../electron/core/db/identifiers.ts';

const count = countRows;

const RESPONSES = [
  '工单号,网点,渠道,日期,满意度,推荐度,费力度,意见',
  'CRM-1001,,,2026-03-01 10:30,5,10,2,师傅很专业',
  ',杭州西湖网点,电话,2026/3/2,4,8,,',
  ',HZ01,app,2026-03-03,,3,6,"等了很久, 还要再跑一趟"',
].join('\r\n');

describe('survey import', () => {
  it('reads responses with Chinese headers, ticket links, outlet names and channel synonyms in one audited transaction', async () => {
    const ws = await surveyWorkspace();
    const file = ws.write('responses.csv', `\ufeff${RESPONSES}\r\n`);
    const summary = await ws.ok('surveys.import.run', { jobId: 'survey-import-1', kind: 'responses', path: file });
    expect(summary).toMatchObject({ kind: 'responses', total: 3, inserted: 3, rejected: 0, errorReportPath: null, format: 'csv', encoding: 'utf-8' });
    const rows = (await ws.ok('surveys.responses.list', { sort: { column: 'respondedOn', dir: 'asc' } })).rows;
    expect(rows.map((r) => [r.ticketLabel, r.outletId, r.channel, r.respondedOn, r.csat, r.nps, r.ces, r.source])).toEqual([
      ['CRM-1001', 1, 'phone', '2026-03-01', 5, 10, 2, 'import'],
      [null, 2, 'phone', '2026-03-02', 4, 8, null, 'import'],
      [null, 2, 'app', '2026-03-03', null, 3, 6, 'import'],
    ]);
    expect(rows[2]!.comment).toBe('等了很久, 还要再跑一趟');
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'survey_import'").pluck().get()).toBe(1);
  });

  it('writes nothing when a row is rejected, and reports each bad cell with its code and catalog text', async () => {
    const ws = await surveyWorkspace();
    const file = ws.write(
      'bad.csv',
      [RESPONSES, 'NOPE,,,2026-03-04,5,,,', ',SH01,pigeon,2026-03-05,6,11,,', ',SH01,,2026-02-30,3,,,', ',SH01,,2026-03-06,,,,'].join('\r\n'),
    );
    const summary = await ws.ok('surveys.import.run', { jobId: 'survey-import-2', kind: 'responses', path: file, language: 'zh-CN' });
    expect(summary).toMatchObject({ total: 7, inserted: 0, rejected: 4 });
    expect(summary.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [5, '工单号', 'unknownReference'],
      [6, '渠道', 'unknownValue'],
      [6, '满意度', 'tooBig'],
      [6, '推荐度', 'tooBig'],
      [7, '日期', 'notRealDate'],
      [8, '满意度', 'required'],
    ]);
    expect(count(ws.db, 'survey_responses')).toBe(0);
    expect(ws.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'survey_import'").pluck().get()).toBe(0);
    const report = fs.readFileSync(summary.errorReportPath!, 'utf8');
    expect(path.basename(summary.errorReportPath!)).toBe('bad.errors.csv');
    expect(report).toContain('5,工单号,NOPE,');
    expect(report).toContain('必须填写');

    const rest = await ws.ok('surveys.import.run', { jobId: 'survey-import-3', kind: 'responses', path: file, skipInvalid: true });
    expect(rest).toMatchObject({ inserted: 3, rejected: 4 });
    expect(count(ws.db, 'survey_responses')).toBe(3);
  });

  it('checks everything on a dry run and writes nothing', async () => {
    const ws = await surveyWorkspace();
    const file = ws.write('dry.csv', RESPONSES);
    const summary = await ws.ok('surveys.import.run', { jobId: 'survey-import-4', kind: 'responses', path: file, dryRun: true });
    expect(summary).toMatchObject({ total: 3, inserted: 0, rejected: 0, dryRun: true });
    expect(count(ws.db, 'survey_responses')).toBe(0);
  });

  it('refuses a file without the needed columns before reading any row', async () => {
    const ws = await surveyWorkspace();
    const noScores = ws.write('no-scores.csv', 'date,outlet\n2026-03-01,SH01\n');
    const result = await ws.dispatch('surveys.import.run', { jobId: 'survey-import-5', kind: 'responses', path: noScores });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_INPUT', details: { importError: 'MISSING_COLUMNS' } });
    const servqual = await ws.dispatch('surveys.import.run', { jobId: 'survey-import-6', kind: 'servqual', path: ws.write('r.csv', RESPONSES) });
    expect(servqual.ok).toBe(false);
    if (!servqual.ok) expect(servqual.error.details?.['importError']).toBe('MISSING_COLUMNS');
  });

  it('reads SERVQUAL questionnaires from an XLSX workbook (E1–E22, P1–P22)', async () => {
    const ws = await surveyWorkspace();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('SERVQUAL');
    const items = Array.from({ length: 22 }, (_, i) => i + 1);
    sheet.addRow(['网点', '日期', '受访者', ...items.map((i) => `E${i}`), ...items.map((i) => `P${i}`)]);
    sheet.addRow(['SH01', new Date(Date.UTC(2026, 2, 5, 9, 0)), '王女士', ...items.map(() => 7), ...items.map((i) => (i <= 4 ? 5 : 7))]);
    sheet.addRow(['HZ01', '2026-03-06', '', ...items.map(() => 6), ...items.map(() => 6)]);
    sheet.addRow(['HZ01', '2026-03-07', '', ...items.map(() => 6), ...items.map((i) => (i === 9 ? 8 : 6))]);
    const file = path.join(ws.dir, 'servqual.xlsx');
    await wb.xlsx.writeFile(file);
    const summary = await ws.ok('surveys.import.run', { jobId: 'survey-import-7', kind: 'servqual', path: file, skipInvalid: true });
    expect(summary).toMatchObject({ kind: 'servqual', format: 'xlsx', total: 3, inserted: 2, rejected: 1 });
    expect(summary.errors).toEqual([expect.objectContaining({ row: 4, column: 'P9', code: 'tooBig' })]);
    const list = await ws.ok('surveys.servqual.list', {});
    expect(list.map((q) => [q.outletId, q.respondedOn, q.respondent, q.source])).toEqual([
      [2, '2026-03-06', '', 'import'],
      [1, '2026-03-05', '王女士', 'import'],
    ]);
    const sh = await ws.ok('surveys.servqual.summary', { filter: { outletId: 1 } });
    expect(sh.dimensions[0]!.gap).toBe(-2);
    expect(count(ws.db, 'servqual_scores')).toBe(44);
  });
});
