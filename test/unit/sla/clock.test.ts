import { describe, expect, it } from 'vitest';
import { measureClock } from '../../../electron/core/sla/clock.ts';
import { localToUtc } from '../../../shared/domain/zoned-time.ts';
import { WorkingTimeline } from '../../../electron/core/sla/timeline.ts';

const MIN = 60_000;
const H = 60 * MIN;
const at = (day: string, hhmm: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  return localToUtc('Asia/Shanghai', y, m, d, hh * 60 + mm);
};
const timeline = new WorkingTimeline(
  {
    timeZone: 'Asia/Shanghai',
    workdays: [1, 2, 3, 4, 5],
    hours: [
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '18:00' },
    ],
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    extraWorkdays: ['2026-09-20', '2026-10-10'],
  },
  '2026-09-01',
  '2026-10-31',
);

describe('SLA clock', () => {
  it('calendar target: 30 minutes first response, met and breached', () => {
    const created = at('2026-09-21', '10:00');
    const met = measureClock({ minutes: 30, basis: 'calendar' }, timeline, created, created + 20 * MIN, created + 5 * H);
    expect(met).toMatchObject({ dueAt: created + 30 * MIN, elapsedMs: 20 * MIN, breached: false, breachMs: 0, remainingMs: null });
    const late = measureClock({ minutes: 30, basis: 'calendar' }, timeline, created, created + 75 * MIN, created + 5 * H);
    expect(late).toMatchObject({ breached: true, breachMs: 45 * MIN });
  });

  it('business target: 2 working days over a weekend', () => {
    const created = at('2026-09-25', '15:00'); // Friday
    const resolved = at('2026-09-29', '16:00'); // Tuesday, one hour past two working days
    const r = measureClock({ minutes: 2 * 7.5 * 60, basis: 'business' }, timeline, created, resolved, resolved);
    expect(r.dueAt).toBe(at('2026-09-29', '15:00'));
    expect(r.breached).toBe(true);
    expect(r.breachMs).toBe(1 * H);
  });

  it('pauses stop the clock and push the due time out', () => {
    const created = at('2026-09-21', '09:00');
    const pauses = [{ start: at('2026-09-21', '10:00'), end: at('2026-09-21', '15:30') }];
    // 4 working hours target: 1 h before the pause, the pause swallows 10:00–15:30, then 3 h more → 18:30 is past
    // closing, so due lands the next morning at 09:30.
    const r = measureClock({ minutes: 240, basis: 'business' }, timeline, created, null, at('2026-09-21', '17:00'), pauses);
    expect(r.dueAt).toBe(at('2026-09-22', '09:30'));
    expect(r.elapsedMs).toBe(1 * H + 1.5 * H);
    expect(r.remainingMs).toBe(4 * H - 2.5 * H);
    expect(r.used).toBeCloseTo(2.5 / 4);
  });

  it('an open pause freezes the clock at its start', () => {
    const created = at('2026-09-21', '09:00');
    const r = measureClock({ minutes: 60, basis: 'calendar' }, timeline, created, null, at('2026-09-22', '09:00'), [
      { start: created + 30 * MIN, end: null },
    ]);
    expect(r.elapsedMs).toBe(30 * MIN);
    expect(r.breached).toBe(false);
    expect(r.dueAt).toBeNull();
  });

  it('a running clock reports negative remaining time once breached', () => {
    const created = at('2026-09-21', '09:00');
    const r = measureClock({ minutes: 60, basis: 'business' }, timeline, created, null, at('2026-09-21', '11:00'));
    expect(r.breached).toBe(true);
    expect(r.remainingMs).toBe(-1 * H);
  });
});
