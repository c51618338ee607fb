import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackup } from '../../electron/core/backup/create.ts';
import { restoreInto } from '../../electron/core/backup/restore.ts';
import { loadMigrations } from '../../electron/core/db/migrate.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { generateDemoWorkspace } from '../../electron/core/demo/generate.ts';
import { createWorkspaceFile } from '../../electron/core/workspace/file.ts';
import { progress, runQmAndKill } from '../unit/reliability/kill.ts';
import { grouped, megabytes, type Bench } from './bench.ts';

/**
 * QM_BENCH_TICKETS overrides the size; QM_BENCH_CACHE the folder where the generated workspace is kept (it is only
 * read: every measurement works on a copy); QM_BENCH_WORKSPACE measures an existing workspace file instead;
 * QM_BENCH_KILLS=0 leaves out the import kills (minutes on a busy machine).
 */
const TICKETS = Number(process.env['QM_BENCH_TICKETS'] ?? 1_000_000);
const CACHE_DIR = process.env['QM_BENCH_CACHE'] ?? path.join(os.tmpdir(), 'qm-bench-cache');

function cachedWorkspacePath(): string {
  const hash = createHash('sha256');
  for (const m of loadMigrations()) hash.update(m.sql);
  const demoDir = path.join(import.meta.dirname, '../../electron/core/demo');
  for (const f of fs.readdirSync(demoDir).sort()) hash.update(fs.readFileSync(path.join(demoDir, f)));
  return path.join(CACHE_DIR, `reliability-demo-${TICKETS}-${hash.digest('hex').slice(0, 12)}.sqlite`);
}

const count = (file: string): number => {
  const db = openDatabase(file, { mustExist: true, readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM tickets').pluck().get() as number;
  } finally {
    db.close();
  }
};

const integrity = (file: string): string => {
  const db = openDatabase(file, { mustExist: true, readonly: true });
  try {
    return db.pragma('quick_check', { simple: true }) as string;
  } finally {
    db.close();
  }
};

/** Kill points of the big import; post-commit ones expect every row in. */
const KILLS: { name: string; committed: boolean; when: (line: string, seen: string[]) => boolean }[] = [
  { name: 'read 50%', committed: false, when: (l) => progress(l)?.phase === 'read' && progress(l)!.fraction >= 0.5 },
  { name: 'rebuilding indexes', committed: false, when: (l, seen) => progress(l)?.phase === 'indexes' && !seen.some((s) => progress(s)?.phase === 'sla') },
  { name: 'after commit (SLA clocks)', committed: true, when: (l) => progress(l)?.phase === 'sla' },
];

export const bench: Bench = {
  title: `backup and restore of a ${grouped(TICKETS)}-ticket workspace; SIGKILL of a ${grouped(TICKETS)}-row CLI import`,
  async run(ctx) {
    let source = process.env['QM_BENCH_WORKSPACE'];
    if (!source) {
      source = cachedWorkspacePath();
      if (!fs.existsSync(source)) {
        fs.mkdirSync(CACHE_DIR, { recursive: true });
        const made = await generateDemoWorkspace(source, { tickets: TICKETS, until: '2025-12' });
        ctx.figure('generated workspace (once, cached)', `${grouped(made.seconds, 1)} s → ${source}`);
      }
    }
    const dir = ctx.tempDir();
    const ws = path.join(dir, 'ws.sqlite');
    fs.copyFileSync(source, ws);
    ctx.figure('workspace', `${grouped(count(ws))} tickets, ${megabytes(fs.statSync(ws).size)}`);

    const db = openDatabase(ws, { mustExist: true });
    let t = performance.now();
    const backup = await createBackup(db, ws, 'manual');
    ctx.figure('backup (online backup API)', `${grouped((performance.now() - t) / 1000, 2)} s, ${megabytes(backup.sizeBytes)}`);
    // A change after the backup that the restore must undo.
    db.prepare("INSERT INTO settings (key, value) VALUES ('benchMarker', '1')").run();
    db.close();
    t = performance.now();
    // As Settings restores the open workspace: the backup is checked, the current file passed its check at opening.
    const restored = await restoreInto(ws, backup.path, { currentKnownGood: true });
    ctx.figure('restore (check + safety copy + copy)', `${grouped((performance.now() - t) / 1000, 2)} s`);
    const check = openDatabase(ws, { mustExist: true, readonly: true });
    const marker = check.prepare("SELECT count(*) FROM settings WHERE key = 'benchMarker'").pluck().get() as number;
    check.close();
    ctx.figure('  after restore', `${grouped(count(ws))} tickets, change after the backup ${marker === 0 ? 'undone' : 'STILL THERE'}, quick_check ${integrity(ws)}`);
    ctx.figure('  safety copy of the replaced state', restored.safetyBackup ? `${grouped(count(restored.safetyBackup))} tickets` : 'none');
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    if (process.env['QM_BENCH_KILLS'] === '0') return;

    // The import crash test at the size: a fresh workspace with some tickets, a CSV of TICKETS rows.
    const base = path.join(dir, 'import-base.sqlite');
    const created = createWorkspaceFile(base);
    created.db.exec(`INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东');
      INSERT INTO categories (id, parent_id, code, name_zh, name_en, sort) VALUES (1, NULL, 'fault', '产品故障', 'Product fault', 1), (2, 1, 'fault.no_cooling', '不制冷', 'No cooling', 1);`);
    created.db.close();
    const csv = path.join(dir, 'big.csv');
    const out = fs.openSync(csv, 'w');
    fs.writeSync(out, 'external_id,channel,type,category,tier,outlet,customer,subject,description,status,created_at,resolved_at,csat\n');
    for (let i = 0; i < TICKETS; i += 10_000) {
      const lines: string[] = [];
      for (let j = i; j < Math.min(TICKETS, i + 10_000); j++) lines.push(`K${j},phone,repair,fault.no_cooling,3,SH01,C${j % 50_000},空调不制冷,开机后出热风,resolved,2025-03-01 09:00:00,2025-03-01 15:00:00,5`);
      fs.writeSync(out, `${lines.join('\n')}\n`);
    }
    fs.closeSync(out);
    ctx.figure('import file', `${grouped(TICKETS)} rows, ${megabytes(fs.statSync(csv).size)}`);
    let survived = 0;
    for (const kill of KILLS) {
      const file = path.join(dir, 'import-kill.sqlite');
      fs.copyFileSync(base, file);
      t = performance.now();
      const outcome = await runQmAndKill(['import', '--workspace', file, '--file', csv, '--mapping', 'generic'], kill.when, 30 * 60_000);
      const tickets = count(file);
      const ok = outcome.killed && integrity(file) === 'ok' && tickets === (kill.committed ? TICKETS : 0);
      if (ok) survived++;
      ctx.figure(`  SIGKILL ${kill.name}`, `${ok ? 'survived' : 'LOST'}: ${grouped(tickets)} tickets after ${grouped((performance.now() - t) / 1000, 1)} s`);
      for (const f of fs.readdirSync(dir)) if (f.startsWith('import-kill')) fs.rmSync(path.join(dir, f), { force: true });
      fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    }
    ctx.figure('kill points survived', `${survived} of ${KILLS.length}`);
  },
};
