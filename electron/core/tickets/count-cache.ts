import type { Db } from '../db/open.ts';

/**
 * Row counts of grid queries, kept briefly: AG Grid asks for block after block of the same query while the user
 * scrolls, and counting a large filter costs far more than reading a page. An entry is used only while nothing was
 * written - through this connection (total_changes) or by another process (data_version) - and for at most TTL_MS,
 * since queues that compare clocks with the current time drift as time passes.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 64;

interface Entry {
  total: number;
  at: number;
  stamp: string;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

function writeStamp(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes}/${version}`;
}

/**
 * The count for `sql` with `params`, from the cache or from `count()`. `volatile` names parameters that change on
 * every call (the current time) and are left out of the key.
 */
export function countCached(db: Db, sql: string, params: Record<string, unknown>, volatile: readonly string[], count: () => number, now = Date.now()): number {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const skip = new Set(volatile.map((p) => p.replace(/^@/, '')));
  const key = sql + '\u0000' + JSON.stringify(Object.entries(params).filter(([k]) => !skip.has(k)));
  const stamp = writeStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp && now - hit.at < TTL_MS) return hit.total;
  const total = count();
  cache.delete(key);
  cache.set(key, { total, at: now, stamp });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return total;
}

/** Forget cached counts (tests, or after a bulk change made through another connection). */
export function clearCountCache(db: Db): void {
  caches.delete(db);
}
