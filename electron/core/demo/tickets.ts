import { CHANNELS, TICKET_TYPES, type TicketType } from '../../../shared/domain/enums.ts';
import { callbackResult, compensate, satisfaction, survey, type Experience } from './aftercare.ts';
import { decodeChannel, decodeCreated, type Arrivals } from './arrivals.ts';
import { DAY, HOUR, MINUTE, type Period } from './calendar.ts';
import { TYPE_CATEGORIES, type CategoryRow } from './categories.ts';
import { pickCustomer, type CustomerFacts } from './customers.ts';
import { callbackAt, closedAt, observe, timeline } from './lifecycle.ts';
import type { Org } from './org.ts';
import { PRODUCT_LINES, type ProductRow } from './products.ts';
import { RepeatQueue } from './repeats.ts';
import { route } from './routing.ts';
import { Weighted, type Rng } from './rng.ts';
import { description, resolutionText, subject, type TextContext } from './texts.ts';
import { TRAINING_LIFT } from './training.ts';

/** Column order of the rows `TicketFactory.write` produces. */
export const TICKET_COLUMNS = [
  'id',
  'external_id',
  'channel',
  'type',
  'category_id',
  'tier',
  'outlet_id',
  'team_id',
  'assignee_id',
  'customer_id',
  'product_id',
  'subject',
  'description',
  'status',
  'created_at',
  'first_response_at',
  'escalated_at',
  'resolved_at',
  'closed_at',
  'resolution',
  'reopen_count',
  'fcr',
  'compensation_type',
  'compensation_amount',
  'callback_at',
  'callback_result',
  'csat',
  'nps',
  'ces',
  'repeat_of_id',
  'updated_at',
] as const;

/** Ticket types by channel (in TICKET_TYPES order: inquiry, repair, installation, complaint, suggestion, feedback). */
const TYPE_MIX: readonly (readonly number[])[] = [
  [24, 40, 14, 16, 2, 4], // phone
  [36, 28, 10, 16, 4, 6], // chat
  [18, 42, 22, 10, 3, 5], // app
  [22, 36, 20, 14, 3, 5], // web
  [14, 16, 4, 46, 6, 14], // email
  [12, 14, 4, 54, 5, 11], // social
  [34, 44, 6, 10, 2, 4], // walk_in
  [6, 64, 24, 3, 1, 2], // onsite
];

/** Tier 1–4 shares by type: major complaints are rare, most tickets are routine. */
const TIER_MIX: Record<TicketType, readonly number[]> = {
  complaint: [12, 38, 40, 10],
  repair: [1.5, 14, 58, 26.5],
  installation: [0.5, 10, 60, 29.5],
  inquiry: [0.3, 5, 35, 59.7],
  suggestion: [0.2, 3, 20, 76.8],
  feedback: [0.2, 3, 20, 76.8],
};

/** A resolution slower than this (hours) annoys the customer; tier-1 complaints must be settled within 12 h (seed 004). */
const SLOW_AFTER_H: Record<TicketType, number> = {
  complaint: 48,
  repair: 72,
  installation: 48,
  inquiry: 24,
  suggestion: 72,
  feedback: 72,
};

/** Offset of each column in a row, so the writes below name their column. */
const C = Object.fromEntries(TICKET_COLUMNS.map((c, i) => [c, i])) as Record<
  (typeof TICKET_COLUMNS)[number],
  number
>;

const AIR_CONDITIONER = PRODUCT_LINES.findIndex((l) => l.id === 'air_conditioner');
const WALK_IN = CHANNELS.indexOf('walk_in');

export interface Catalog {
  categoryId: ReadonlyMap<string, number>;
  /** Product ids per line index, best sellers most likely. */
  productsByLine: Weighted<number>[];
  /** Model code by product id. */
  model: string[];
}

