import type { Department, TicketStatus, TicketType } from '../../../shared/domain/enums.ts';
import { DAY, HOUR, MINUTE, localDayStart, localHour } from './calendar.ts';
import type { Rng } from './rng.ts';

/**
 * When each event of a ticket happens. Durations are lognormal (most cases quick, a long tail of slow ones) and
 * depend on channel, tier, type, the assignee's speed and how busy the day is.
 */

export interface TimelineInput {
  created: number;
  channel: number; // index in CHANNELS
  type: TicketType;
  tier: number;
  category: string;
  vip: boolean;
  department: Department;
  speed: number;
  pressure: number;
  holiday: number;
  installBoost: number;
}

export interface Timeline {
  firstResponse: number;
  /** 0 when the ticket was never escalated. */
  escalated: number;
  /** Each resolution, then the reopen that undid it: [resolved, reopened, resolved, …]; Infinity while stuck. */
  events: number[];
  fcr: boolean;
  waitingParts: boolean;
  stuck: boolean;
}

// By channel, in CHANNELS order: phone, chat, app, web, email, social, walk_in, onsite.
const RESPONSE_MEDIAN_MIN = [1.2, 1.5, 8, 14, 100, 18, 4, 1];
const RESPONSE_SIGMA = [1.25, 1, 1.1, 1.1, 0.8, 1.1, 0.7, 0.4];
/** Staffed hours [from, to) per channel; the hotline runs all night with a thin crew. */
const STAFFED: readonly (readonly [number, number])[] = [
  [0, 24],
  [8, 22],
  [8, 21],
  [8, 21],
  [9, 18],
  [8, 22],
  [0, 24],
  [0, 24],
];
const TIER_RESPONSE = [1, 0.5, 0.75, 1, 1.2];
const ESCALATION_RATE = [0, 0.8, 0.35, 0.04, 0.005];
const ESCALATION_MEDIAN_MIN = [0, 35, 90, 240, 480];
const COMPLAINT_RESOLUTION_H = [0, 8, 20, 34, 48];
const STUCK_RATE = 0.012;

function firstResponse(rng: Rng, t: TimelineInput): number {
  const [from, to] = STAFFED[t.channel] ?? [0, 24];
  const hour = localHour(t.created);
  let wait = 0;
  if (hour < from || hour >= to) {
    const opens = localDayStart(t.created) + (hour < from ? 0 : DAY) + from * HOUR;
    wait = opens - t.created + rng.lognormal(20 * MINUTE, 0.9);
  }
  const night = t.channel === 0 && (hour >= 22 || hour < 8) ? 2 : 1;
  const median =
    (RESPONSE_MEDIAN_MIN[t.channel] ?? 10) *
    MINUTE *
    (TIER_RESPONSE[t.tier] ?? 1) *
    (t.vip ? 0.7 : 1) *
    t.speed *
    night *
    Math.pow(t.pressure, 0.8);
  const delay = wait + rng.lognormal(median, RESPONSE_SIGMA[t.channel] ?? 1);
  return t.created + Math.max(5_000, Math.round(delay));
}

/** Time from creation to the first resolution, and whether it took one contact or visit. */
function resolution(
  rng: Rng,
  t: TimelineInput,
  fr: number,
): { at: number; fcr: boolean; waitingParts: boolean } {
  let hours: number;
  let fcr: boolean;
  let waitingParts = false;
  const onsite = t.department === 'onsite_repair';
  switch (t.type) {
    case 'inquiry':
      fcr = rng.chance(0.92);
      if (fcr) return { at: fr + Math.round(rng.lognormal(6 * MINUTE, 0.7)), fcr, waitingParts };
      hours = rng.lognormal(20, 0.9);
      break;
    case 'repair':
      if (!onsite) {
        fcr = rng.chance(0.7);
        if (fcr) return { at: fr + Math.round(rng.lognormal(25 * MINUTE, 0.8)), fcr, waitingParts };
        hours = rng.lognormal(26, 0.8);
        break;
      }
      fcr = rng.chance(0.8);
      hours = rng.lognormal(28, 0.75) * (fcr ? 1 : 1.8 + rng.next());
      waitingParts = !fcr && rng.chance(0.35);
      if (waitingParts) hours += rng.lognormal(96, 0.6);
      break;
    case 'installation':
      fcr = rng.chance(0.92);
      hours = rng.lognormal(30, 0.6) * Math.pow(t.installBoost, 0.7) * (fcr ? 1 : 1.6);
      break;
    case 'complaint':
      fcr = rng.chance(0.5);
      hours = rng.lognormal(COMPLAINT_RESOLUTION_H[t.tier] ?? 34, 0.9) * (fcr ? 1 : 1.4);
      waitingParts = t.category === 'parts.out_of_stock';
      if (waitingParts) hours *= 3;
      break;
    default:
      fcr = rng.chance(0.96);
      hours = rng.lognormal(28, 1);
  }
  hours *= t.speed * (t.vip ? 0.85 : 1);
  // Technicians are away over the Spring Festival: onsite work waits until they are back.
  if (t.holiday < 0.5 && (onsite || t.type === 'installation')) hours += 72;
  return { at: Math.max(fr + MINUTE, t.created + Math.round(hours * HOUR)), fcr, waitingParts };
}

