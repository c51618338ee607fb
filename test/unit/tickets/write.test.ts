import { describe, expect, it } from 'vitest';
import { at, HOUR, REF, ticket, ticketWorkspace } from './workspace.ts';

describe('tickets.create and tickets.update', () => {
  it('create writes the ticket and its audit entry in one transaction', async () => {
    const { db, dispatch } = await ticketWorkspace();
    const r = await dispatch('tickets.create', { fields: ticket({ externalId: 'WO-1', subject: '空调漏水' }) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fields).toMatchObject({ externalId: 'WO-1', subject: '空调漏水' });
    const log = db.prepare("SELECT actor, action, before, after FROM audit_log WHERE entity = 'ticket' AND entity_id = ?").all(String(r.value.id)) as {
      actor: string; action: string; before: string | null; after: string;
    }[];
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actor: 'tester', action: 'create', before: null });
    expect(JSON.parse(log[0]!.after)).toMatchObject({ externalId: 'WO-1', subject: '空调漏水', tier: 3 });
  });

  it('update records only the changed fields, before and after, and shows them in the history', async () => {
    const { dispatch } = await ticketWorkspace();
    const created = await dispatch('tickets.create', { fields: ticket() });
    if (!created.ok) throw new Error(created.error.message);
    const { id, updatedAt } = created.value;
    const updated = await dispatch('tickets.update', { id, patch: { tier: 2, subject: '空调不制冷（加急）' }, expectedUpdatedAt: updatedAt });
    if (!updated.ok) throw new Error(updated.error.message);
    expect(updated.value.updatedAt).toBeGreaterThan(updatedAt);
    const history = await dispatch('audit.list', { entity: 'ticket', entityId: String(id) });
    if (!history.ok) throw new Error(history.error.message);
    expect(history.value.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history.value[0]).toMatchObject({ before: { tier: 3, subject: '空调不制冷' }, after: { tier: 2, subject: '空调不制冷（加急）' } });
  });

  it('refuses a stale update with CONFLICT and changes nothing', async () => {
    const { db, dispatch } = await ticketWorkspace();
    const created = await dispatch('tickets.create', { fields: ticket() });
    if (!created.ok) throw new Error(created.error.message);
    const { id, updatedAt } = created.value;
    const mine = await dispatch('tickets.update', { id, patch: { csat: 5 }, expectedUpdatedAt: updatedAt });
    expect(mine.ok).toBe(true);
    const auditRows = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    // A second editor still holding the first version.
    const theirs = await dispatch('tickets.update', { id, patch: { csat: 1 }, expectedUpdatedAt: updatedAt });
    expect(theirs.ok).toBe(false);
    if (!theirs.ok) expect(theirs.error).toMatchObject({ code: 'CONFLICT', details: { id, expectedUpdatedAt: updatedAt } });
    expect(db.prepare('SELECT csat FROM tickets WHERE id = ?').pluck().get(id)).toBe(5);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditRows);
  });

  it('two saves within one millisecond still conflict', async () => {
    const { db, add } = await ticketWorkspace();
    const { updateTicket } = await import('../../../electron/core/tickets/write.ts');
    const id = add();
    const stamp = db.prepare('SELECT updated_at FROM tickets WHERE id = ?').pluck().get(id) as number;
    const now = stamp; // the clock has not moved
    const first = updateTicket(db, 'a', id, { csat: 4 }, stamp, now);
    expect(first.updatedAt).toBe(stamp + 1);
    expect(() => updateTicket(db, 'b', id, { csat: 2 }, stamp, now)).toThrow(/changed by someone else/);
  });

  it('validates the merged ticket: time order, references, unique external id, enums', async () => {
    const { dispatch, add } = await ticketWorkspace();
    add({ externalId: 'TAKEN' });
    const created = await dispatch('tickets.create', { fields: ticket() });
    if (!created.ok) throw new Error(created.error.message);
    const { id, updatedAt } = created.value;
    const attempt = (patch: Record<string, unknown>) => dispatch('tickets.update', { id, patch, expectedUpdatedAt: updatedAt });
    const codes = async (patch: Record<string, unknown>) => {
      const r = await attempt(patch);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await codes({ resolvedAt: ticket().createdAt - HOUR })).toBe('INVALID_INPUT');
    expect(await codes({ outletId: 999 })).toBe('INVALID_INPUT');
    expect(await codes({ externalId: 'TAKEN' })).toBe('CONFLICT');
    expect(await codes({ status: 'deleted' })).toBe('INVALID_INPUT');
    expect(await codes({ csat: 6 })).toBe('INVALID_INPUT');
    expect(await codes({ categoryId: REF.categories.attitude, createdAt: at('2026-09-21', '08:00') })).toBe('ok');
  });

  it('a patch that changes nothing writes nothing', async () => {
    const { db, dispatch } = await ticketWorkspace();
    const created = await dispatch('tickets.create', { fields: ticket() });
    if (!created.ok) throw new Error(created.error.message);
    const before = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const same = await dispatch('tickets.update', { id: created.value.id, patch: { tier: 3 }, expectedUpdatedAt: created.value.updatedAt });
    expect(same.ok && same.value.updatedAt).toBe(created.value.updatedAt);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
  });
});
