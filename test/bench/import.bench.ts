import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { findPreset } from '../../electron/core/importers/mapping/presets.ts';
import { runImport } from '../../electron/core/importers/run.ts';
import type { JobControl } from '../../electron/core/jobs/registry.ts';
import { grouped, megabytes, type Bench } from './bench.ts';

/** QM_BENCH_TICKETS overrides the size, e.g. for a quick look on a slow machine. */
const ROWS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);

const HEADER = [
  'external_id', 'channel', 'type', 'category', 'tier', 'outlet', 'team', 'assignee', 'customer', 'product', 'subject',
  'description', 'status', 'created_at', 'first_response_at', 'resolved_at', 'closed_at', 'resolution', 'reopen_count',
  'fcr', 'csat', 'nps', 'ces',
];
const CHANNELS = ['phone', 'chat', 'app', 'web', 'email', '电话', '在线客服'];
const TYPES = ['inquiry', 'repair', 'installation', 'complaint', '投诉', '维修'];
const SUBJECTS = ['空调不制冷', '安装预约改期', '维修师傅迟到', '遥控器失灵', '外机噪音大', '发票开具咨询', '漏水', '配件价格咨询'];
const DESCRIPTIONS = [
  '客户来电反映：空调开机后不制冷，出风是热风，希望尽快上门检修。',
  '客户称约定的上门时间已过两小时，师傅仍未到达，情绪较为激动。',
  '客户咨询延保政策及收费标准，已解释并发送资料。',
  '客户反映室内机滴水，地板被泡，要求赔偿。',
];
const RESOLUTIONS = ['已上门更换压缩机，客户确认恢复正常。', '已致歉并补偿代金券，重新安排上门。', '已解答客户疑问。'];

