import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { computeKpis, periodOf } from '../../electron/core/kpi/compute.ts';
import { measureKpis } from '../../electron/core/kpi/sources.ts';
import { dayRangeUtc, refreshRollup } from '../../electron/core/kpi/rollup.ts';
import type { LoadContext } from '../../electron/core/kpi/ticket-sums.ts';
import { getSettings } from '../../electron/core/settings/service.ts';
import { openWorkspaceFile } from '../../electron/core/workspace/file.ts';
import { KPI_IDS, TICKET_KPI_IDS } from '../../shared/domain/kpi-catalog.ts';
import type { KpiScope } from '../../shared/schemas/kpi.ts';
import { grouped, median, type Bench } from './bench.ts';
import { duckDb, duckOutletKpis, loadIntoDuckDb } from './kpi-duckdb.ts';

/** The KPIs DuckDB is not given the rows of: audits, training, surveys, mystery shops. */
const OTHER_KPI_IDS = KPI_IDS.filter((id) => !(TICKET_KPI_IDS as readonly string[]).includes(id));

/** QM_BENCH_TICKETS overrides the size; the workspace is generated once and kept (QM_BENCH_CACHE, default tmp). */
const TICKETS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);
const CACHE_DIR = process.env['QM_BENCH_CACHE'] ?? path.join(os.tmpdir(), 'qm-kpi-bench');
const UNTIL = '2025-12';
const RUNS = 7;

interface Timing {
  wall: number[];
  /** CPU time of this process (user + system): on a machine shared with other work, closer to what it costs. */
  cpu: number[];
}

function timed(runs: number, work: () => void): Timing {
  const out: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    work();
    out.wall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

async function timedAsync(runs: number, work: () => Promise<unknown>): Promise<Timing> {
  const out: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await work();
    out.wall.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    out.cpu.push((used.user + used.system) / 1000);
  }
  return out;
}

const merge = (timings: Timing[]): Timing => ({
  wall: timings.flatMap((t) => t.wall),
  cpu: timings.flatMap((t) => t.cpu),
});

const ms = (t: Timing): string =>
  `${grouped(median(t.wall), 1)} ms median wall, ${grouped(median(t.cpu), 1)} ms CPU (wall min ${grouped(Math.min(...t.wall), 1)}, max ${grouped(Math.max(...t.wall), 1)}, n=${t.wall.length})`;

