import { mobileNumber, personName } from './names.ts';
import { CITIES } from './org.ts';
import { Weighted, type Rng } from './rng.ts';

/** What ticket generation needs to know about each customer, by customer id (index 0 unused). */
export interface CustomerFacts {
  count: number;
  cityIndex: Uint8Array;
  vip: Uint8Array;
}

export type CustomerSink = (
  code: string,
  name: string,
  phone: string,
  city: string,
  segment: 'vip' | 'regular',
) => void;

const VIP_SHARE = 0.08;

/** One customer per ~3 tickets a year, never fewer than 500, so some customers call more than once. */
export const customerCount = (tickets: number): number => Math.max(500, Math.round(tickets * 0.35));

/** Streams customer rows to `sink` (so a million rows never sit in memory) and keeps the facts tickets need. */
export function buildCustomers(rng: Rng, count: number, sink: CustomerSink): CustomerFacts {
  const cities = new Weighted(CITIES.map((c, i) => [i, c.weight] as const));
  const cityIndex = new Uint8Array(count + 1);
  const vip = new Uint8Array(count + 1);
  for (let id = 1; id <= count; id++) {
    const c = cities.sample(rng);
    const isVip = rng.chance(VIP_SHARE);
    cityIndex[id] = c;
    vip[id] = isVip ? 1 : 0;
    sink(
      `C${String(id).padStart(7, '0')}`,
      personName(rng),
      mobileNumber(rng),
      CITIES[c]?.zh ?? '',
      isVip ? 'vip' : 'regular',
    );
  }
  return { count, cityIndex, vip };
}

/**
 * A customer for the next ticket. Skewed so that a few customers account for many tickets (households with several
 * appliances, chronic problems) while most appear once or not at all.
 */
export const pickCustomer = (rng: Rng, facts: CustomerFacts): number =>
  1 + Math.floor(facts.count * Math.pow(rng.next(), 1.35));