/** Deterministic pseudo-random numbers (mulberry32), so every run imports the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
/** Wall-clock text of a UTC+8 instant, as a Chinese CRM exports it. */
const local = (ms: number): string => {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** A CRM-style export of `rows` tickets naming the reference data of `workspace` by code (one in 200 rows is bad). */
function writeExport(workspace: string, file: string, rows: number): void {
  const db = openDatabase(workspace, { mustExist: true });
  const codes = (sql: string): string[] => db.prepare(sql).pluck().all() as string[];
  const ref = {
    categories: codes('SELECT code FROM categories WHERE parent_id IS NOT NULL'),
    outlets: codes('SELECT code FROM outlets'),
    teams: codes('SELECT code FROM teams'),
    staff: codes('SELECT employee_no FROM staff'),
    customers: codes('SELECT code FROM customers'),
    products: codes('SELECT code FROM products'),
  };
  db.close();
  const rnd = random(2026);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fd = fs.openSync(file, 'w');
  let chunk = `\ufeff${HEADER.join(',')}\r\n`;
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < rows; i++) {
    const created = start + Math.floor(rnd() * 300 * 86_400_000);
    const responded = created + Math.floor(rnd() * 3_600_000);
    const closed = rnd() < 0.85;
    const resolved = responded + Math.floor(rnd() * 3 * 86_400_000);
    const csat = closed && rnd() < 0.6 ? String(1 + Math.floor(rnd() * 5)) : '';
    const bad = i % 200 === 199;
    chunk +=
      [
        `WO${2025_000_0000 + i}`,
        pick(CHANNELS),
        pick(TYPES),
        pick(ref.categories),
        String(1 + Math.floor(rnd() * 4)),
        pick(ref.outlets),
        pick(ref.teams),
        pick(ref.staff),
        pick(ref.customers),
        pick(ref.products),
        pick(SUBJECTS),
        `"${pick(DESCRIPTIONS)}"`,
        closed ? 'closed' : 'in_progress',
        bad ? '2025-02-30 10:00:00' : local(created),
        local(responded),
        closed ? local(resolved) : '',
        closed ? local(resolved + 3_600_000) : '',
        closed ? pick(RESOLUTIONS) : '',
        '0',
        closed ? (rnd() < 0.7 ? '是' : '否') : '',
        csat,
        csat === '' ? '' : String(Math.floor(rnd() * 11)),
        csat === '' ? '' : String(1 + Math.floor(rnd() * 7)),
      ].join(',') + '\r\n';
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

/**
 * The same file through the sqlite3 shell's .import into a plain table of text columns: the reference. Returns wall
 * seconds and the shell's CPU seconds (from bash's `times`), or null without a sqlite3 shell.
 */
function sqliteShellImport(dir: string, csv: string): { wall: number; cpu: number } | null {
  const db = path.join(dir, 'reference.sqlite');
  const script = path.join(dir, 'reference.sql');
  fs.writeFileSync(script, [`CREATE TABLE t (${HEADER.map((h) => `${h} TEXT`).join(', ')});`, `.import --csv --skip 1 ${csv} t`, ''].join('\n'));
  const started = performance.now();
  const shell = spawnSync('bash', ['-c', 'sqlite3 "$1" < "$2" && times', 'bash', db, script], { encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (shell.error || shell.status !== 0) return null;
  // `times` prints the shell's own user/system time, then its children's: "0m0.682s 0m0.043s".
  const children = shell.stdout.trim().split('\n').at(-1) ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall, cpu };
}

const phases = (): { job: JobControl; marks: Map<string, number> } => {
  const marks = new Map<string, number>();
  return { marks, job: { jobId: 'bench', checkpoint: () => undefined, progress: (phase) => marks.set(phase, performance.now()) } };
};

export const bench: Bench = {
  title: `ticket import: ${grouped(ROWS)}-row CSV into a workspace, against sqlite3 .import`,
  async run(ctx) {
    const dir = ctx.tempDir();
    const ws = path.join(dir, 'ws.sqlite');
    await generateDemoWorkspace(ws, { tickets: 20_000, until: '2024-12' });
    const csv = path.join(dir, 'export.csv');
    const written = performance.now();
    writeExport(ws, csv, ROWS);
    ctx.figure('file', `${megabytes(fs.statSync(csv).size)}, written in ${grouped((performance.now() - written) / 1000, 1)} s`);

    const mapping = findPreset('generic')!;
    const { job } = phases();
    const cpuBefore = process.cpuUsage();
    const outcome = await runImport(
      { workspacePath: ws, actor: 'bench', path: csv, mapping, dryRun: false, skipInvalid: true, errorReportPath: null, derive: false },
      job,
    );
    const cpuUsed = process.cpuUsage(cpuBefore);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    const s = outcome.summary;
    const importSeconds = outcome.timing.read + outcome.timing.indexes + outcome.timing.commit;
    ctx.figure('rows: inserted / rejected', `${grouped(s.inserted)} / ${grouped(s.rejected)}`);
    ctx.figure('import total (read → commit)', `${grouped(importSeconds, 2)} s wall, ${grouped(cpu, 2)} s CPU`);
    const phase = (key: 'read' | 'indexes' | 'commit'): string => `${grouped(outcome.timing[key], 2)} s wall, ${grouped(outcome.cpu[key], 2)} s CPU`;
    ctx.figure('  read, convert, insert', phase('read'));
    ctx.figure('  rebuild indexes', phase('indexes'));
    ctx.figure('  error report, commit', phase('commit'));
    ctx.figure('import rows/s (wall / CPU)', `${grouped(s.total / importSeconds)} / ${grouped(s.total / cpu)}`);

    const reference = sqliteShellImport(dir, csv);
    if (reference === null) ctx.figure('sqlite3 .import', 'sqlite3 shell not found: no reference');
    else {
      ctx.figure('sqlite3 .import (plain table)', `${grouped(reference.wall, 2)} s wall, ${grouped(reference.cpu, 2)} s CPU`);
      ctx.figure('ratio import / sqlite3 (wall)', `${grouped(importSeconds / reference.wall, 2)}×`);
      ctx.figure('ratio import / sqlite3 (CPU)', `${grouped(cpu / reference.cpu, 2)}×`);
    }
    ctx.figure('load average while measuring', os.loadavg().map((l) => l.toFixed(1)).join(' '));

    const derive = phases();
    const started = performance.now();
    const { deriveAll } = await import('../../electron/core/tickets/derive.ts');
    const db = openDatabase(ws, { mustExist: true });
    try {
      await deriveAll(db, 'bench', 'unmeasured', derive.job);
    } finally {
      db.close();
    }
    ctx.figure('then derived data (SLA, repeats…)', `${grouped((performance.now() - started) / 1000, 2)} s`);
  },
};
