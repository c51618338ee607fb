import type { z } from 'zod';
import type { WorkingCalendar } from '../../../../../shared/schemas/workspace';
import { SlaTarget, type SlaTierTargets } from '../../../../../shared/schemas/tickets';

export type Target = z.infer<typeof SlaTarget>;
export type TierTargets = z.infer<typeof SlaTierTargets>;
export type Basis = Target['basis'];
export const UNITS = ['minutes', 'hours', 'workdays'] as const;
export type Unit = (typeof UNITS)[number];
export const TARGET_KINDS = ['response', 'resolution'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** One target as typed: the number, its unit and the time basis. Working days are working time by nature. */
export interface TargetDraft {
  value: string;
  unit: Unit;
  basis: Basis;
}
export interface TierDraft {
  tier: number;
  response: TargetDraft;
  resolution: TargetDraft;
}

export type TargetErrorKey = 'value' | 'whole' | 'max';

const MAX_MINUTES = SlaTarget.shape.minutes.maxValue ?? 60 * 24 * 60;
export const MAX_DAYS = Math.floor(MAX_MINUTES / (24 * 60));

/** Working minutes in one working day, from the calendar's periods (09:00–12:00 + 13:30–18:00 = 450). */
export function minutesPerWorkday(calendar: z.infer<typeof WorkingCalendar>): number {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  return calendar.hours.reduce((sum, p) => sum + minutes(p.end) - minutes(p.start), 0);
}

const factor = (unit: Unit, dayMinutes: number) =>
  unit === 'minutes' ? 1 : unit === 'hours' ? 60 : dayMinutes;

/** Show a stored target in the largest unit that divides it: 900 working minutes → 2 working days. */
export function toTargetDraft(target: Target, dayMinutes: number): TargetDraft {
  const { minutes, basis } = target;
  if (basis === 'business' && dayMinutes > 0 && minutes % dayMinutes === 0)
    return { value: String(minutes / dayMinutes), unit: 'workdays', basis };
  if (minutes % 60 === 0) return { value: String(minutes / 60), unit: 'hours', basis };
  return { value: String(minutes), unit: 'minutes', basis };
}

export const toPolicyDraft = (targets: readonly TierTargets[], dayMinutes: number): TierDraft[] =>
  [...targets]
    .sort((a, b) => a.tier - b.tier)
    .map((t) => ({
      tier: t.tier,
      response: toTargetDraft(t.response, dayMinutes),
      resolution: toTargetDraft(t.resolution, dayMinutes),
    }));

/** Typed value → whole minutes under the contract's limits. Decimals are fine when they come to whole minutes. */
export function fromTargetDraft(
  draft: TargetDraft,
  dayMinutes: number,
): { ok: true; target: Target } | { ok: false; error: TargetErrorKey } {
  const text = draft.value.trim().replace('，', '.').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0) return { ok: false, error: 'value' };
  const exact = Number(text) * factor(draft.unit, dayMinutes);
  const minutes = Math.round(exact);
  if (Math.abs(exact - minutes) > 1e-6 || minutes < 1) return { ok: false, error: 'whole' };
  if (minutes > MAX_MINUTES) return { ok: false, error: 'max' };
  const basis: Basis = draft.unit === 'workdays' ? 'business' : draft.basis;
  const parsed = SlaTarget.safeParse({ minutes, basis });
  return parsed.success ? { ok: true, target: parsed.data } : { ok: false, error: 'value' };
}

export type PolicyErrors = Map<string, TargetErrorKey>;
export const errorKey = (tier: number, kind: TargetKind) => `${tier}-${kind}`;

export function validatePolicy(
  draft: readonly TierDraft[],
  dayMinutes: number,
): { ok: true; targets: TierTargets[] } | { ok: false; errors: PolicyErrors } {
  const errors: PolicyErrors = new Map();
  const targets: TierTargets[] = [];
  for (const row of draft) {
    const response = fromTargetDraft(row.response, dayMinutes);
    const resolution = fromTargetDraft(row.resolution, dayMinutes);
    if (!response.ok) errors.set(errorKey(row.tier, 'response'), response.error);
    if (!resolution.ok) errors.set(errorKey(row.tier, 'resolution'), resolution.error);
    if (response.ok && resolution.ok)
      targets.push({ tier: row.tier, response: response.target, resolution: resolution.target });
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, targets };
}

/** Same targets as stored (in minutes), whatever units they are typed in. */
export function samePolicy(
  draft: readonly TierDraft[],
  stored: readonly TierTargets[],
  dayMinutes: number,
): boolean {
  const result = validatePolicy(draft, dayMinutes);
  if (!result.ok) return false;
  const sorted = [...stored].sort((a, b) => a.tier - b.tier);
  return JSON.stringify(result.targets) === JSON.stringify(sorted);
}