/** Draws one ticket at a time, in creation order, so ids follow time and a repeat always points back. */
export class TicketFactory {
  private readonly lines: Weighted<number>[];
  private readonly types: Weighted<TicketType>[];
  private readonly tiers: Record<TicketType, Weighted<number>>;
  private readonly faults: Weighted<string>[];
  private readonly byType: Partial<Record<TicketType, Weighted<string>>>;
  private readonly repeats = new RepeatQueue();
  private monthKey = '';
  private seq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly period: Period,
    private readonly arrivals: Arrivals,
    private readonly org: Org,
    private readonly customers: CustomerFacts,
    private readonly catalog: Catalog,
    private readonly trainedFrom: ReadonlyMap<number, number> = new Map(),
  ) {
    this.lines = Array.from(
      { length: 12 },
      (_, m) => new Weighted(PRODUCT_LINES.map((l, i) => [i, l.base * (l.season[m] ?? 1)] as const)),
    );
    this.types = TYPE_MIX.map((ws) => new Weighted(TICKET_TYPES.map((t, i) => [t, ws[i] ?? 0] as const)));
    this.tiers = Object.fromEntries(
      TICKET_TYPES.map((t) => [t, new Weighted(TIER_MIX[t].map((w, i) => [i + 1, w] as const))]),
    ) as Record<TicketType, Weighted<number>>;
    this.faults = PRODUCT_LINES.map((l) => new Weighted(l.faults));
    this.byType = Object.fromEntries(
      Object.entries(TYPE_CATEGORIES).map(([t, cats]) => [t, new Weighted(cats)]),
    );
  }

  /** Writes the columns of ticket `id` (TICKET_COLUMNS order) into `out` from index `at`. */
  write(out: unknown[], at: number, id: number, encoded: number, dayIndex: number): void {
    const rng = this.rng;
    const now = this.period.end;
    const day = this.period.days[dayIndex];
    if (!day) throw new Error(`no day ${dayIndex}`);
    const created = decodeCreated(encoded);
    const channel = decodeChannel(encoded);

    let line = (this.lines[day.month - 1] as Weighted<number>).sample(rng);
    let type = (this.types[channel] as Weighted<TicketType>).sample(rng);
    if (type !== 'installation' && channel !== WALK_IN) {
      const summerAc = line === AIR_CONDITIONER && day.month >= 5 && day.month <= 8 ? 0.1 : 0;
      const q = (day.installBoost - 1) * 0.12 + summerAc;
      if (q > 0 && rng.chance(q)) type = 'installation';
    }
    let category =
      type === 'repair'
        ? (this.faults[line] as Weighted<string>).sample(rng)
        : (this.byType[type] as Weighted<string>).sample(rng);
    let productId = (this.catalog.productsByLine[line] as Weighted<number>).sample(rng);
    const repeat = type === 'complaint' ? this.repeats.take(created) : undefined;
    let customerId: number;
    if (repeat) {
      ({ customerId, category, line, productId } = repeat);
    } else {
      customerId = pickCustomer(rng, this.customers);
    }
    const vip = this.customers.vip[customerId] === 1;
    let tier = this.tiers[type].sample(rng);
    if (vip && tier > 1 && rng.chance(0.3)) tier--;
    if (repeat && tier > 1) tier--;

    const { department, outletId, teamId, staff } = route(rng, this.org, {
      cityIndex: this.customers.cityIndex[customerId] ?? 0,
      type,
      category,
      channel,
      tier,
      created,
    });

    // Training shows in the tickets created after it (demo/training.ts).
    const trained = created >= (this.trainedFrom.get(staff.id) ?? Infinity);
    const tl = timeline(rng, {
      created,
      channel,
      type,
      tier,
      category,
      vip,
      department,
      speed: staff.speed * (trained ? TRAINING_LIFT.speed : 1),
      pressure: this.arrivals.pressure[dayIndex] ?? 1,
      holiday: day.holiday,
      installBoost: day.installBoost,
    });
    const final = tl.events[tl.events.length - 1] as number;
    const finished = final !== Infinity;
    const compensation =
      finished && type === 'complaint'
        ? compensate(rng, tier, category, PRODUCT_LINES[line]?.id ?? '', !!repeat)
        : null;
    const experience: Experience = {
      type,
      category,
      channel,
      breached: tl.firstResponse - created > 30 * MINUTE,
      reopens: (tl.events.length - 1) / 2,
      repeat: !!repeat,
      slow: final - created > (tier === 1 && type === 'complaint' ? 12 : SLOW_AFTER_H[type]) * HOUR,
      fcr: tl.fcr,
      compensated: !!compensation,
      vip,
      staffQuality: staff.quality + (trained ? TRAINING_LIFT.quality : 0),
    };
    const z = finished ? satisfaction(rng, experience) : 0;
    const callback = finished ? callbackAt(rng, type, final) : 0;
    const result = callback ? callbackResult(rng, z) : null;
    const closed = finished ? closedAt(rng, final, callback, result === 'unsatisfied') : Infinity;
    const answers = finished && final + DAY <= now ? survey(rng, z, experience) : null;
    const seen = observe(rng, tl, created, now, callback, closed);
    const settled = seen.resolved !== null && seen.resolved === final;

    if (type === 'complaint' && closed < now && rng.chance(z < -0.6 ? 0.2 : 0.02)) {
      const due = closed + Math.min(29 * DAY, Math.round(rng.lognormal(5 * DAY, 0.8)));
      if (due < now)
        this.repeats.push({ due, closedAt: closed, ticketId: id, customerId, category, line, productId });
    }

    const text: TextContext = {
      category,
      channel,
      line: PRODUCT_LINES[line]?.zh ?? '',
      model: this.catalog.model[productId] ?? '',
      tier,
      complaint: type === 'complaint',
      repeat: !!repeat,
      vip,
    };
    if (day.monthKey !== this.monthKey) {
      this.monthKey = day.monthKey;
      this.seq = 0;
    }
    this.seq++;

    out[at + C.id] = id;
    out[at + C.external_id] = `WO${day.monthKey}${String(this.seq).padStart(6, '0')}`;
    out[at + C.channel] = CHANNELS[channel];
    out[at + C.type] = type;
    out[at + C.category_id] = this.catalog.categoryId.get(category);
    out[at + C.tier] = tier;
    out[at + C.outlet_id] = outletId;
    out[at + C.team_id] = teamId;
    out[at + C.assignee_id] = seen.status === 'new' ? null : staff.id;
    out[at + C.customer_id] = customerId;
    out[at + C.product_id] = productId;
    out[at + C.subject] = subject(rng, text);
    out[at + C.description] = description(rng, text);
    out[at + C.status] = seen.status;
    out[at + C.created_at] = created;
    out[at + C.first_response_at] = seen.firstResponse;
    out[at + C.escalated_at] = seen.escalated;
    out[at + C.resolved_at] = seen.resolved;
    out[at + C.closed_at] = seen.status === 'closed' ? closed : null;
    out[at + C.resolution] =
      seen.resolved === null ? null : resolutionText(rng, text, settled ? compensation : null, seen.reopens);
    out[at + C.reopen_count] = seen.reopens;
    out[at + C.fcr] = seen.resolved === null ? null : tl.fcr && seen.reopens === 0 ? 1 : 0;
    out[at + C.compensation_type] = settled && compensation ? compensation.type : null;
    out[at + C.compensation_amount] = settled && compensation ? compensation.amount : null;
    out[at + C.callback_at] = settled && callback && callback <= now ? callback : null;
    out[at + C.callback_result] = settled && callback && callback <= now ? result : null;
    out[at + C.csat] = settled && answers ? answers.csat : null;
    out[at + C.nps] = settled && answers ? answers.nps : null;
    out[at + C.ces] = settled && answers ? answers.ces : null;
    out[at + C.repeat_of_id] = repeat ? repeat.ticketId : null;
    out[at + C.updated_at] = seen.last;
  }
}

/** Lookups from the rows written to categories and products. */
export function catalogIndex(products: readonly ProductRow[], categories: readonly CategoryRow[]): Catalog {
  const model = [''];
  for (const p of products) model[p.id] = p.code;
  const productsByLine = PRODUCT_LINES.map((line) => {
    const ids = products.filter((p) => p.line === line.id).map((p) => p.id);
    return new Weighted(ids.map((pid, rank) => [pid, 1 / Math.pow(rank + 1, 0.8)] as const));
  });
  return { categoryId: new Map(categories.map((c) => [c.code, c.id])), productsByLine, model };
}
