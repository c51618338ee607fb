import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/core/db/open.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { updateFollowUp } from '../../../electron/core/tickets/follow-ups.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { at, HOUR, REF, ticketWorkspace } from './workspace.ts';

// Second follow-up (seed 004): unresolved or unsatisfied cases (CSAT ≤ 2 or callback unsatisfied) are handed to a
// senior specialist, who owns them until done.

const created = at('2026-10-12', '10:00');
const done = { firstResponseAt: created + HOUR, resolvedAt: created + 3 * HOUR, status: 'resolved' as const, resolution: '已更换压缩机' };

const reasonOf = (db: Db, id: number): string | null =>
  (db.prepare('SELECT reason FROM follow_ups WHERE ticket_id = ?').pluck().get(id) as string | undefined) ?? null;

describe('second follow-up', () => {
  it('enters resolved cases with CSAT 1 or 2, an unsatisfied callback, or a complaint closed unresolved', async () => {
    const { db, add } = await ticketWorkspace();
    const csat1 = add({ ...done, csat: 1 });
    const csat2 = add({ ...done, csat: 2 });
    const csat3 = add({ ...done, csat: 3 });
    const unsatisfied = add({ ...done, csat: 4, callbackAt: created + 5 * HOUR, callbackResult: 'unsatisfied' });
    const neutral = add({ ...done, callbackAt: created + 5 * HOUR, callbackResult: 'neutral' });
    const unresolved = add({ type: 'complaint', categoryId: REF.categories.rude, createdAt: created, status: 'closed', closedAt: created + HOUR });
    const openLowCsat = add({ csat: 1 }); // still in progress: handled by the first line, not yet a follow-up
    expect([csat1, csat2, unsatisfied, unresolved].map((id) => reasonOf(db, id))).toEqual(['low_csat', 'low_csat', 'callback_unsatisfied', 'unresolved']);
    expect([csat3, neutral, openLowCsat].map((id) => reasonOf(db, id))).toEqual([null, null, null]);
    expect(getTicketDetail(db, csat1).followUp).toMatchObject({ reason: 'low_csat', status: 'open', ownerId: null, owner: null });
  });

  it('enters a ticket when an edit makes it unsatisfied, audited as a new follow-up', async () => {
    const { db, add } = await ticketWorkspace();
    const id = add({ ...done, csat: 4 });
    expect(reasonOf(db, id)).toBeNull();
    const d = getTicketDetail(db, id);
    updateTicket(db, 'tester', id, { callbackAt: created + 6 * HOUR, callbackResult: 'unsatisfied' }, d.updatedAt, at('2026-10-13'));
    expect(reasonOf(db, id)).toBe('callback_unsatisfied');
    const entry = db.prepare("SELECT action, actor FROM audit_log WHERE entity = 'follow_up' AND entity_id = ?").get(String(id));
    expect(entry).toEqual({ action: 'create', actor: 'tester' });
  });

  it('gets an owner and a note, is completed once, and leaves the queue (all audited)', async () => {
    const { db, add, dispatch } = await ticketWorkspace();
    const id = add({ ...done, csat: 2 });
    const assigned = updateFollowUp(db, 'lead', { ticketId: id, ownerId: REF.staff.li, status: 'open', note: '高级专员跟进' }, at('2026-10-13'));
    expect(assigned).toMatchObject({ owner: '李娜', ownerId: REF.staff.li, status: 'open', doneAt: null });
    const first = updateFollowUp(db, 'lead', { ticketId: id, ownerId: REF.staff.li, status: 'done', note: '已上门致歉' }, at('2026-10-14'));
    expect(first.doneAt).toBe(at('2026-10-14'));
    const again = updateFollowUp(db, 'lead', { ticketId: id, ownerId: REF.staff.li, status: 'done', note: '已上门致歉，客户接受' }, at('2026-10-15'));
    expect(again.doneAt).toBe(at('2026-10-14'));
    const log = db.prepare("SELECT before, after FROM audit_log WHERE entity = 'follow_up' AND action = 'update' ORDER BY id").all() as { before: string; after: string }[];
    expect(log.map((l) => JSON.parse(l.after))).toEqual([
      { ownerId: REF.staff.li, note: '高级专员跟进' },
      { status: 'done', note: '已上门致歉', doneAt: at('2026-10-14') },
      { note: '已上门致歉，客户接受' },
    ]);
    // Completed follow-ups leave the queue, and are not entered again by a later edit.
    const r = await dispatch('tickets.query', { query: { queue: 'follow_up' }, startRow: 0, endRow: 10 });
    expect(r.ok && r.value.total).toBe(0);
    const d = getTicketDetail(db, id);
    updateTicket(db, 'tester', id, { csat: 1 }, d.updatedAt, at('2026-10-16'));
    expect(getTicketDetail(db, id).followUp).toMatchObject({ status: 'done', note: '已上门致歉，客户接受' });
  });

  it('refuses an unknown owner and a ticket without a follow-up', async () => {
    const { db, add } = await ticketWorkspace();
    const low = add({ ...done, csat: 1 });
    const fine = add({ ...done, csat: 5 });
    expect(() => updateFollowUp(db, 'lead', { ticketId: low, ownerId: 999, status: 'open', note: '' })).toThrow(/no staff member 999/);
    expect(() => updateFollowUp(db, 'lead', { ticketId: fine, ownerId: null, status: 'open', note: '' })).toThrow(/no second follow-up/);
  });
});
