import { describe, expect, it } from 'vitest';
import { updateSettings } from '../../../electron/core/settings/service.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { at, HOUR, MIN, slaRow, ticketWorkspace } from '../tickets/workspace.ts';

// Default workspace: Asia/Shanghai, Mon–Fri 09:00–12:00 and 13:30–18:00, 2026 holidays with 调休 days preloaded.
// Policy version 1: tier 3 = response 30 working minutes, resolution 24 h calendar; tier 4 = response 2 working
// hours, resolution 900 working minutes (2 working days).

describe('SLA measured through the ticket service', () => {
  it('counts working time across the night', async () => {
    const { db, add } = await ticketWorkspace();
    const id = add({ createdAt: at('2026-09-21', '17:50') }); // Monday, 10 working minutes left
    expect(slaRow(db, id)).toMatchObject({ sla_version: 1, response_due_at: at('2026-09-22', '09:20'), response_ms: null, response_breached: null });
    // Resolution is calendar time: 24 h later, whatever the hour.
    expect(slaRow(db, id).resolution_due_at).toBe(at('2026-09-22', '17:50'));
  });

  it('skips the lunch break', async () => {
    const { db, add } = await ticketWorkspace();
    const id = add({ createdAt: at('2026-09-22', '11:50') });
    expect(slaRow(db, id).response_due_at).toBe(at('2026-09-22', '13:50'));
    // The escalation warning (80 % = 24 working minutes) falls after lunch too.
    expect(slaRow(db, id).response_warn_at).toBe(at('2026-09-22', '13:44'));
  });

  it('works the 调休 Sunday and skips the weekend around it', async () => {
    const { db, add } = await ticketWorkspace();
    // Friday 2026-09-18 17:45: 15 minutes, then Saturday off, Sunday 09-20 is a make-up working day.
    const id = add({ createdAt: at('2026-09-18', '17:45') });
    expect(slaRow(db, id).response_due_at).toBe(at('2026-09-20', '09:15'));
  });

  it('skips public holidays (Mid-Autumn Friday, then the weekend)', async () => {
    const { db, add } = await ticketWorkspace();
    const id = add({ createdAt: at('2026-09-24', '17:50') }); // Thursday; Friday 09-25 is 中秋节
    expect(slaRow(db, id).response_due_at).toBe(at('2026-09-28', '09:20'));
  });

  it('two working days across National Day run into the 9th of October', async () => {
    const { db, add } = await ticketWorkspace();
    // 6.5 h on Sep 30, Oct 1–7 off (holidays and weekend), 7.5 h on Thursday Oct 8, 1 h on Friday Oct 9.
    const id = add({ tier: 4, createdAt: at('2026-09-30', '10:00') });
    expect(slaRow(db, id).resolution_due_at).toBe(at('2026-10-09', '10:00'));
    expect(slaRow(db, id).response_due_at).toBe(at('2026-09-30', '12:00'));
  });

  it('stores the verdict and counted time of stopped clocks', async () => {
    const { db, add } = await ticketWorkspace();
    // First response after 11:50 → 13:35: 10 + 5 working minutes; resolved 30 h later (calendar target 24 h).
    const id = add({
      createdAt: at('2026-09-22', '11:50'),
      firstResponseAt: at('2026-09-22', '13:35'),
      resolvedAt: at('2026-09-23', '17:50'),
      status: 'resolved',
    });
    expect(slaRow(db, id)).toMatchObject({ response_ms: 15 * MIN, response_breached: 0, resolution_ms: 30 * HOUR, resolution_breached: 1 });
    const late = add({ createdAt: at('2026-09-22', '09:00'), firstResponseAt: at('2026-09-22', '09:45') });
    expect(slaRow(db, late)).toMatchObject({ response_ms: 45 * MIN, response_breached: 1 });
    const detail = getTicketDetail(db, late, at('2026-09-22', '10:00'));
    expect(detail.sla.response).toMatchObject({ breached: true, breachMs: 15 * MIN, remainingMs: null, escalate: false });
  });

  it('pause statuses stop the clock: the due time moves by the paused time', async () => {
    const { db, add } = await ticketWorkspace();
    const created = at('2026-09-21', '09:00');
    const id = add({ createdAt: created, firstResponseAt: at('2026-09-21', '09:10') }, created);
    expect(slaRow(db, id).resolution_due_at).toBe(at('2026-09-22', '09:00'));
    const d0 = getTicketDetail(db, id, created);
    const d1 = updateTicket(db, 'tester', id, { status: 'pending_customer' }, d0.updatedAt, at('2026-09-21', '10:00'));
    // While paused the resolution clock has no due instant; it stands at one hour.
    expect(slaRow(db, id).resolution_due_at).toBeNull();
    expect(getTicketDetail(db, id, at('2026-09-21', '13:00')).sla.resolution).toMatchObject({ elapsedMs: HOUR, dueAt: null });
    updateTicket(db, 'tester', id, { status: 'in_progress' }, d1.updatedAt, at('2026-09-21', '14:00'));
    expect(slaRow(db, id).resolution_due_at).toBe(at('2026-09-22', '13:00'));
    expect(db.prepare('SELECT status, start_at, end_at FROM ticket_pauses WHERE ticket_id = ?').all(id)).toEqual([
      { status: 'pending_customer', start_at: at('2026-09-21', '10:00'), end_at: at('2026-09-21', '14:00') },
    ]);
    // The response clock had stopped before the pause: untouched.
    expect(slaRow(db, id)).toMatchObject({ response_ms: 10 * MIN, response_breached: 0 });
  });

  it('an imported ticket standing in a pause status counts as paused since its last change', async () => {
    const { db, add } = await ticketWorkspace();
    const created = at('2026-09-21', '09:00');
    const id = add({ createdAt: created, status: 'on_hold' }, at('2026-09-21', '11:00'));
    // Created in a pause status: paused from the moment it was recorded (11:00), 2 h after creation.
    expect(getTicketDetail(db, id, at('2026-09-23', '09:00')).sla.resolution).toMatchObject({ elapsedMs: 2 * HOUR, dueAt: null });
  });

  it('reads working hours in the workspace time zone from settings', async () => {
    const { db, add } = await ticketWorkspace();
    updateSettings(db, 'tester', { timeZone: 'Europe/Berlin', holidays: [] });
    const id = add({ createdAt: at('2026-09-21', '17:50', 'Europe/Berlin') });
    expect(slaRow(db, id).response_due_at).toBe(at('2026-09-22', '09:20', 'Europe/Berlin'));
  });

  it('shows live clocks with remaining time and the escalation flag at the threshold', async () => {
    const { db, add } = await ticketWorkspace();
    const created = at('2026-09-21', '09:00');
    const id = add({ createdAt: created }, created);
    const early = getTicketDetail(db, id, at('2026-09-21', '09:10'));
    expect(early.sla.policyVersion).toBe(1);
    expect(early.sla.response).toMatchObject({ targetMinutes: 30, basis: 'business', elapsedMs: 10 * MIN, remainingMs: 20 * MIN, escalate: false, breached: false });
    const late = getTicketDetail(db, id, at('2026-09-21', '09:25')); // 25 of 30 minutes ≥ 80 %
    expect(late.sla.response).toMatchObject({ remainingMs: 5 * MIN, escalate: true });
    const over = getTicketDetail(db, id, at('2026-09-21', '09:40'));
    expect(over.sla.response).toMatchObject({ breached: true, breachMs: 10 * MIN, remainingMs: -10 * MIN, escalate: false });
  });
});
