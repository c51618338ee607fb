import os from 'node:os';
import Database from 'better-sqlite3';
import { benchContext, megabytes, type Bench } from './bench.ts';

/**
 * `npm run bench [-- name…]`: runs the named benchmarks (all when none is named) and prints figures. Benchmarks
 * never fail on a slow machine; they report. Add an area's benchmark here as `<area>.bench.ts` exporting `bench`.
 */
const BENCHES: Record<string, () => Promise<{ bench: Bench }>> = {
  demo: () => import('./demo.bench.ts'),
  kpi: () => import('./kpi.bench.ts'),
  grid: () => import('./grid.bench.ts'),
  import: () => import('./import.bench.ts'),
  training: () => import('./training.bench.ts'),
  reports: () => import('./reports.bench.ts'),
  reliability: () => import('./reliability.bench.ts'),
  alerts: () => import('./alerts.bench.ts'),
};

function machine(): string[] {
  const cpus = os.cpus();
  const sqlite = new Database(':memory:');
  const version = sqlite.prepare('SELECT sqlite_version()').pluck().get() as string;
  sqlite.close();
  return [
    `cpus: ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `memory: ${megabytes(os.totalmem())} total, ${megabytes(os.freemem())} free; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `node ${process.version} on ${os.platform()} ${os.release()} (${os.arch()}); SQLite ${version}`,
  ];
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((name) => !(name in BENCHES));
  if (unknown.length) {
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  for (const line of machine()) console.log(line);
  for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
    const { bench } = await (BENCHES[name] as () => Promise<{ bench: Bench }>)();
    console.log(`\n${name}: ${bench.title}`);
    const { ctx, cleanup } = benchContext();
    try {
      await bench.run(ctx);
    } finally {
      cleanup();
    }
  }
}

await main();
