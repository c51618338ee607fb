import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { createDispatch } from '../../electron/core/dispatch.ts';
import { findChromium } from '../../electron/core/reports/pdf.ts';
import { Session } from '../../electron/core/session.ts';
import type { ReportFormat } from '../../shared/schemas/reports.ts';
import { grouped, median, type Bench } from './bench.ts';

/** The KPI bench's cached workspace (QM_BENCH_CACHE, QM_BENCH_TICKETS), copied so this branch's migrations never touch it. */
const TICKETS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);
const CACHE_DIR = process.env['QM_BENCH_CACHE'] ?? path.join(os.tmpdir(), 'qm-kpi-bench');
const UNTIL = '2025-12';
const RUNS = 3;

export const bench: Bench = {
  title: `Monthly report (2025-12) on ${grouped(TICKETS)} demo tickets, each format on its own (target ≤ 3 s each)`,
  async run(ctx) {
    const dir = ctx.tempDir();
    const file = path.join(dir, 'workspace.sqlite');
    const cached = path.join(CACHE_DIR, `demo-${TICKETS}-${UNTIL}.sqlite`);
    if (fs.existsSync(cached)) {
      fs.copyFileSync(cached, file);
      ctx.figure('workspace (copy of cached)', cached);
    } else {
      const result = await generateDemoWorkspace(file, { tickets: TICKETS, until: UNTIL });
      ctx.figure('generate workspace', `${grouped(result.seconds, 1)} s`);
    }
    const session = new Session({ configDir: path.join(dir, 'config'), host: 'cli', actor: 'bench' });
    const dispatch = createDispatch(session);
    try {
      const opened = await dispatch('workspace.open', { path: file });
      if (!opened.ok) throw new Error(opened.error.message);
      // The first KPI call builds the rollup once (the dashboard's first open); reports then read it.
      const t0 = performance.now();
      await dispatch('kpi.compute', { period: UNTIL });
      ctx.figure('first KPI call (rollup build)', `${grouped((performance.now() - t0) / 1000, 2)} s`);
      const formats: ReportFormat[] = findChromium() ? ['html', 'xlsx', 'pdf'] : ['html', 'xlsx'];
      if (!findChromium())
        ctx.figure('pdf', 'skipped: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium…)');
      for (const format of formats) {
        const seconds: number[] = [];
        let bytes = 0;
        for (let i = 0; i < RUNS; i++) {
          const t = performance.now();
          const run = await dispatch('reports.export', {
            jobId: `bench-${format}-${i}`,
            request: {
              kind: 'monthly',
              period: UNTIL,
              language: 'zh-CN',
              formats: [format],
              outDir: path.join(dir, 'out'),
            },
          });
          if (!run.ok) throw new Error(run.error.message);
          seconds.push((performance.now() - t) / 1000);
          bytes = run.value.files[0]!.bytes;
        }
        ctx.figure(
          `monthly report, ${format}`,
          `${grouped(median(seconds), 2)} s median (min ${grouped(Math.min(...seconds), 2)}, max ${grouped(Math.max(...seconds), 2)}, n=${RUNS}), ${grouped(bytes / 1024)} KiB`,
        );
      }
      const t = performance.now();
      const all = await dispatch('reports.export', {
        jobId: 'bench-all',
        request: { kind: 'monthly', period: UNTIL, language: 'en', formats, outDir: path.join(dir, 'out') },
      });
      if (!all.ok) throw new Error(all.error.message);
      ctx.figure(
        `monthly report, ${formats.join(' + ')} in one job`,
        `${grouped((performance.now() - t) / 1000, 2)} s`,
      );
      const half = performance.now();
      const h = await dispatch('reports.export', {
        jobId: 'bench-half',
        request: {
          kind: 'halfyear',
          period: '2025-H2',
          language: 'zh-CN',
          formats: ['html', 'xlsx'],
          outDir: path.join(dir, 'out'),
        },
      });
      if (!h.ok) throw new Error(h.error.message);
      ctx.figure(
        'half-year report (2025-H2), html + xlsx',
        `${grouped((performance.now() - half) / 1000, 2)} s`,
      );
    } finally {
      session.close();
    }
  },
};
