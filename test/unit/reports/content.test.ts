import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { migrate, latestVersion } from '../../../electron/core/db/migrate.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { maskPhones } from '../../../electron/core/reports/mask.ts';
import { scriptJson } from '../../../electron/core/reports/html/escape.ts';
import { reportPeriod } from '../../../shared/schemas/reports.ts';
import { plantPayloads, XSS_PAYLOADS } from '../../fixtures/report-payloads.ts';
import { tempDir } from '../helpers/temp.ts';
import { reportWorkspace } from './workspace.ts';

describe('report periods', () => {
  it('reads months, half years and custom periods by kind', () => {
    expect(reportPeriod('monthly', '2026-02')).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(reportPeriod('halfyear', '2026-H1')).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    expect(reportPeriod('halfyear', '2025-H2')).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
    expect(reportPeriod('custom', '2026-Q3')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(reportPeriod('monthly', '2026-Q3')).toBeNull();
    expect(reportPeriod('halfyear', '2026-H0')).toBeNull();
  });
});

describe('privacy and escaping helpers', () => {
  it('masks phone numbers but the last four digits, and leaves short numbers alone', () => {
    expect(maskPhones('客户电话 13812345678 已回访')).toBe('客户电话 *******5678 已回访');
    expect(maskPhones('call +86 138-1234-5678 today')).toBe('call +** ***-****-5678 today');
    expect(maskPhones('工单 2026 共 35 件')).toBe('工单 2026 共 35 件');
  });

  it('writes JSON that cannot close or comment its script element', () => {
    const json = scriptJson({ a: '</script><script>x()</script><!--', b: '\u2028' });
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual({ a: '</script><script>x()</script><!--', b: '\u2028' });
  });
});

describe('migration of report runs', () => {
  it('applies to a file of the previous version and starts with no runs', () => {
    const db = openDatabase(`${tempDir()}/w.sqlite`);
    const latest = latestVersion();
    expect(migrate(db, undefined, latest - 1)).toBe(latest - 1);
    expect(migrate(db)).toBe(latest);
    expect(db.prepare('SELECT count(*) FROM report_runs').pluck().get()).toBe(0);
    db.close();
  });
});

describe('a report of hostile and private data', () => {
  let ws: Awaited<ReturnType<typeof reportWorkspace>>;
  beforeAll(async () => {
    ws = await reportWorkspace();
  }, 120_000);
  afterAll(() => ws.close());

  it('shows every payload as text: no markup of the data reaches the HTML', async () => {
    plantPayloads(ws.db);
    const run = await ws.ok('reports.export', {
      jobId: 'xss-test-1',
      request: {
        kind: 'monthly',
        period: '2026-09',
        language: 'en',
        formats: ['html', 'xlsx'],
        outDir: ws.outDir,
      },
    });
    const html = fs.readFileSync(run.files[0]!.path, 'utf8');
    for (const payload of XSS_PAYLOADS.filter((p) => p.includes('<'))) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<(img|iframe|svg onload|body|details|x|a) [^>]*on\w+=/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    // Excel keeps the texts as they are: plain strings in cells, never formulas.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(run.files[1]!.path);
    const outlets = wb.getWorksheet('Outlet league table')!;
    const names = outlets.getColumn(3).values.slice(2) as unknown[];
    expect(names.every((n) => typeof n === 'string')).toBe(true);
    expect(names).toContain(XSS_PAYLOADS[0]);
  }, 60_000);

  it('hides staff names behind employee numbers when asked', async () => {
    const staff = ws.db
      .prepare('SELECT name, employee_no AS no FROM staff WHERE id IN (SELECT owner_id FROM actions)')
      .get() as {
      name: string;
      no: string;
    };
    ws.db.prepare('UPDATE staff SET name = ? WHERE employee_no = ?').run('王小明', staff.no);
    const run = await ws.ok('reports.export', {
      jobId: 'mask-1',
      request: {
        kind: 'monthly',
        period: '2026-09',
        language: 'zh-CN',
        formats: ['html'],
        outDir: ws.outDir,
        mask: true,
      },
    });
    const html = fs.readFileSync(run.files[0]!.path, 'utf8');
    expect(html).not.toContain('王小明');
    expect(html).toContain(staff.no);
    expect(run.mask).toBe(true);
  }, 60_000);
});
