import fs from 'node:fs';
import path from 'node:path';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import type { JobControl } from '../../electron/core/jobs/registry.ts';
import { openWorkspaceFile } from '../../electron/core/workspace/file.ts';
import { grouped, median, megabytes, type Bench } from './bench.ts';

/** QM_BENCH_TICKETS overrides the size, e.g. for a quick look on a slow machine. */
const TICKETS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);
const OPENS = 5;

/** Notes when each phase of the generator last reported, to split its time without instrumenting it. */
function phaseClock(): { job: JobControl; marks: Map<string, number> } {
  const marks = new Map<string, number>();
  return {
    marks,
    job: {
      jobId: 'bench',
      checkpoint: () => {},
      progress: (phase) => marks.set(phase, performance.now()),
    },
  };
}

export const bench: Bench = {
  title: `demo workspace: generate ${grouped(TICKETS)} tickets, then open the file`,
  async run(ctx) {
    const file = path.join(ctx.tempDir(), 'demo.sqlite');
    const { job, marks } = phaseClock();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await generateDemoWorkspace(file, { tickets: TICKETS, until: '2025-12', job });
    const ended = performance.now();
    const used = process.cpuUsage(cpu);
    const at = (phase: string): number => marks.get(phase) ?? started;
    const size = fs.statSync(file).size;
    ctx.figure('generate: tickets', grouped(result.counts['tickets'] ?? 0));
    ctx.figure('generate: total', `${grouped(result.seconds, 2)} s`);
    ctx.figure('generate: rows/s (tickets / total)', grouped(TICKETS / result.seconds));
    // On a shared machine the wall time includes waiting for a core; CPU time is the work (SQLite's sort helper
    // thread for CREATE INDEX counts too, so it can exceed the wall time).
    ctx.figure('generate: cpu time (this process)', `${grouped((used.user + used.system) / 1e6, 2)} s`);
    ctx.figure('  reference data + customers', `${grouped((at('reference') - started) / 1000, 2)} s`);
    ctx.figure('  tickets (generate + SLA + insert)', `${grouped((at('tickets') - at('reference')) / 1000, 2)} s`);
    ctx.figure('  indexes', `${grouped((at('indexes') - at('tickets')) / 1000, 2)} s`);
    ctx.figure('  repeat links + follow-ups', `${grouped((at('repeats') - at('indexes')) / 1000, 2)} s`);
    ctx.figure('  text index (archive)', `${grouped((at('archive') - at('repeats')) / 1000, 2)} s`);
    ctx.figure('  statistics', `${grouped((at('statistics') - at('archive')) / 1000, 2)} s`);
    ctx.figure('  count, fsync, rename', `${grouped((ended - at('statistics')) / 1000, 2)} s`);
    ctx.figure('file size', megabytes(size));
    ctx.figure('bytes per ticket (whole file)', grouped(size / TICKETS));

    // openWorkspaceFile as the app calls it: header checks, quick_check, migrations (none pending)
    const times: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const t = performance.now();
      const opened = openWorkspaceFile(file);
      times.push(performance.now() - t);
      opened.db.close();
    }
    ctx.figure(`open workspace (median of ${OPENS})`, `${grouped(median(times), 1)} ms`);
    ctx.figure(
      'open workspace (first / min / max)',
      times
        .map((t) => grouped(t, 1))
        .filter((_, i) => i === 0)
        .concat([grouped(Math.min(...times), 1), grouped(Math.max(...times), 1)])
        .join(' / ') + ' ms',
    );
  },
};
