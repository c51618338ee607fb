import { CHANNELS } from '../../../shared/domain/enums.ts';
import { HOUR, type DemoDay, type Period } from './calendar.ts';
import { PRODUCT_LINES } from './products.ts';
import { Weighted, type Rng } from './rng.ts';

/** Share of each channel in CHANNELS order, weekdays then weekends: the 400 hotline dominates, walk-ins peak on weekends. */
const CHANNEL_WEIGHTS: readonly (readonly number[])[] = [
  [40, 14, 12, 6, 3, 5, 8, 12],
  [30, 14, 14.4, 6, 1.8, 6, 13.6, 13.2],
];

/** Arrivals per local hour (0–23) by channel: working-hours peaks, a lunch dip, quiet nights; outlets open 9–18. */
const HOURLY: Record<(typeof CHANNELS)[number], readonly number[]> = {
  phone: [
    0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.6, 2, 5.5, 8.5, 9, 8.5, 5, 5.5, 8, 8.5, 8, 7, 5, 4, 3, 2, 1.2, 0.6,
  ],
  chat: [
    0.6, 0.3, 0.2, 0.15, 0.15, 0.2, 0.5, 1.5, 3.5, 5.5, 6.5, 6.5, 5, 5, 6, 6.5, 6.5, 6, 5.5, 6, 7, 6.5, 4,
    1.8,
  ],
  app: [
    0.8, 0.4, 0.2, 0.15, 0.15, 0.25, 0.7, 1.8, 3.5, 5, 6, 6, 5.5, 5, 5.5, 6, 6, 5.5, 5.5, 6.5, 7.5, 7, 4.5, 2,
  ],
  web: [
    0.6, 0.3, 0.2, 0.15, 0.15, 0.2, 0.5, 1.5, 4, 6, 6.5, 6, 5, 5, 6, 6.5, 6, 5.5, 5, 5.5, 6, 5.5, 3.5, 1.5,
  ],
  email: [
    0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.6, 1.5, 4, 6, 6, 5.5, 4, 4.5, 5.5, 5.5, 5, 4.5, 3.5, 3, 3, 2.5, 1.8, 1,
  ],
  social: [
    1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 3.5, 4.5, 5, 5.5, 6, 5, 5, 5.5, 5.5, 5.5, 6, 7, 8, 8, 5.5, 2.5,
  ],
  walk_in: [0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 8, 8, 4, 5, 7.5, 8, 7.5, 5, 0, 0, 0, 0, 0, 0],
  onsite: [0, 0, 0, 0, 0, 0, 0, 0, 2, 6, 8, 7.5, 3, 5, 8, 8, 7.5, 6, 3.5, 2, 0.8, 0, 0, 0],
};

/** Relative volume by weekday, Sunday first. */
const WEEKDAY = [0.82, 1.1, 1.05, 1, 1, 0.98, 0.88];

/** Expected volume of a day: product-line seasons, weekday, holidays, a slowly growing installed base, some noise. */
function dayWeight(rng: Rng, day: DemoDay, index: number, count: number): number {
  let season = 0;
  for (const line of PRODUCT_LINES) season += line.base * (line.season[day.month - 1] ?? 1);
  const trend = 1 + (0.08 * index) / count;
  return season * (WEEKDAY[day.weekday] ?? 1) * day.holiday * trend * rng.lognormal(1, 0.06);
}

/**
 * Splits `total` tickets over the days of the period (largest remainders, so the sum is exact) and draws each
 * ticket's arrival instant and channel.
 */
export class Arrivals {
  readonly perDay: Int32Array;
  /** Each day's volume relative to the average day: a busy day means slower responses. */
  readonly pressure: Float64Array;
  private readonly channels: Weighted<number>[];
  private readonly hours: Weighted<number>[];

  constructor(
    private readonly rng: Rng,
    private readonly period: Period,
    total: number,
  ) {
    const n = period.days.length;
    const weights = period.days.map((d, i) => dayWeight(rng, d, i, n));
    const sum = weights.reduce((a, b) => a + b, 0);
    this.perDay = new Int32Array(n);
    this.pressure = new Float64Array(n);
    const remainders: [number, number][] = [];
    let assigned = 0;
    weights.forEach((w, i) => {
      const exact = (total * w) / sum;
      this.perDay[i] = Math.floor(exact);
      this.pressure[i] = (w * n) / sum;
      assigned += Math.floor(exact);
      remainders.push([exact - Math.floor(exact), i]);
    });
    remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; k < total - assigned; k++) {
      const i = remainders[k]?.[1] ?? 0;
      this.perDay[i] = (this.perDay[i] ?? 0) + 1;
    }
    this.channels = CHANNEL_WEIGHTS.map((ws) => new Weighted(ws.map((w, c) => [c, w] as const)));
    this.hours = CHANNELS.map((c) => new Weighted(HOURLY[c].map((w, h) => [h, w] as const)));
  }

  /**
   * The arrivals of one day in time order, each encoded as created_at * 8 + channel index so one typed-array sort
   * orders them (exact: epoch ms * 8 stays far below 2^53).
   */
  day(index: number): Float64Array {
    const day = this.period.days[index] as DemoDay;
    const count = this.perDay[index] ?? 0;
    const weekend = day.weekday === 0 || day.weekday === 6 ? 1 : 0;
    const channels = this.channels[weekend] as Weighted<number>;
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const channel = channels.sample(this.rng);
      const hour = (this.hours[channel] as Weighted<number>).sample(this.rng);
      const created = day.start + hour * HOUR + Math.floor(this.rng.next() * HOUR);
      out[i] = created * 8 + channel;
    }
    return out.sort();
  }
}

export const decodeCreated = (encoded: number): number => Math.floor(encoded / 8);
export const decodeChannel = (encoded: number): number => encoded % 8;
