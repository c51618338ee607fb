import { describe, expect, it } from 'vitest';
import { recomputeSla } from '../../../electron/core/sla/recompute.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { at, HOUR, slaRow, ticketWorkspace } from '../tickets/workspace.ts';

const seeds = [
  { tier: 1, response: { minutes: 30, basis: 'calendar' }, resolution: { minutes: 720, basis: 'calendar' } },
  { tier: 2, response: { minutes: 60, basis: 'calendar' }, resolution: { minutes: 2880, basis: 'calendar' } },
  { tier: 3, response: { minutes: 30, basis: 'business' }, resolution: { minutes: 1440, basis: 'calendar' } },
  { tier: 4, response: { minutes: 120, basis: 'business' }, resolution: { minutes: 900, basis: 'business' } },
] as const;

/** Insert a ticket the way a bulk import does: no measurement, no pause rows. */
function rawInsert(db: import('../../../electron/core/db/open.ts').Db, created: number, status = 'in_progress', updated = created): number {
  return Number(
    db
      .prepare(
        `INSERT INTO tickets (channel, type, tier, subject, status, created_at, updated_at)
         VALUES ('phone', 'repair', 3, '导入的工单', ?, ?, ?)`,
      )
      .run(status, created, updated).lastInsertRowid,
  );
}

describe('SLA policy versions', () => {
  it('are preloaded from the seeds as version 1', async () => {
    const { dispatch } = await ticketWorkspace();
    const policy = await dispatch('sla.policy.get', {});
    expect(policy).toMatchObject({ ok: true, value: { version: 1, createdBy: 'system', targets: seeds } });
  });

  it('saving makes a new version (audited); tickets keep theirs until recomputed', async () => {
    const { db, add, dispatch } = await ticketWorkspace();
    const created = at('2026-09-21', '09:00');
    const id = add({ createdAt: created }, created);
    expect(slaRow(db, id)).toMatchObject({ sla_version: 1, response_due_at: at('2026-09-21', '09:30') });

    const targets = seeds.map((t) => (t.tier === 3 ? { ...t, response: { minutes: 60, basis: 'business' as const } } : t));
    const saved = await dispatch('sla.policy.save', { targets, note: 'tier 3: one working hour' });
    expect(saved).toMatchObject({ ok: true, value: { version: 2, createdBy: 'tester', note: 'tier 3: one working hour' } });
    const audit = await dispatch('audit.list', { entity: 'sla_policy' });
    expect(audit.ok && audit.value[0]).toMatchObject({ action: 'create', entityId: '2', after: { version: 2 } });

    // An edit re-measures under the ticket's own version.
    const d = getTicketDetail(db, id, created);
    updateTicket(db, 'tester', id, { subject: '空调不制冷（已联系）' }, d.updatedAt, created + HOUR);
    expect(slaRow(db, id)).toMatchObject({ sla_version: 1, response_due_at: at('2026-09-21', '09:30') });
    // New tickets are measured under the current version.
    const fresh = add({ createdAt: created }, created);
    expect(slaRow(db, fresh)).toMatchObject({ sla_version: 2, response_due_at: at('2026-09-21', '10:00') });

    // 'unmeasured' leaves measured tickets alone; 'all' moves every ticket to the current version.
    const raw = rawInsert(db, created);
    expect(slaRow(db, raw).sla_version).toBeNull();
    const r1 = await recomputeSla(db, 'unmeasured', undefined, created);
    expect(r1).toMatchObject({ tickets: 1, changed: 1 });
    expect(slaRow(db, raw)).toMatchObject({ sla_version: 2, response_due_at: at('2026-09-21', '10:00') });
    expect(slaRow(db, id).sla_version).toBe(1);
    const r2 = await recomputeSla(db, 'all', undefined, created);
    expect(r2).toMatchObject({ tickets: 3, changed: 1 });
    expect(slaRow(db, id)).toMatchObject({ sla_version: 2, response_due_at: at('2026-09-21', '10:00') });
    // Idempotent: nothing left to change.
    expect(await recomputeSla(db, 'all', undefined, created)).toMatchObject({ tickets: 3, changed: 0 });
  });

  it('refuses a policy without exactly one target per tier', async () => {
    const { dispatch } = await ticketWorkspace();
    const twice = [seeds[0], seeds[0], seeds[2], seeds[3]];
    expect(await dispatch('sla.policy.save', { targets: twice })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('sla.policy.save', { targets: seeds.slice(0, 3) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('a ticket imported in a pause status is measured as paused since its last change', async () => {
    const { db } = await ticketWorkspace();
    const created = at('2026-09-21', '09:00');
    const raw = rawInsert(db, created, 'pending_customer', at('2026-09-21', '09:20'));
    await recomputeSla(db, 'unmeasured', undefined, at('2026-09-28', '09:00'));
    // 20 of 30 working minutes used before the pause: no due instant while it stands, the warning was not reached.
    expect(slaRow(db, raw)).toMatchObject({ sla_version: 1, response_due_at: null, response_warn_at: null, response_ms: null });
    const d = getTicketDetail(db, raw, at('2026-09-28', '09:00'));
    expect(d.sla.response).toMatchObject({ elapsedMs: 20 * 60_000, remainingMs: 10 * 60_000, breached: false });
    // Leaving the pause writes the assumed pause down, so the clock resumes where it stood.
    updateTicket(db, 'tester', raw, { status: 'in_progress' }, d.updatedAt, at('2026-09-28', '09:00'));
    expect(slaRow(db, raw).response_due_at).toBe(at('2026-09-28', '09:10'));
  });

  it('recompute runs as a job: progress by phase, cancel between batches', async () => {
    const { dispatch, session, db } = await ticketWorkspace();
    for (let i = 0; i < 5; i++) rawInsert(db, at('2026-09-21', '09:00') + i * HOUR);
    const phases = new Set<string>();
    session.on((event, payload) => {
      if (event === 'job.progress') phases.add((payload as { phase: string }).phase);
    });
    const done = await dispatch('sla.recompute', { jobId: 'recompute-1', scope: 'unmeasured' });
    expect(done).toMatchObject({ ok: true, value: { tickets: 5 } });
    expect([...phases]).toEqual(expect.arrayContaining(['sla', 'repeats', 'archive']));
    const pending = dispatch('sla.recompute', { jobId: 'recompute-2', scope: 'all' });
    session.jobs.cancel('recompute-2');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });
});
