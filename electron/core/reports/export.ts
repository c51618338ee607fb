import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import type { ReportFormat, ReportRequest, ReportRun } from '../../../shared/schemas/reports.ts';
import type { Db } from '../db/open.ts';
import type { JobControl } from '../jobs/registry.ts';
import { reportCharts } from './charts.ts';
import { gatherReport } from './gather.ts';
import { reportHtml } from './html/document.ts';
import type { PdfPrinter } from './pdf.ts';
import { recordRun } from './store.ts';
import { reportText } from './text.ts';
import { reportWorkbook } from './xlsx.ts';

/** "quality-report-monthly-2026-09-zh-CN", with the scope when it is not the whole organisation. */
function reportBaseName(request: ReportRequest): string {
  const scope = request.scope.dim === 'org' ? '' : `-${request.scope.dim}-${request.scope.key}`;
  const period = request.period.replace(/[^0-9A-Za-z-]+/g, '_');
  return `quality-report-${request.kind}-${period}${scope.replace(/[^0-9A-Za-z-]+/g, '_')}-${request.language}`;
}

/** A signal that fires once the job is cancelled, for work that cannot call checkpoint itself (printing). */
function cancelSignal(job: JobControl): { signal: AbortSignal; stop: () => void } {
  const controller = new AbortController();
  const timer = setInterval(() => {
    try {
      job.checkpoint();
    } catch {
      controller.abort();
    }
  }, 150);
  return { signal: controller.signal, stop: () => clearInterval(timer) };
}

const PHASES = 5;

/**
 * Gather the report's data once, then write each chosen format under a temporary name in the destination folder;
 * only when every file is complete are they renamed into place and the run recorded. A cancel or an error removes
 * the temporary files, so no half-written report ever looks complete.
 */
export async function exportReport(
  db: Db,
  env: { actor: string; printer: PdfPrinter | null },
  request: ReportRequest,
  job: JobControl,
): Promise<ReportRun> {
  const started = performance.now();
  if (request.formats.includes('pdf') && !env.printer) {
    throw new QmFailure(
      'NOT_SUPPORTED',
      'No Chromium was found to print the PDF. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH; HTML and Excel need nothing.',
      { format: 'pdf' },
    );
  }
  const dir = path.resolve(request.outDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new QmFailure('IO_ERROR', `Cannot create the folder ${dir}: ${(err as Error).message}`, {
      path: dir,
    });
  }
  const base = reportBaseName(request);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = (ext: string) => path.join(dir, `.${base}.tmp-${tag}.${ext}`);
  const written = new Map<ReportFormat | 'print', string>();

  try {
    job.progress('gather', 0, PHASES);
    const data = gatherReport(db, request, () => job.checkpoint());
    const t = reportText(request.language);
    job.checkpoint();

    job.progress('html', 1, PHASES);
    const html = reportHtml(data, t, await reportCharts(data, t));
    const htmlTemp = temp('html');
    fs.writeFileSync(htmlTemp, html);
    written.set(request.formats.includes('html') ? 'html' : 'print', htmlTemp);
    job.checkpoint();

    if (request.formats.includes('xlsx')) {
      job.progress('xlsx', 2, PHASES);
      const file = temp('xlsx');
      written.set('xlsx', file);
      await reportWorkbook(data, t).xlsx.writeFile(file);
      job.checkpoint();
    }

    if (request.formats.includes('pdf') && env.printer) {
      job.progress('pdf', 3, PHASES);
      const file = temp('pdf');
      written.set('pdf', file);
      const { signal, stop } = cancelSignal(job);
      try {
        await env.printer.print(htmlTemp, file, signal);
      } finally {
        stop();
      }
      job.checkpoint();
    }

    job.progress('save', 4, PHASES);
    const files = request.formats.map((format) => {
      const target = path.join(dir, `${base}.${format}`);
      fs.renameSync(written.get(format) as string, target);
      written.delete(format);
      return { format, path: target, bytes: fs.statSync(target).size };
    });
    const run = recordRun(db, env.actor, request, files, (performance.now() - started) / 1000);
    job.progress('save', PHASES, PHASES);
    return run;
  } finally {
    for (const file of written.values()) fs.rmSync(file, { force: true });
  }
}
