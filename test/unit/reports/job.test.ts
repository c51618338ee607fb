import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/core/reports/pdf.ts';
import type { ReportFormat } from '../../../shared/schemas/reports.ts';
import { reportWorkspace } from './workspace.ts';

describe('report generation as a job', () => {
  let ws: Awaited<ReturnType<typeof reportWorkspace>>;
  const runs = () => ws.db.prepare('SELECT count(*) FROM report_runs').pluck().get() as number;
  const request = (formats: ReportFormat[], outDir: string) => ({
    kind: 'monthly' as const,
    period: '2026-09',
    language: 'zh-CN' as const,
    formats,
    outDir,
  });

  beforeAll(async () => {
    ws = await reportWorkspace();
  }, 120_000);
  afterAll(() => ws.close());

  it('reports progress through its phases and offers the newest month with tickets as the default', async () => {
    const phases: string[] = [];
    const off = ws.session.on((event, payload) => {
      if (event === 'job.progress' && (payload as { jobId: string }).jobId === 'progress-1')
        phases.push((payload as { phase: string }).phase);
    });
    await ws.ok('reports.export', {
      jobId: 'progress-1',
      request: request(['html'], path.join(ws.dir, 'p')),
    });
    off();
    expect([...new Set(phases)]).toEqual(['gather', 'html', 'save']);
    const defaults = await ws.ok('reports.defaults', {});
    expect(defaults).toMatchObject({
      month: '2026-09',
      halfYear: '2026-H2',
      tickets: 3000,
      language: 'zh-CN',
    });
    expect(defaults.outDir).toBe(path.join(ws.dir, 'reports'));
  });

  for (const formats of [['html', 'xlsx'], ['pdf']] as ReportFormat[][]) {
    it.runIf(!formats.includes('pdf') || findChromium() !== null)(
      `a cancel while writing ${formats.join(' + ')} leaves no file, no temporary file and no run`,
      async () => {
        const outDir = path.join(ws.dir, `cancel-${formats.join('-')}`);
        const before = runs();
        const jobId = `cancel-${formats.join('-')}`;
        const pending = ws.dispatch('reports.export', { jobId, request: request(formats, outDir) });
        // The job's data is gathered synchronously; the cancel lands while the files are being written.
        const cancelled = await ws.dispatch('jobs.cancel', { jobId });
        expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
        const result = await pending;
        expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
        expect(fs.readdirSync(outDir)).toEqual([]);
        expect(runs()).toBe(before);
      },
      60_000,
    );
  }

  it('refuses a PDF when no printer exists, before writing anything, and says how to get one', async () => {
    const saved = process.env['CHROMIUM_PATH'];
    process.env['CHROMIUM_PATH'] = path.join(ws.dir, 'no-chromium-here');
    try {
      const defaults = await ws.ok('reports.defaults', {});
      expect(defaults.pdf).toEqual({ available: false, engine: null });
      const outDir = path.join(ws.dir, 'no-pdf');
      const result = await ws.dispatch('reports.export', {
        jobId: 'no-pdf',
        request: request(['pdf', 'html'], outDir),
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'NOT_SUPPORTED', details: { format: 'pdf' } },
      });
      if (!result.ok) expect(result.error.message).toMatch(/Chromium/);
      expect(fs.existsSync(outDir)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['CHROMIUM_PATH'];
      else process.env['CHROMIUM_PATH'] = saved;
    }
  });

  it('replaces an earlier file of the same report only when the new one is complete', async () => {
    const outDir = path.join(ws.dir, 'again');
    const first = await ws.ok('reports.export', { jobId: 'again-1', request: request(['html'], outDir) });
    const target = first.files[0]!.path;
    fs.writeFileSync(target, 'old');
    const second = await ws.ok('reports.export', { jobId: 'again-2', request: request(['html'], outDir) });
    expect(second.files[0]!.path).toBe(target);
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
    expect(fs.readdirSync(outDir)).toEqual([path.basename(target)]);
  });

  it('refuses a period that does not fit the kind, and writes nothing', async () => {
    for (const [kind, period] of [
      ['monthly', '2026-H1'],
      ['halfyear', '2026-09'],
      ['halfyear', '2026-H3'],
    ] as const) {
      const result = await ws.dispatch('reports.export', {
        jobId: 'bad-period',
        request: { kind, period, language: 'en', formats: ['html'], outDir: path.join(ws.dir, 'bad') },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(fs.existsSync(path.join(ws.dir, 'bad'))).toBe(false);
  });
});
