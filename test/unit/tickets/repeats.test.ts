import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/open.ts';
import { updateSettings } from '../../../electron/core/settings/service.ts';
import { deriveAll } from '../../../electron/core/tickets/derive.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { at, DAY, HOUR, REF, ticketWorkspace } from './workspace.ts';

// Repeat / secondary complaint (二次投诉): a complaint of the same customer in the same category within N days
// (settings.repeatWindowDays, default 30) of the closure of an earlier one is linked to it.

const repeatOf = (db: Db, id: number): number | null =>
  db.prepare('SELECT repeat_of_id FROM tickets WHERE id = ?').pluck().get(id) as number | null;

async function complaints() {
  const ws = await ticketWorkspace();
  /** A closed complaint of Zhang about rude staff. */
  const closed = (created: number, overrides: Parameters<typeof ws.add>[0] = {}) =>
    ws.add({
      type: 'complaint',
      categoryId: REF.categories.rude,
      createdAt: created,
      firstResponseAt: created + HOUR,
      resolvedAt: created + 2 * HOUR,
      closedAt: created + DAY,
      status: 'closed',
      resolution: '已道歉并培训',
      ...overrides,
    });
  const open = (created: number, overrides: Parameters<typeof ws.add>[0] = {}) =>
    ws.add({ type: 'complaint', categoryId: REF.categories.rude, createdAt: created, status: 'new', ...overrides });
  return { ...ws, closed, open };
}

describe('repeat complaints', () => {
  it('links a complaint to the earlier one closed within the window, and shows both sides', async () => {
    const { db, closed, open } = await complaints();
    const first = closed(at('2026-09-01', '10:00')); // closed 09-02 10:00
    const again = open(at('2026-09-20', '10:00'));
    expect(repeatOf(db, again)).toBe(first);
    const detail = getTicketDetail(db, again);
    expect(detail.repeatOf).toMatchObject({ id: first });
    expect(getTicketDetail(db, first).repeats.map((r) => r.id)).toEqual([again]);
  });

  it('does not link outside the window, across categories, customers or to non-complaints', async () => {
    const { db, closed, open, add } = await complaints();
    closed(at('2026-07-01', '10:00')); // closed 07-02
    expect(repeatOf(db, open(at('2026-08-05', '10:00')))).toBeNull(); // 34 days later
    const recent = closed(at('2026-09-01', '10:00'));
    expect(repeatOf(db, open(at('2026-09-10', '10:00'), { categoryId: REF.categories.noCooling }))).toBeNull();
    expect(repeatOf(db, open(at('2026-09-10', '10:00'), { customerId: REF.customers.chen }))).toBeNull();
    expect(repeatOf(db, add({ type: 'repair', categoryId: REF.categories.rude, createdAt: at('2026-09-10', '10:00') }))).toBeNull();
    // Created before the earlier one was closed: not a repeat of it (it was still being handled).
    expect(repeatOf(db, open(at('2026-09-01', '20:00')))).toBeNull();
    expect(repeatOf(db, open(at('2026-09-10', '10:00')))).toBe(recent);
  });

  it('the window is a setting: widening it and recomputing links older closures', async () => {
    const { db, closed, open } = await complaints();
    const old = closed(at('2026-07-01', '10:00'));
    const later = open(at('2026-08-05', '10:00'));
    expect(repeatOf(db, later)).toBeNull();
    updateSettings(db, 'tester', { repeatWindowDays: 40 });
    await deriveAll(db, 'tester', 'unmeasured', undefined, at('2026-11-02'));
    expect(repeatOf(db, later)).toBe(old);
    updateSettings(db, 'tester', { repeatWindowDays: 7 });
    await deriveAll(db, 'tester', 'unmeasured', undefined, at('2026-11-02'));
    expect(repeatOf(db, later)).toBeNull();
  });

  it('a chain of three links each to the one before, and the repeat queue lists the repeats', async () => {
    const { db, closed } = await complaints();
    const a = closed(at('2026-09-01', '10:00'));
    const b = closed(at('2026-09-10', '10:00'));
    const c = closed(at('2026-09-20', '10:00'));
    expect([repeatOf(db, a), repeatOf(db, b), repeatOf(db, c)]).toEqual([null, a, b]);
    expect(getTicketDetail(db, b)).toMatchObject({ repeatOf: { id: a }, repeats: [{ id: c }] });
  });

  it('an edit that moves a complaint to another category unlinks it and relinks the later ones (audited)', async () => {
    const { db, closed } = await complaints();
    const a = closed(at('2026-09-01', '10:00'));
    const b = closed(at('2026-09-10', '10:00'));
    const c = closed(at('2026-09-20', '10:00'));
    const d = getTicketDetail(db, b);
    updateTicket(db, 'tester', b, { categoryId: REF.categories.noCooling }, d.updatedAt, at('2026-11-02'));
    expect([repeatOf(db, b), repeatOf(db, c)]).toEqual([null, a]); // a closed 09-02, c created 09-20: 18 days
    const moved = db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'ticket' AND entity_id = ? AND action = 'update' ORDER BY id DESC LIMIT 1")
      .get(String(c)) as { before: string; after: string };
    expect(JSON.parse(moved.before)).toEqual({ repeatOfId: b });
    expect(JSON.parse(moved.after)).toEqual({ repeatOfId: a });
  });

  it('reopening the earlier complaint (no closure any more) releases the link', async () => {
    const { db, closed, open } = await complaints();
    const a = closed(at('2026-09-01', '10:00'));
    const b = open(at('2026-09-10', '10:00'));
    expect(repeatOf(db, b)).toBe(a);
    const d = getTicketDetail(db, a);
    updateTicket(db, 'tester', a, { status: 'reopened', closedAt: null, resolvedAt: null, reopenCount: 1 }, d.updatedAt, at('2026-09-11'));
    expect(repeatOf(db, b)).toBeNull();
  });
});
