import type { CallbackResult, CompensationType, TicketType } from '../../../shared/domain/enums.ts';
import type { Rng } from './rng.ts';

/**
 * How the customer ends up feeling, and what that shows: compensation, the callback's result and the survey
 * scores. One latent satisfaction value drives all of them, so CSAT, NPS, CES and callbacks agree with each other and
 * drop with breaches, reopens, slow resolutions and repeat complaints.
 */

export interface Compensation {
  type: CompensationType;
  amount: number;
}

const COMPENSATION_RATE = [0, 0.6, 0.35, 0.15, 0.06];
const VOUCHERS = [50, 100, 100, 200, 300];
const GIFTS = [30, 50, 80, 100, 150];
/** Typical retail price by product line, for replacements. */
const PRICE: Record<string, number> = {
  air_conditioner: 3200,
  refrigerator: 4500,
  washer: 3000,
  water_heater: 1800,
  range_hood: 2600,
  tv: 3800,
  gas_stove: 1200,
  water_purifier: 2200,
  dishwasher: 3500,
};

const tens = (x: number): number => Math.max(10, Math.round(x / 10) * 10);

/** Compensation offered on a resolved complaint; null for most tickets. */
export function compensate(
  rng: Rng,
  tier: number,
  category: string,
  line: string,
  repeat: boolean,
): Compensation | null {
  if (!rng.chance((COMPENSATION_RATE[tier] ?? 0) + (repeat ? 0.25 : 0))) return null;
  const big = tier <= 1 ? 2 : 1;
  const parent = category.slice(0, category.indexOf('.'));
  if (category === 'fault.recurring' || (parent === 'fault' && repeat)) {
    return rng.chance(0.3)
      ? { type: 'replacement', amount: tens((PRICE[line] ?? 2500) * (0.8 + 0.4 * rng.next())) }
      : { type: 'free_repair', amount: tens(rng.lognormal(260, 0.5)) };
  }
  if (parent === 'billing') return { type: 'refund', amount: tens(rng.lognormal(180, 0.6) * big) };
  if (parent === 'parts' || category === 'install.damage') {
    return rng.chance(0.6)
      ? { type: 'free_repair', amount: tens(rng.lognormal(220, 0.5)) }
      : { type: 'voucher', amount: rng.pick(VOUCHERS) * big };
  }
  if (parent === 'install') return { type: 'refund', amount: tens(rng.lognormal(120, 0.5)) };
  return rng.chance(0.55)
    ? { type: 'voucher', amount: rng.pick(VOUCHERS) * big }
    : { type: 'gift', amount: rng.pick(GIFTS) * big };
}

export interface Experience {
  type: TicketType;
  category: string;
  channel: number;
  breached: boolean;
  reopens: number;
  repeat: boolean;
  slow: boolean;
  fcr: boolean;
  compensated: boolean;
  vip: boolean;
  staffQuality: number;
}

const IRRITANTS = new Set([
  'attitude.rude',
  'billing.overcharge',
  'delay.late',
  'delay.response',
  'parts.out_of_stock',
]);

/** Latent satisfaction: around 1 for a smooth case, below −1 for an angry customer. */
export function satisfaction(rng: Rng, e: Experience): number {
  let z = 1.25 + e.staffQuality + 0.75 * rng.normal();
  if (e.breached) z -= 0.85;
  z -= 0.6 * e.reopens;
  if (e.repeat) z -= 1.3;
  if (e.type === 'complaint') z -= 0.45;
  if (e.slow) z -= 0.45;
  if (IRRITANTS.has(e.category)) z -= 0.35;
  if (e.category === 'feedback.praise') z += 0.6;
  if (e.compensated) z += 0.3;
  if (e.fcr) z += 0.2;
  if (e.vip) z -= 0.15;
  return z;
}

export function callbackResult(rng: Rng, z: number): CallbackResult {
  if (rng.chance(0.07)) return 'unreachable';
  return z >= -0.1 ? 'satisfied' : z >= -0.9 ? 'neutral' : 'unsatisfied';
}

export interface Survey {
  csat: number;
  nps: number | null;
  ces: number | null;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(x)));

/**
 * About a third of customers answer the post-service survey (complainants a little more often). CES is the
 * CES 2.0 agreement scale: 7 = "it was very easy", so higher is better, like CSAT.
 */
export function survey(rng: Rng, z: number, e: Experience): Survey | null {
  if (!rng.chance(e.type === 'complaint' ? 0.42 : 0.34)) return null;
  const csat = z >= 1 ? 5 : z >= 0.1 ? 4 : z >= -0.6 ? 3 : z >= -1.3 ? 2 : 1;
  const nps = rng.chance(0.85) ? clamp(6.9 + 1.7 * z + 0.9 * rng.normal(), 0, 10) : null;
  const awkward = e.category === 'feedback.app' || e.channel === 2 ? 0.7 : 0;
  const ces = rng.chance(0.75) ? clamp(5.3 + 0.9 * z - awkward + 0.8 * rng.normal(), 1, 7) : null;
  return { csat, nps, ces };
}
