import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TicketQuery } from '../../shared/schemas/tickets.ts';
import { loadMigrations } from '../../electron/core/db/migrate.ts';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { getSettings } from '../../electron/core/settings/service.ts';
import { clearCountCache } from '../../electron/core/tickets/count-cache.ts';
import { queryTickets } from '../../electron/core/tickets/grid-query.ts';
import { openWorkspaceFile } from '../../electron/core/workspace/file.ts';
import { grouped, median, type Bench } from './bench.ts';

/**
 * QM_BENCH_TICKETS overrides the size; QM_BENCH_CACHE the folder where the generated workspace is kept;
 * QM_BENCH_WORKSPACE measures an existing workspace file instead.
 */
const TICKETS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);
const CACHE_DIR = process.env['QM_BENCH_CACHE'] ?? path.join(os.tmpdir(), 'qm-bench-cache');
const RUNS = 25;
const BLOCK = 100;

/**
 * The demo workspace is generated once and kept: its name carries the ticket count and a hash of the migrations and
 * generator sources, so a change to either makes a new file instead of measuring a stale one.
 */
function cachedWorkspacePath(): string {
  const hash = createHash('sha256');
  for (const m of loadMigrations()) hash.update(m.sql);
  const demoDir = path.join(import.meta.dirname, '../../electron/core/demo');
  for (const f of fs.readdirSync(demoDir).sort()) hash.update(fs.readFileSync(path.join(demoDir, f)));
  return path.join(CACHE_DIR, `grid-demo-${TICKETS}-${hash.digest('hex').slice(0, 12)}.sqlite`);
}

const p95 = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
};

interface Case {
  name: string;
  query: Partial<TicketQuery>;
  startRow?: number;
}

const CASES: Case[] = [
  {
    name: 'status set + created range, created desc',
    query: {
      filter: {
        status: { filterType: 'set', values: ['resolved', 'closed'] },
        createdAt: { filterType: 'date', type: 'inRange', dateFrom: '2025-09-01', dateTo: '2025-11-30' },
      },
      sort: [{ colId: 'createdAt', sort: 'desc' }],
    },
  },
  {
    name: 'open statuses + created range, created desc',
    query: {
      filter: {
        status: { filterType: 'set', values: ['new', 'assigned', 'in_progress', 'pending_customer', 'on_hold', 'reopened'] },
        createdAt: { filterType: 'date', type: 'inRange', dateFrom: '2025-06-01', dateTo: '2025-12-31' },
      },
      sort: [{ colId: 'createdAt', sort: 'desc' }],
    },
  },
  {
    name: 'outlet + tier, resolution due asc',
    query: {
      filter: { outlet: { filterType: 'set', values: ['3'] }, tier: { filterType: 'set', values: ['1', '2'] } },
      sort: [{ colId: 'resolutionDueAt', sort: 'asc' }],
    },
  },
  { name: 'quick search 漏水 (2 chars, LIKE)', query: { quickSearch: '漏水' } },
  { name: 'quick search 不制冷 (trigram index)', query: { quickSearch: '不制冷' } },
  { name: 'quick search 师傅迟到 + 态度', query: { quickSearch: '师傅迟到 态度' } },
  { name: 'category set, csat <= 2, created desc', query: { filter: { category: { filterType: 'set', values: ['1'] }, csat: { filterType: 'number', type: 'lessThanOrEqual', filter: 2 } } } },
  { name: 'channel set (not indexed), created desc', query: { filter: { channel: { filterType: 'set', values: ['email', 'social'] } } } },
  { name: 'response breached = yes (not indexed)', query: { filter: { responseBreached: { filterType: 'set', values: ['true'] } } } },
  { name: 'queue: breached', query: { queue: 'breached' } },
  { name: 'queue: callbacks due', query: { queue: 'callbacks_due' } },
  { name: 'no filter, default sort, row 500,000', query: {}, startRow: 500_000 },
  { name: 'no filter, csat desc, row 500,000', query: { sort: [{ colId: 'csat', sort: 'desc' }] }, startRow: 500_000 },
];

export const bench: Bench = {
  title: `ticket grid: blocks of ${BLOCK} rows with filter and sort on ${grouped(TICKETS)} demo tickets (wall median / p95 of ${RUNS}, cpu median)`,
  async run(ctx) {
    const file = process.env['QM_BENCH_WORKSPACE'] ?? cachedWorkspacePath();
    if (!fs.existsSync(file)) {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      for (const old of fs.readdirSync(CACHE_DIR).filter((f) => f.startsWith(`grid-demo-${TICKETS}-`))) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
      const t = performance.now();
      await generateDemoWorkspace(file, { tickets: TICKETS, until: '2025-12' });
      ctx.figure('generated workspace (once, cached)', `${grouped((performance.now() - t) / 1000, 1)} s`);
    }
    ctx.figure('workspace', file);
    const opened = openWorkspaceFile(file);
    const db = opened.db;
    try {
      const timeZone = getSettings(db).timeZone;
      // The demo world's "now" is the end of its last month, so clocks and queues look as they did then.
      const now = Date.UTC(2025, 11, 31, 16);
      const block = (c: Case) => {
        const startRow = c.startRow ?? 0;
        const query: TicketQuery = { queue: 'all', sort: [], filter: {}, quickSearch: '', ...c.query };
        return queryTickets(db, { query, startRow, endRow: startRow + BLOCK }, { timeZone, now, language: 'zh-CN' });
      };
      for (const c of CASES) {
        block(c); // warm the page cache and the statement cache
        const first: number[] = [];
        const next: number[] = [];
        const firstCpu: number[] = [];
        const nextCpu: number[] = [];
        let total = 0;
        // Wall time, and this process's CPU time: on a shared machine the second shows the work itself.
        const cpuMs = (since: NodeJS.CpuUsage): number => {
          const d = process.cpuUsage(since);
          return (d.user + d.system) / 1000;
        };
        for (let i = 0; i < RUNS; i++) {
          clearCountCache(db);
          let t = performance.now();
          let cpu = process.cpuUsage();
          total = block(c).total;
          first.push(performance.now() - t);
          firstCpu.push(cpuMs(cpu));
          t = performance.now();
          cpu = process.cpuUsage();
          block({ ...c, startRow: (c.startRow ?? 0) + BLOCK });
          next.push(performance.now() - t);
          nextCpu.push(cpuMs(cpu));
        }
        const show = (wall: number[], cpu: number[]): string =>
          `${grouped(median(wall), 1)} / ${grouped(p95(wall), 1)} ms (cpu ${grouped(median(cpu), 1)} ms)`;
        ctx.figure(c.name, `${grouped(total)} rows`);
        ctx.figure('  first block (page + count)', show(first, firstCpu));
        ctx.figure('  next block (count cached)', show(next, nextCpu));
      }
    } finally {
      db.close();
    }
  },
};