export function timeline(rng: Rng, t: TimelineInput): Timeline {
  const fr = firstResponse(rng, t);
  let escalated = 0;
  if (rng.chance(ESCALATION_RATE[t.tier] ?? 0)) {
    escalated = fr + Math.round(rng.lognormal((ESCALATION_MEDIAN_MIN[t.tier] ?? 60) * MINUTE, 0.8));
  }
  const stuck = rng.chance(STUCK_RATE);
  if (stuck)
    return { firstResponse: fr, escalated, events: [Infinity], fcr: false, waitingParts: false, stuck };
  const first = resolution(rng, t, fr);
  let resolved = Math.max(first.at, escalated + 5 * MINUTE);
  const events = [resolved];
  const reopenRate = 0.025 + (first.fcr ? 0 : 0.08) + (t.type === 'complaint' ? 0.04 : 0);
  if (rng.chance(reopenRate)) {
    const times = rng.chance(0.85) ? 1 : 2;
    for (let i = 0; i < times; i++) {
      const reopened = resolved + Math.round(rng.lognormal(36 * HOUR, 0.8));
      resolved = reopened + Math.round(rng.lognormal(18 * HOUR, 0.8) * t.speed);
      events.push(reopened, resolved);
    }
  }
  return {
    firstResponse: fr,
    escalated,
    events,
    fcr: first.fcr && events.length === 1,
    waitingParts: first.waitingParts,
    stuck,
  };
}

/** Share of resolved tickets that get a satisfaction callback (回访), by type. */
const CALLBACK_RATE: Partial<Record<TicketType, number>> = {
  complaint: 0.97,
  repair: 0.9,
  installation: 0.85,
  inquiry: 0.35,
};

/** The callback (回访), usually within 72 h of the resolution and always inside calling hours (9–20 local); 0 if none. */
export function callbackAt(rng: Rng, type: TicketType, resolved: number): number {
  if (!rng.chance(CALLBACK_RATE[type] ?? 0.6)) return 0;
  let at = resolved + Math.round(rng.lognormal(18 * HOUR, 0.75));
  const hour = localHour(at);
  if (hour < 9 || hour >= 20) {
    at = localDayStart(at) + (hour < 9 ? 0 : DAY) + 9 * HOUR + Math.round(rng.next() * 2 * HOUR);
  }
  return at;
}

/** Closed after the callback; an unhappy callback goes to a senior specialist's second follow-up first (seed 004). */
export function closedAt(rng: Rng, resolved: number, callback: number, unhappy: boolean): number {
  if (!callback) return resolved + 3 * DAY + Math.round(rng.next() * DAY); // auto-closed when nobody objects
  return callback + Math.round(unhappy ? rng.lognormal(30 * HOUR, 0.6) : rng.lognormal(15 * MINUTE, 0.6));
}

export interface Observed {
  status: TicketStatus;
  firstResponse: number | null;
  escalated: number | null;
  resolved: number | null;
  reopens: number;
  /** The latest event before `now` (updated_at). */
  last: number;
}

/** What the record shows at `now`: events after it have not happened yet. */
export function observe(
  rng: Rng,
  t: Timeline,
  created: number,
  now: number,
  callback: number,
  closed: number,
): Observed {
  if (t.firstResponse > now)
    return { status: 'new', firstResponse: null, escalated: null, resolved: null, reopens: 0, last: created };
  const escalated = t.escalated && t.escalated <= now ? t.escalated : null;
  let last = Math.max(t.firstResponse, escalated ?? 0);
  // events alternate resolved / reopened; find how far the ticket got
  let k = 0;
  while (k < t.events.length && (t.events[k] as number) <= now) k++;
  const reopens = Math.floor(k / 2);
  if (k > 0) last = Math.max(last, t.events[k - 1] as number);
  if (k === t.events.length) {
    const resolved = t.events[k - 1] as number;
    if (callback && callback <= now) last = Math.max(last, callback);
    const status: TicketStatus = closed <= now ? 'closed' : 'resolved';
    if (status === 'closed') last = closed;
    return { status, firstResponse: t.firstResponse, escalated, resolved, reopens, last };
  }
  if (k % 2 === 1)
    return {
      status: 'resolved',
      firstResponse: t.firstResponse,
      escalated,
      resolved: t.events[k - 1] as number,
      reopens,
      last,
    };
  if (k > 0)
    return { status: 'reopened', firstResponse: t.firstResponse, escalated, resolved: null, reopens, last };
  let status: TicketStatus;
  if (t.waitingParts) status = 'on_hold';
  else if (t.stuck) status = rng.chance(0.5) ? 'pending_customer' : 'on_hold';
  else if (now - t.firstResponse < 2 * HOUR) status = 'assigned';
  else {
    const u = rng.next();
    status = u < 0.75 ? 'in_progress' : u < 0.95 ? 'pending_customer' : 'on_hold';
  }
  return { status, firstResponse: t.firstResponse, escalated, resolved: null, reopens, last };
}
