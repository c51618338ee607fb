import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ticketsEn } from '../../../shared/i18n/tickets/en.ts';
import { ticketsZh } from '../../../shared/i18n/tickets/zh-CN.ts';
import type { GridColumn } from '../../../electron/core/tickets/grid-columns.ts';
import { at, HOUR, REF, ticketWorkspace } from './workspace.ts';

const COLUMNS: GridColumn[] = ['externalId', 'createdAt', 'subject', 'status', 'tier', 'firstResponseMin', 'csat', 'segment', 'responseBreached'];

async function exported() {
  const ws = await ticketWorkspace();
  const created = at('2026-10-12', '09:30');
  ws.add({ externalId: 'WO-1', subject: '=HYPERLINK("x")', description: '', createdAt: created, csat: 2, status: 'resolved', firstResponseAt: created + 15 * 60_000, resolvedAt: created + 3 * HOUR });
  ws.add({ externalId: 'WO-2', subject: '热水器漏水, "急"\n第二行', createdAt: created + HOUR, tier: 1, customerId: REF.customers.vip });
  ws.add({ externalId: 'WO-3', subject: '不导出', createdAt: created + 2 * HOUR, outletId: REF.outlets.beijing });
  const run = async (format: 'csv' | 'xlsx', language: 'zh-CN' | 'en') => {
    const file = path.join(ws.dir, `out-${language}.${format}`);
    const r = await ws.dispatch('tickets.export', {
      jobId: `export-${format}-${language}`,
      query: { filter: { outlet: { filterType: 'set', values: [String(REF.outlets.shanghai)] } }, sort: [{ colId: 'createdAt', sort: 'asc' }] },
      columns: COLUMNS,
      format,
      path: file,
      language,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toEqual({ path: file, rows: 2 });
    return file;
  };
  return { ...ws, run };
}

describe('tickets.export', () => {
  it('writes the current view to CSV: BOM, CRLF, quoted cells, labels in the language, formulas defused', async () => {
    const { run, dir } = await exported();
    const text = fs.readFileSync(await run('csv', 'zh-CN'), 'utf8');
    // Headers and values read as the grid shows them: the same catalog entries (tickets.columns, tickets.status…).
    const header = COLUMNS.map((c) => ticketsZh.columns[c]);
    expect(header).toEqual(['外部单号', '创建时间', '主题', '状态', '级别', '首次响应（分钟）', 'CSAT', '客户分群', '响应时效']);
    expect(text.startsWith(`\uFEFF${header.join(',')}\r\n`)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    const { status, segment, sla } = ticketsZh;
    expect(lines[1]).toBe(`WO-1,2026-10-12 09:30,"'=HYPERLINK(""x"")",${status.resolved},3,15,2,${segment.regular},${sla.false}`);
    expect(lines[2]).toBe(`WO-2,2026-10-12 10:30,"热水器漏水, ""急""\n第二行",${status.in_progress},1,,,${segment.vip},${sla.true}`);
    expect([status.resolved, status.in_progress, segment.regular, sla.false, sla.true]).toEqual(['已解决', '处理中', '普通', '达标', '超时']);
    expect(lines[3]).toBe('');
    expect(text).not.toContain('WO-3');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes XLSX with real numbers and dates that exceljs reads back', async () => {
    const { run } = await exported();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await run('xlsx', 'en'));
    const sheet = workbook.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(COLUMNS.map((c) => ticketsEn.columns[c]));
    expect(sheet.name).toBe('Tickets');
    const first = values(2);
    expect(first[0]).toBe('WO-1');
    // Wall-clock time of the workspace zone, stored as a spreadsheet date.
    expect((first[1] as Date).toISOString()).toBe('2026-10-12T09:30:00.000Z');
    expect(first.slice(2)).toEqual(['=HYPERLINK("x")', ticketsEn.status.resolved, 3, 15, 2, ticketsEn.segment.regular, ticketsEn.sla.false]);
    expect(values(3).slice(3)).toEqual([ticketsEn.status.in_progress, 1, undefined, undefined, ticketsEn.segment.vip, ticketsEn.sla.true]);
    expect(values(3)[2]).toBe('热水器漏水, "急"\n第二行');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('refuses a folder that does not exist and leaves no file behind', async () => {
    const { dispatch, dir } = await exported();
    const r = await dispatch('tickets.export', {
      jobId: 'export-missing', query: {}, columns: ['id'], format: 'csv', path: path.join(dir, 'missing', 'out.csv'), language: 'en',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('FILE_NOT_FOUND');
  });
});
