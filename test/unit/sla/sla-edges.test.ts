import { describe, expect, it } from 'vitest';
import { measureClock } from '../../../electron/core/sla/clock.ts';
import { localToUtc } from '../../../shared/domain/zoned-time.ts';
import { WorkingTimeline, type CalendarSpec } from '../../../electron/core/sla/timeline.ts';
import { updateSettings } from '../../../electron/core/settings/service.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { at, HOUR, MIN, slaRow, ticketWorkspace } from '../tickets/workspace.ts';

const business = (minutes: number) => ({ minutes, basis: 'business' as const });
const calendar = (minutes: number) => ({ minutes, basis: 'calendar' as const });

const shanghai: CalendarSpec = {
  timeZone: 'Asia/Shanghai',
  workdays: [1, 2, 3, 4, 5],
  hours: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }],
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: ['2026-09-20', '2026-10-10'],
};
const sh = new WorkingTimeline(shanghai, '2026-09-01', '2026-11-30');
const t = (day: string, hhmm: string) => at(day, hhmm);

describe('SLA clocks: edge cases', () => {
  it('a ticket created in the lunch break, at night or on a holiday starts counting at the next working minute', () => {
    expect(measureClock(business(30), sh, t('2026-09-22', '12:30'), null, t('2026-09-22', '12:30')).dueAt).toBe(t('2026-09-22', '14:00'));
    expect(measureClock(business(30), sh, t('2026-09-22', '23:10'), null, t('2026-09-22', '23:10')).dueAt).toBe(t('2026-09-23', '09:30'));
    // Oct 3 (Saturday, inside National Day) → Oct 8 (Thursday), the first working day after the holiday week.
    expect(measureClock(business(30), sh, t('2026-10-03', '10:00'), null, t('2026-10-03', '10:00')).dueAt).toBe(t('2026-10-08', '09:30'));
  });

  it('the make-up Saturday (调休) after National Day is worked', () => {
    const created = t('2026-10-09', '17:50'); // Friday, 10 minutes left; Saturday Oct 10 is a working day
    expect(measureClock(business(30), sh, created, null, created).dueAt).toBe(t('2026-10-10', '09:20'));
    expect(sh.between(t('2026-10-10', '00:00'), t('2026-10-11', '00:00'))).toBe(7.5 * HOUR);
    expect(sh.between(t('2026-10-11', '00:00'), t('2026-10-12', '00:00'))).toBe(0);
  });

  it('a pause over a night removes only the working time inside it from a business clock', () => {
    const created = t('2026-09-21', '16:00'); // Monday
    // Paused 17:00 Mon → 10:00 Tue: one working hour (17–18, 9–10) taken out.
    const pauses = [{ start: t('2026-09-21', '17:00'), end: t('2026-09-22', '10:00') }];
    const r = measureClock(business(120), sh, created, t('2026-09-22', '11:00'), t('2026-09-22', '11:00'), pauses);
    expect(r.elapsedMs).toBe(2 * HOUR); // 16–17 and 10–11
    expect(r.breached).toBe(false);
    const running = measureClock(business(120), sh, created, null, t('2026-09-22', '10:00'), pauses);
    expect(running.dueAt).toBe(t('2026-09-22', '11:00'));
  });

  it('several pauses, overlapping and one before the start, on a calendar clock', () => {
    const created = t('2026-09-21', '10:00');
    const pauses = [
      { start: t('2026-09-21', '08:00'), end: t('2026-09-21', '10:30') }, // began before the ticket: 30 min count as paused
      { start: t('2026-09-21', '12:00'), end: t('2026-09-21', '13:00') },
      { start: t('2026-09-21', '12:30'), end: t('2026-09-21', '14:00') }, // overlaps the previous one
    ];
    const r = measureClock(calendar(4 * 60), sh, created, t('2026-09-21', '16:00'), t('2026-09-21', '16:00'), pauses);
    expect(r.elapsedMs).toBe(6 * HOUR - 30 * MIN - 2 * HOUR);
    expect(r.dueAt).toBe(t('2026-09-21', '16:30'));
    expect(r).toMatchObject({ breached: false, remainingMs: null });
  });

  it('business hours in New York follow the local clock across the end of daylight saving time', () => {
    const ny: CalendarSpec = { timeZone: 'America/New_York', workdays: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '17:00' }], holidays: [], extraWorkdays: [] };
    const line = new WorkingTimeline(ny, '2026-10-25', '2026-11-10');
    const nyAt = (day: string, hhmm: string) => at(day, hhmm, 'America/New_York');
    // Friday Oct 30 16:00 EDT + 2 working hours → Monday Nov 2 10:00 EST (clocks went back on Sunday Nov 1).
    const due = measureClock(business(120), line, nyAt('2026-10-30', '16:00'), null, nyAt('2026-10-30', '16:00')).dueAt;
    expect(due).toBe(nyAt('2026-11-02', '10:00'));
    expect(due! - nyAt('2026-10-30', '16:00')).toBe(3 * 24 * HOUR - 6 * HOUR + HOUR);
  });

  it('a ticket resolved without a recorded first response stops its response clock at the resolution', async () => {
    const { db, add } = await ticketWorkspace();
    const id = add({ createdAt: t('2026-09-22', '09:00'), resolvedAt: t('2026-09-22', '09:20'), status: 'resolved' });
    expect(slaRow(db, id)).toMatchObject({ response_ms: 20 * MIN, response_breached: 0, resolution_ms: 20 * MIN, resolution_breached: 0 });
  });

  it('reopening a resolved ticket restarts its resolution clock from where it stood', async () => {
    const { db, add } = await ticketWorkspace();
    const created = t('2026-09-21', '09:00');
    const id = add({ createdAt: created, firstResponseAt: created + 5 * MIN, resolvedAt: created + 20 * HOUR, status: 'resolved' }, created + 20 * HOUR);
    expect(slaRow(db, id)).toMatchObject({ resolution_ms: 20 * HOUR, resolution_breached: 0 });
    const d = getTicketDetail(db, id, created + 21 * HOUR);
    updateTicket(db, 'tester', id, { status: 'reopened', resolvedAt: null, reopenCount: 1 }, d.updatedAt, created + 22 * HOUR);
    expect(slaRow(db, id)).toMatchObject({ resolution_ms: null, resolution_breached: null, resolution_due_at: created + 24 * HOUR });
    expect(getTicketDetail(db, id, created + 25 * HOUR).sla.resolution).toMatchObject({ breached: true, breachMs: HOUR });
  });

  it('a workspace in another zone measures its own working hours (Berlin, with its own holidays)', async () => {
    const { db, add } = await ticketWorkspace();
    updateSettings(db, 'tester', { timeZone: 'Europe/Berlin', holidays: [{ date: '2026-10-05', kind: 'holiday', name: 'Betriebsferien' }] });
    const berlin = (day: string, hhmm: string) => at(day, hhmm, 'Europe/Berlin');
    // Friday 17:50 Berlin: 10 minutes, the weekend, Monday off, 20 minutes on Tuesday.
    const id = add({ createdAt: berlin('2026-10-02', '17:50') });
    expect(slaRow(db, id).response_due_at).toBe(berlin('2026-10-06', '09:20'));
    // Shanghai's calendar would have answered differently.
    expect(slaRow(db, id).response_due_at).not.toBe(localToUtc('Asia/Shanghai', 2026, 10, 6, 9 * 60 + 20));
  });
});
