import type { Change } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

const DAY_MS = 86_400_000;

/*
 * Repeat / secondary complaint (二次投诉): a complaint is a repeat of the most recently closed earlier complaint of
 * the same customer in the same category when that one was closed within `windowDays` before the new one was
 * created. The correlated lookup (written out in both queries below) walks the (customer_id, category_id,
 * created_at) index: a customer has a handful of tickets per category, so each complaint costs one index seek.
 */

interface LinkRow {
  id: number;
  current: number | null;
  found: number | null;
}

export interface RelinkResult {
  checked: number;
  changed: { id: number; before: number | null; after: number | null }[];
}

function apply(db: Db, rows: readonly LinkRow[]): RelinkResult {
  const update = db.prepare('UPDATE tickets SET repeat_of_id = ? WHERE id = ?');
  const changed: RelinkResult['changed'] = [];
  for (const r of rows) {
    if (r.current === r.found) continue;
    update.run(r.found, r.id);
    changed.push({ id: r.id, before: r.current, after: r.found });
  }
  return { checked: rows.length, changed };
}

/** Links of tickets that can no longer be repeats (no longer complaints, or without customer or category). */
function stale(db: Db, where: 'all' | number[]): LinkRow[] {
  const rows = db
    .prepare(
      `SELECT id, repeat_of_id AS current, NULL AS found FROM tickets
       WHERE repeat_of_id IS NOT NULL AND (type <> 'complaint' OR customer_id IS NULL OR category_id IS NULL)`,
    )
    .all() as LinkRow[];
  return where === 'all' ? rows : rows.filter((r) => where.includes(r.id));
}

/** Re-link every complaint (after an import, or after the window setting changed). Inside the caller's transaction. */
export function relinkAll(db: Db, windowDays: number): RelinkResult {
  const rows = db
    .prepare(
      `SELECT c.id, c.repeat_of_id AS current,
         (SELECT p.id FROM tickets p
          WHERE p.customer_id = c.customer_id AND p.category_id = c.category_id AND p.created_at <= c.created_at
            AND p.type = 'complaint' AND p.id <> c.id
            AND p.closed_at IS NOT NULL AND p.closed_at <= c.created_at AND p.closed_at >= c.created_at - @window
          ORDER BY p.closed_at DESC, p.id DESC LIMIT 1) AS found
       FROM tickets c WHERE c.type = 'complaint' AND c.customer_id IS NOT NULL AND c.category_id IS NOT NULL`,
    )
    .all({ window: windowDays * DAY_MS }) as LinkRow[];
  return apply(db, [...rows, ...stale(db, 'all')]);
}

export interface CustomerCategory {
  customerId: number | null;
  categoryId: number | null;
}

/**
 * Re-link the complaints a change can affect: every complaint of the (customer, category) pairs the ticket had
 * before and has after the change - the ticket itself, later complaints that may now (or no longer) repeat it - and
 * the given tickets themselves when they stopped being complaints.
 */
export function relinkFor(db: Db, windowDays: number, ticketIds: readonly number[], pairs: readonly CustomerCategory[]): RelinkResult {
  const select = db.prepare(
    `SELECT c.id, c.repeat_of_id AS current,
       (SELECT p.id FROM tickets p
        WHERE p.customer_id = c.customer_id AND p.category_id = c.category_id AND p.created_at <= c.created_at
          AND p.type = 'complaint' AND p.id <> c.id
          AND p.closed_at IS NOT NULL AND p.closed_at <= c.created_at AND p.closed_at >= c.created_at - @window
        ORDER BY p.closed_at DESC, p.id DESC LIMIT 1) AS found
     FROM tickets c WHERE c.customer_id = @customer AND c.category_id = @category AND c.type = 'complaint'`,
  );
  const rows: LinkRow[] = [];
  const seen = new Set<string>();
  for (const p of pairs) {
    if (p.customerId === null || p.categoryId === null) continue;
    const key = `${p.customerId}/${p.categoryId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(...(select.all({ customer: p.customerId, category: p.categoryId, window: windowDays * DAY_MS }) as LinkRow[]));
  }
  const unlink = db.prepare(
    `SELECT id, repeat_of_id AS current, NULL AS found FROM tickets
     WHERE id = ? AND repeat_of_id IS NOT NULL AND (type <> 'complaint' OR customer_id IS NULL OR category_id IS NULL)`,
  );
  for (const id of ticketIds) {
    const r = unlink.get(id) as LinkRow | undefined;
    if (r) rows.push(r);
  }
  return apply(db, rows);
}

/** Audit entries for links a change moved (the ticket's own edit is recorded by its caller). */
export function linkChanges(result: RelinkResult): Change[] {
  return result.changed.map((c) => ({
    action: 'update',
    entity: 'ticket',
    entityId: c.id,
    before: { repeatOfId: c.before },
    after: { repeatOfId: c.after },
  }));
}
