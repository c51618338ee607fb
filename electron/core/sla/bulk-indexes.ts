import { quoteIdentifier } from '../db/identifiers.ts';
import type { Db } from '../db/open.ts';

/**
 * Indexes on the SLA columns that a bulk re-measurement rewrites for most rows. Maintaining them row by row costs
 * about 2 µs per index per row; dropping them first and building them from the finished column afterwards is several
 * times cheaper. (tickets_unmeasured stays: the 'unmeasured' scope finds its batches through it.) The outlet and
 * filter indexes carry SLA columns (migration 002), so they are rebuilt too.
 */
const BULK_DETACHED = ['tickets_response_running', 'tickets_resolution_running', 'tickets_outlet_created', 'tickets_filter_scan'];

/** Databases on which a bulk re-measurement is running right now (its indexes are meant to be away). */
const busy = new WeakSet<Db>();

/** Drop the SLA indexes, parking their SQL in detached_indexes in the same transaction. */
export function detachSlaIndexes(db: Db): void {
  busy.add(db);
  db.transaction(() => {
    const rows = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    const park = db.prepare('INSERT OR REPLACE INTO detached_indexes (name, sql) VALUES (?, ?)');
    for (const r of rows) {
      if (!BULK_DETACHED.includes(r.name)) continue;
      park.run(r.name, r.sql);
      db.exec('DROP INDEX ' + quoteIdentifier(r.name));
    }
  })();
}

/** Build every parked index again (after a bulk run, or after a crash during one) and forget it. */
export function reattachIndexes(db: Db): void {
  busy.delete(db);
  const parked = db.prepare('SELECT name, sql FROM detached_indexes').all() as { name: string; sql: string }[];
  if (parked.length === 0) return;
  db.transaction(() => {
    const forget = db.prepare('DELETE FROM detached_indexes WHERE name = ?');
    for (const p of parked) {
      const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?").get(p.name);
      if (!exists) db.exec(p.sql); // SQL read back from sqlite_schema, never from user input
      forget.run(p.name);
    }
  })();
}

/**
 * Called before queries that rely on the SLA indexes: puts back indexes a crashed bulk run left parked. Costs one
 * primary-key probe when nothing is parked; does nothing while a bulk run on this connection is under way.
 */
export function ensureIndexes(db: Db): void {
  if (busy.has(db)) return;
  if (db.prepare('SELECT 1 FROM detached_indexes LIMIT 1').get()) reattachIndexes(db);
}
