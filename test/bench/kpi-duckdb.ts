import type { Db } from '../../electron/core/db/open.ts';

/**
 * The part of DuckDB's Node API (@duckdb/node-api) the bench uses. DuckDB is not a dependency: its npm package pulls
 * a binary per platform that a lock file made on one platform cannot list for the others, which breaks `npm ci`
 * elsewhere. `npm install --no-save @duckdb/node-api` before `npm run bench -- kpi` brings the comparison in.
 */
interface DuckDBConnection {
  run(sql: string): Promise<unknown>;
  createAppender(table: string): Promise<{
    appendNull(): void;
    appendBigInt(v: bigint): void;
    appendInteger(v: number): void;
    endRow(): void;
    closeSync(): void;
  }>;
  runAndReadAll(sql: string, params: Record<string, bigint>): Promise<{ getRows(): unknown[] }>;
  closeSync(): void;
}
interface DuckDBModule {
  DuckDBInstance: {
    create(path: string): Promise<{ connect(): Promise<DuckDBConnection>; closeSync(): void }>;
  };
}

const DUCKDB_PACKAGE = '@duckdb/node-api';

/** DuckDB's module, or null when it is not installed. */
export async function duckDb(): Promise<DuckDBModule | null> {
  try {
    return (await import(DUCKDB_PACKAGE)) as DuckDBModule;
  } catch {
    return null;
  }
}

/**
 * The same ticket rows in an in-memory DuckDB, loaded through its appender (DuckDB cannot attach a SQLite file here:
 * its sqlite extension is downloaded at run time), and the dashboard's ticket KPIs for every outlet of a period as
 * one analytic query - the yardstick the issue sets for our SQLite engine.
 */
const COLUMNS = [
  ['created_at', 'BIGINT'],
  ['outlet_id', 'INTEGER'],
  ['is_complaint', 'INTEGER'],
  ['fr_ms', 'BIGINT'],
  ['res_ms', 'BIGINT'],
  ['fcr', 'INTEGER'],
  ['reopened', 'INTEGER'],
  ['is_repeat', 'INTEGER'],
  ['callback_ms', 'BIGINT'],
  ['response_breached', 'INTEGER'],
  ['resolution_breached', 'INTEGER'],
  ['csat', 'INTEGER'],
  ['nps', 'INTEGER'],
  ['ces', 'INTEGER'],
] as const;

const SOURCE_SQL = `SELECT created_at, outlet_id, type = 'complaint', first_response_at - created_at,
  resolved_at - created_at, fcr, reopen_count > 0, repeat_of_id IS NOT NULL, callback_at - resolved_at,
  response_breached, resolution_breached, csat, nps, ces FROM tickets`;

/** Every KPI of the dashboard's ticket set per outlet, written for an analytic engine. */
export const DUCKDB_KPIS_SQL = `
SELECT outlet_id,
  count(*) AS tickets_total,
  avg(fr_ms / 60000.0) AS first_response_avg_min,
  median(floor(fr_ms / 60000.0)) AS first_response_median_min,
  avg(res_ms / 3600000.0) AS resolution_avg_h,
  median(floor(res_ms / 360000.0) / 10) AS resolution_median_h,
  100.0 * count(*) FILTER (WHERE response_breached = 0) / nullif(count(response_breached), 0) AS sla_response_rate,
  100.0 * count(*) FILTER (WHERE resolution_breached = 0) / nullif(count(resolution_breached), 0) AS sla_resolution_rate,
  100.0 * count(*) FILTER (WHERE fcr = 1) / nullif(count(fcr), 0) AS fcr_rate,
  100.0 * count(res_ms) / count(*) AS resolution_rate,
  100.0 * count(*) FILTER (WHERE reopened = 1) / nullif(count(res_ms), 0) AS reopen_rate,
  100.0 * count(*) FILTER (WHERE is_complaint = 1 AND is_repeat = 1) / nullif(count(*) FILTER (WHERE is_complaint = 1), 0) AS repeat_complaint_rate,
  100.0 * count(*) FILTER (WHERE is_complaint = 1) / count(*) AS complaint_rate,
  100.0 * count(*) FILTER (WHERE callback_ms <= 259200000) / nullif(count(res_ms), 0) AS callback_72h_rate,
  avg(csat) AS csat_avg,
  100.0 * count(*) FILTER (WHERE csat >= 4) / nullif(count(csat), 0) AS csat_pct,
  100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / nullif(count(nps), 0) AS nps,
  avg(ces) AS ces_avg
FROM tickets
WHERE created_at >= $from AND created_at < $to
GROUP BY outlet_id`;

export interface DuckTickets {
  connection: DuckDBConnection;
  rows: number;
  loadMs: number;
  close(): void;
}

export async function loadIntoDuckDb(duckdb: DuckDBModule, db: Db): Promise<DuckTickets> {
  const started = performance.now();
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE tickets (${COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ')})`);
  const appender = await connection.createAppender('tickets');
  let rows = 0;
  for (const row of db.prepare(SOURCE_SQL).raw(true).iterate() as IterableIterator<(number | null)[]>) {
    for (let i = 0; i < COLUMNS.length; i++) {
      const v = row[i];
      if (v === null || v === undefined) appender.appendNull();
      else if (COLUMNS[i]?.[1] === 'BIGINT') appender.appendBigInt(BigInt(v));
      else appender.appendInteger(v);
    }
    appender.endRow();
    rows++;
  }
  appender.closeSync();
  return {
    connection,
    rows,
    loadMs: performance.now() - started,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs the outlet KPI query for [from, to) (UTC ms) and returns the number of outlets answered. */
export async function duckOutletKpis(duck: DuckTickets, from: number, to: number): Promise<number> {
  const reader = await duck.connection.runAndReadAll(DUCKDB_KPIS_SQL, { from: BigInt(from), to: BigInt(to) });
  return reader.getRows().length;
}
