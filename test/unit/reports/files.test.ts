import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/core/reports/pdf.ts';
import { reportText } from '../../../electron/core/reports/text.ts';
import type { MethodOutput } from '../../../shared/api.ts';
import { reportWorkspace } from './workspace.ts';

const chromium = findChromium();
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
};

describe('a monthly report in every format, read back by real readers', () => {
  let ws: Awaited<ReturnType<typeof reportWorkspace>>;
  let run: MethodOutput<'reports.export'>;
  let kpis: MethodOutput<'kpi.compute'>;
  const file = (format: string) => run.files.find((f) => f.format === format)?.path as string;

  beforeAll(async () => {
    ws = await reportWorkspace();
    kpis = await ws.ok('kpi.compute', { period: '2026-09' });
    run = await ws.ok('reports.export', {
      jobId: 'files-test',
      request: {
        kind: 'monthly',
        period: '2026-09',
        language: 'en',
        formats: chromium ? ['html', 'pdf', 'xlsx'] : ['html', 'xlsx'],
        outDir: ws.outDir,
      },
    });
  }, 120_000);
  afterAll(() => ws.close());

  it('writes the files under their final names only, and lists the run with an audit entry', async () => {
    const names = fs.readdirSync(ws.outDir).sort();
    expect(names).toEqual(run.files.map((f) => path.basename(f.path)).sort());
    expect(names.every((n) => n.startsWith('quality-report-monthly-2026-09-en.'))).toBe(true);
    for (const f of run.files) expect(fs.statSync(f.path).size).toBe(f.bytes);
    const list = await ws.ok('reports.list', {});
    expect(list[0]).toEqual(run);
    const audit = await ws.ok('audit.list', { entity: 'report_run' });
    expect(audit[0]?.entityId).toBe(String(run.id));
  });

  it('XLSX: one sheet per section with frozen headers; the summary holds the KPI engine’s numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('Executive summary');
    expect(wb.worksheets.length).toBe(10);
    for (const sheet of wb.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const summary = wb.getWorksheet('Executive summary')!;
    const byId = new Map<string, ExcelJS.Row>();
    summary.eachRow((row, i) => {
      if (i > 1) byId.set(String(row.getCell(1).value), row);
    });
    for (const k of kpis.kpis) {
      const cell = byId.get(k.id)!.getCell(3);
      if (k.value === null) {
        expect(cell.value).toBeNull();
        continue;
      }
      const unit = k.id.endsWith('_rate') || k.id === 'csat_pct' ? 100 : 1;
      expect((cell.value as number) * unit).toBeCloseTo(k.value, 9);
      if (unit === 100) expect(cell.numFmt).toBe('0.0%');
    }
    expect(byId.get('first_response_avg_min')!.getCell(3).numFmt).toBe('0.0 "min"');
    expect(byId.get('resolution_avg_h')!.getCell(3).numFmt).toBe('0.0 "h"');
    const defs = wb.getWorksheet('Appendix KPI definitions')!;
    expect(defs.rowCount).toBe(kpis.kpis.length + 1);
  });

  it.runIf(has('soffice'))(
    'XLSX: LibreOffice converts it to CSV without complaint',
    () => {
      const out = path.join(ws.dir, 'csv');
      execFileSync('soffice', ['--headless', '--convert-to', 'csv', '--outdir', out, file('xlsx')], {
        timeout: 120_000,
        env: { ...process.env, HOME: ws.dir },
      });
      const csv = fs.readFileSync(path.join(out, 'quality-report-monthly-2026-09-en.csv'), 'utf8');
      expect(csv).toContain('Tickets');
    },
    150_000,
  );

  it.runIf(chromium !== null && has('pdftotext'))(
    'PDF: A4 pages whose text holds the headline KPI values',
    () => {
      const pdf = file('pdf');
      const info = execFileSync('pdfinfo', [pdf]).toString();
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(pages).toBeLessThanOrEqual(60);
      expect(info).toMatch(/A4/);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
      const t = reportText('en');
      for (const id of [
        'tickets_total',
        'csat_avg',
        'fcr_rate',
        'first_response_avg_min',
        'sla_resolution_rate',
      ] as const) {
        const k = kpis.kpis.find((x) => x.id === id)!;
        expect(text).toContain(t.value(id, k.value));
      }
      expect(text).toContain('Executive summary');
      expect(text).toMatch(/\b3 \/ \d+\b/);
      const png = path.join(ws.dir, 'page');
      execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, png]);
      expect(fs.readdirSync(ws.dir).some((n) => n.startsWith('page') && n.endsWith('.png'))).toBe(true);
    },
  );

  it('HTML: one file with no reference to anything outside it', () => {
    const html = fs.readFileSync(file('html'), 'utf8');
    // The markup before the inlined ECharts library (whose code mentions data URLs) must load nothing.
    const markup = html.slice(0, html.indexOf('<script>'));
    expect(markup).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/i);
    expect(markup).not.toMatch(/@import|url\((?!data:|#)/i);
    expect(html.match(/<script[\s>]/g)?.length).toBe(3);
    expect(html).toContain('Content-Security-Policy');
    expect(html.match(/<div class="chart" id="chart-/g)?.length).toBe(6);
  });
});
