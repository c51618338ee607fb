import { describe, expect, it } from 'vitest';
import { localToUtc, zoneOffsetMs } from '../../../shared/domain/zoned-time.ts';
import { WorkingTimeline, type CalendarSpec } from '../../../electron/core/sla/timeline.ts';

const MIN = 60_000;
const H = 60 * MIN;

const shanghai: CalendarSpec = {
  timeZone: 'Asia/Shanghai',
  workdays: [1, 2, 3, 4, 5],
  hours: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ],
  // 2026 National Day: Oct 1–7 off, Sep 20 (Sunday) and Oct 10 (Saturday) worked instead.
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: ['2026-09-20', '2026-10-10'],
};
const at = (day: string, hhmm: string, tz = 'Asia/Shanghai'): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  return localToUtc(tz, y, m, d, hh * 60 + mm);
};
const timeline = new WorkingTimeline(shanghai, '2026-09-01', '2026-10-31');

describe('working timeline', () => {
  it('converts local wall time in a zone without DST', () => {
    expect(new Date(at('2026-09-21', '09:00')).toISOString()).toBe('2026-09-21T01:00:00.000Z');
    expect(zoneOffsetMs('Asia/Shanghai', Date.UTC(2026, 0, 1))).toBe(8 * H);
  });

  it('counts only working hours within a day, skipping lunch', () => {
    expect(timeline.between(at('2026-09-21', '08:00'), at('2026-09-21', '20:00'))).toBe(7.5 * H);
    expect(timeline.between(at('2026-09-21', '11:30'), at('2026-09-21', '14:00'))).toBe(60 * MIN);
    expect(timeline.between(at('2026-09-21', '12:10'), at('2026-09-21', '13:20'))).toBe(0);
  });

  it('carries across nights and weekends', () => {
    // Friday 17:00 → Monday 10:00 = 1 h Friday + 1 h Monday.
    expect(timeline.between(at('2026-09-25', '17:00'), at('2026-09-28', '10:00'))).toBe(2 * H);
    expect(timeline.add(at('2026-09-25', '17:30'), 1 * H)).toBe(at('2026-09-28', '09:30'));
  });

  it('skips public holidays and works the make-up days (调休)', () => {
    // Sunday 2026-09-20 is a make-up working day.
    expect(timeline.between(at('2026-09-20', '09:00'), at('2026-09-20', '18:00'))).toBe(7.5 * H);
    // Wednesday Sep 30, 17:00 + 2 working hours: Oct 1–7 off except nothing; Oct 8 (Thu) is the next working day.
    expect(timeline.add(at('2026-09-30', '17:00'), 2 * H)).toBe(at('2026-10-08', '10:00'));
    // Saturday Oct 10 is worked.
    expect(timeline.between(at('2026-10-10', '00:00'), at('2026-10-11', '00:00'))).toBe(7.5 * H);
  });

  it('adds across lunch and returns the end of an interval exactly', () => {
    expect(timeline.add(at('2026-09-21', '11:00'), 90 * MIN)).toBe(at('2026-09-21', '14:00'));
    expect(timeline.add(at('2026-09-21', '09:00'), 3 * H)).toBe(at('2026-09-21', '12:00'));
    expect(timeline.add(at('2026-09-21', '12:30'), 30 * MIN)).toBe(at('2026-09-21', '14:00'));
  });

  it('two working days from a Friday afternoon land on Tuesday afternoon', () => {
    const twoDays = 2 * 7.5 * H;
    expect(timeline.add(at('2026-09-25', '15:00'), twoDays)).toBe(at('2026-09-29', '15:00'));
  });

  it('is consistent: between(t, add(t, d)) = d', () => {
    for (let i = 0; i < 500; i++) {
      const t = at('2026-09-01', '00:00') + ((i * 7_919_333) % (50 * 24 * H));
      const d = ((i * 104_729) % (40 * H)) + MIN;
      const end = timeline.add(t, d);
      expect(end).not.toBeNull();
      expect(timeline.between(t, end!)).toBe(d);
    }
  });

  it('answers null past the end of its range and zero for reversed instants', () => {
    expect(timeline.add(at('2026-10-30', '17:00'), 100 * H)).toBeNull();
    expect(timeline.between(at('2026-09-22', '10:00'), at('2026-09-21', '10:00'))).toBe(0);
  });

  it('follows daylight-saving changes in zones that have them', () => {
    const ny = new WorkingTimeline(
      { timeZone: 'America/New_York', workdays: [1, 2, 3, 4, 5, 6, 7], hours: [{ start: '00:00', end: '23:59' }], holidays: [], extraWorkdays: [] },
      '2026-03-07',
      '2026-03-09',
    );
    // 2026-03-08 has only 23 hours in New York.
    const dayLength = at('2026-03-09', '00:00', 'America/New_York') - at('2026-03-08', '00:00', 'America/New_York');
    expect(dayLength).toBe(23 * H);
    expect(ny.between(at('2026-03-08', '00:00', 'America/New_York'), at('2026-03-08', '23:59', 'America/New_York'))).toBe(23 * H - MIN);
  });
});