export const bench: Bench = {
  title: `KPI tiles on ${grouped(TICKETS)} demo tickets: every KPI with previous period, last year and sparkline`,
  async run(ctx) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const file = path.join(CACHE_DIR, `demo-${TICKETS}-${UNTIL}.sqlite`);
    if (!fs.existsSync(file)) {
      const result = await generateDemoWorkspace(file, { tickets: TICKETS, until: UNTIL });
      ctx.figure('generate workspace (once, cached)', `${grouped(result.seconds, 1)} s → ${file}`);
    } else {
      ctx.figure('workspace (cached)', file);
    }
    ctx.figure(
      'load average at start',
      os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' '),
    );
    const { db } = openWorkspaceFile(file);
    try {
      const kpiCtx: LoadContext = { timeZone: getSettings(db).timeZone, now: Date.now() };
      // Measure the rollup's full build even when the cached file already holds one.
      db.prepare('UPDATE kpi_rollup_state SET built = 0').run();
      const build = timed(1, () => refreshRollup(db, kpiCtx.timeZone));
      ctx.figure('rollup full build (1st dashboard open)', ms(build));
      ctx.figure(
        'rollup rows',
        grouped(db.prepare('SELECT count(*) FROM kpi_rollup').pluck().get() as number),
      );

      const org: KpiScope = { dim: 'org', key: '' };
      const tiles = (period: string, scope: KpiScope) => () => computeKpis(db, kpiCtx, { period, scope });
      ctx.figure('org, month (2025-12)', ms(timed(RUNS, tiles('2025-12', org))));
      ctx.figure('org, year (2025)', ms(timed(RUNS, tiles('2025', org))));

      const outlets = db.prepare('SELECT id FROM outlets ORDER BY id').pluck().all() as number[];
      for (const period of ['2025-12', '2025']) {
        const perOutlet = merge(
          outlets.map((id) => timed(3, tiles(period, { dim: 'outlet', key: String(id) }))),
        );
        ctx.figure(
          `each of ${outlets.length} outlets, ${period.length === 4 ? 'year' : 'month'}`,
          ms(perOutlet),
        );
      }
      const agent = db
        .prepare('SELECT assignee_id FROM tickets WHERE assignee_id IS NOT NULL LIMIT 1')
        .pluck()
        .get() as number;
      ctx.figure(
        'one agent (from tickets), year',
        ms(timed(RUNS, tiles('2025', { dim: 'agent', key: String(agent) }))),
      );
      ctx.figure(
        'one channel (phone), year',
        ms(timed(RUNS, tiles('2025', { dim: 'channel', key: 'phone' }))),
      );

      // The yardstick: every ticket KPI for every outlet of a month and of a year, ours (rollup) against DuckDB's
      // analytic engine over the same rows in memory (DuckDB's own threads may use both cores: its CPU time is
      // not comparable with ours, the wall time is).
      const duckdb = await duckDb();
      if (duckdb === null)
        ctx.figure(
          'DuckDB comparison',
          'skipped: run `npm install --no-save @duckdb/node-api` first to include it',
        );
      else {
        const duck = await loadIntoDuckDb(duckdb, db);
        try {
          ctx.figure(
            'DuckDB in-memory load (appender)',
            `${grouped(duck.rows)} rows in ${grouped(duck.loadMs / 1000, 1)} s`,
          );
          const table: string[] = [];
          for (const text of ['2025-12', '2025']) {
            const period = periodOf(text);
            const [from, to] = dayRangeUtc(kpiCtx.timeZone, period.from, period.to);
            // DuckDB is given the ticket rows only, so the comparison is over the ticket KPIs; the KPIs of the other
            // sources (audits, training, surveys, mystery shops) read small tables and are timed on their own.
            const ours = timed(RUNS, () => {
              for (const id of outlets)
                measureKpis(db, kpiCtx, { dim: 'outlet', key: String(id) }, [period], TICKET_KPI_IDS);
            });
            const others = timed(RUNS, () => {
              for (const id of outlets)
                measureKpis(db, kpiCtx, { dim: 'outlet', key: String(id) }, [period], OTHER_KPI_IDS);
            });
            const theirs = await timedAsync(RUNS, () => duckOutletKpis(duck, from, to));
            const ratio = median(ours.wall) / median(theirs.wall);
            const span = `${outlets.length} outlets, ${text.length === 4 ? 'year' : 'month'} (${text})`;
            ctx.figure(`the ${OTHER_KPI_IDS.length} non-ticket KPIs × ${span}`, ms(others));
            const label = `${TICKET_KPI_IDS.length} ticket KPIs × ${span}`;
            ctx.figure(`${label}: SQLite rollup`, ms(ours));
            ctx.figure(`${label}: DuckDB`, ms(theirs));
            ctx.figure(`${label}: ratio SQLite / DuckDB`, `${ratio.toFixed(2)}× (target ≤ 1.5×)`);
            table.push(
              `| ${text} | ${grouped(median(ours.wall), 1)} ms | ${grouped(median(theirs.wall), 1)} ms | ${ratio.toFixed(2)}× |`,
            );
          }
          ctx.figure(
            'table',
            `\n| period | SQLite (rollup) | DuckDB (memory) | ratio |\n|---|---|---|---|\n${table.join('\n')}`,
          );
        } finally {
          duck.close();
        }
      }

      // An import of 1,000 tickets into the last month, then the tiles again: only the touched days are re-aggregated.
      const maxId = db.prepare('SELECT max(id) FROM tickets').pluck().get() as number;
      const columns = (
        db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('tickets') as string[]
      ).filter((c) => c !== 'id' && c !== 'external_id');
      const list = columns.join(', ');
      // Column names from the schema itself, not values: copies of the newest rows stand in for imported ones.
      const copySql = `INSERT INTO tickets (${list}) SELECT ${list} FROM tickets WHERE id > ? ORDER BY id LIMIT 1000`;
      const copy = db.prepare(copySql);
      db.transaction(() => copy.run(maxId - 5000))();
      const refresh = timed(1, () => refreshRollup(db, kpiCtx.timeZone));
      const afterImport = timed(1, () => computeKpis(db, kpiCtx, { period: '2025-12', scope: org }));
      ctx.figure('after a 1,000-ticket import: rollup refresh (the ≤ 100 ms figure)', ms(refresh));
      ctx.figure('after a 1,000-ticket import: then the org month tiles', ms(afterImport));
      db.transaction(() => db.prepare('DELETE FROM tickets WHERE id > ?').run(maxId))();
      refreshRollup(db, kpiCtx.timeZone);
    } finally {
      db.close();
    }
  },
};
