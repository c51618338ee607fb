import { describe, expect, it } from 'vitest';
import {
  fromTargetDraft,
  minutesPerWorkday,
  samePolicy,
  toPolicyDraft,
  toTargetDraft,
  validatePolicy,
  type TierTargets,
} from '../../../renderer/src/views/settings/sla/policyDraft.ts';

const DAY = 450; // 09:00–12:00 + 13:30–18:00

const seeds: TierTargets[] = [
  { tier: 1, response: { minutes: 30, basis: 'calendar' }, resolution: { minutes: 720, basis: 'calendar' } },
  { tier: 2, response: { minutes: 60, basis: 'calendar' }, resolution: { minutes: 2880, basis: 'calendar' } },
  { tier: 3, response: { minutes: 30, basis: 'business' }, resolution: { minutes: 1440, basis: 'calendar' } },
  { tier: 4, response: { minutes: 120, basis: 'business' }, resolution: { minutes: 900, basis: 'business' } },
];

describe('working day length', () => {
  it('is the sum of the working periods, lunch break excluded', () => {
    const hours = [
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '18:00' },
    ];
    expect(minutesPerWorkday({ workdays: [1, 2, 3, 4, 5], hours })).toBe(DAY);
  });
});

describe('targets as people read them', () => {
  it('use the largest unit that divides the minutes; working days only for working time', () => {
    expect(toTargetDraft({ minutes: 30, basis: 'calendar' }, DAY)).toEqual({
      value: '30',
      unit: 'minutes',
      basis: 'calendar',
    });
    expect(toTargetDraft({ minutes: 2880, basis: 'calendar' }, DAY)).toEqual({
      value: '48',
      unit: 'hours',
      basis: 'calendar',
    });
    expect(toTargetDraft({ minutes: 900, basis: 'business' }, DAY)).toEqual({
      value: '2',
      unit: 'workdays',
      basis: 'business',
    });
    // 900 calendar minutes are 15 hours, never "2 working days".
    expect(toTargetDraft({ minutes: 900, basis: 'calendar' }, DAY)).toEqual({
      value: '15',
      unit: 'hours',
      basis: 'calendar',
    });
    expect(toTargetDraft({ minutes: 120, basis: 'business' }, DAY)).toEqual({
      value: '2',
      unit: 'hours',
      basis: 'business',
    });
  });

  it('come back as whole minutes; working days are always working time', () => {
    expect(fromTargetDraft({ value: '1.5', unit: 'hours', basis: 'calendar' }, DAY)).toEqual({
      ok: true,
      target: { minutes: 90, basis: 'calendar' },
    });
    expect(fromTargetDraft({ value: '3', unit: 'workdays', basis: 'calendar' }, DAY)).toEqual({
      ok: true,
      target: { minutes: 1350, basis: 'business' },
    });
    expect(fromTargetDraft({ value: ' 45 ', unit: 'minutes', basis: 'business' }, DAY)).toEqual({
      ok: true,
      target: { minutes: 45, basis: 'business' },
    });
  });

  it('refuse zero, negatives, text, fractions of a minute and more than the contract allows', () => {
    const check = (value: string, unit: 'minutes' | 'hours' | 'workdays') =>
      fromTargetDraft({ value, unit, basis: 'calendar' }, DAY);
    expect(check('0', 'minutes')).toEqual({ ok: false, error: 'value' });
    expect(check('-5', 'minutes')).toEqual({ ok: false, error: 'value' });
    expect(check('abc', 'hours')).toEqual({ ok: false, error: 'value' });
    expect(check('', 'hours')).toEqual({ ok: false, error: 'value' });
    expect(check('1.5', 'minutes')).toEqual({ ok: false, error: 'whole' });
    expect(check('0.001', 'hours')).toEqual({ ok: false, error: 'whole' });
    expect(check('1441', 'hours')).toEqual({ ok: false, error: 'max' });
    expect(check('1440', 'hours')).toEqual({ ok: true, target: { minutes: 86_400, basis: 'calendar' } });
  });
});

describe('a whole policy', () => {
  it('round-trips the seeded targets and is unchanged until edited', () => {
    const draft = toPolicyDraft(seeds, DAY);
    expect(validatePolicy(draft, DAY)).toEqual({ ok: true, targets: seeds });
    expect(samePolicy(draft, seeds, DAY)).toBe(true);
    const edited = draft.map((r) => (r.tier === 2 ? { ...r, response: { ...r.response, value: '2' } } : r));
    expect(samePolicy(edited, seeds, DAY)).toBe(false);
    // The same minutes typed in another unit are no change.
    const sameMinutes = draft.map((r) =>
      r.tier === 2
        ? { ...r, response: { value: '60', unit: 'minutes' as const, basis: 'calendar' as const } }
        : r,
    );
    expect(samePolicy(sameMinutes, seeds, DAY)).toBe(true);
  });

  it('names each failing target by tier and kind', () => {
    const draft = toPolicyDraft(seeds, DAY).map((r) =>
      r.tier === 3 ? { ...r, resolution: { ...r.resolution, value: '0' } } : r,
    );
    const result = validatePolicy(draft, DAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([...result.errors]).toEqual([['3-resolution', 'value']]);
  });
});
