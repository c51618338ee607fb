import { measureClock, type ClockResult, type Pause, type Target } from './clock.ts';
import type { WorkingTimeline } from './timeline.ts';

/** The ticket facts the two clocks depend on. */
export interface ClockFacts {
  tier: number;
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  status: string;
  updatedAt: number;
  /** Rows of ticket_pauses, any order. */
  pauses: readonly Pause[];
}

/** What is stored on the ticket row (migration 002 explains each column). */
export interface SlaColumns {
  responseDueAt: number | null;
  resolutionDueAt: number | null;
  responseWarnAt: number | null;
  resolutionWarnAt: number | null;
  responseMs: number | null;
  resolutionMs: number | null;
  responseBreached: 0 | 1 | null;
  resolutionBreached: 0 | 1 | null;
}

export interface MeasureContext {
  timeline: WorkingTimeline;
  pauseStatuses: ReadonlySet<string>;
  /** settings.escalationThreshold: share of a target after which a running clock is flagged. */
  threshold: number;
}

/**
 * The response clock stops at the first response; a ticket resolved or closed without a recorded first response was
 * answered by then at the latest. The resolution clock stops at the resolution (or the closure when no resolution
 * time was recorded). A reopened ticket has its resolved_at cleared, so its resolution clock runs again.
 */
export const responseStop = (t: ClockFacts): number | null => t.firstResponseAt ?? t.resolvedAt ?? t.closedAt;
export const resolutionStop = (t: ClockFacts): number | null => t.resolvedAt ?? t.closedAt;

/**
 * Pauses of a ticket. A ticket standing in a pause status without an open pause row (imported or generated in that
 * status: no history tells when it began) is taken as paused since its last change, the latest instant we know it
 * was in that status.
 */
export function effectivePauses(t: ClockFacts, pauseStatuses: ReadonlySet<string>): readonly Pause[] {
  if (!pauseStatuses.has(t.status) || t.pauses.some((p) => p.end === null)) return t.pauses;
  return [...t.pauses, { start: Math.max(t.updatedAt, t.createdAt), end: null }];
}

/**
 * Pauses that matter to one clock: a stopped clock ignores pauses that began after it stopped, and a pause still open
 * when it stopped counts up to the stop, so a stopped clock always has a due instant.
 */
export function pausesBefore(pauses: readonly Pause[], stop: number | null): readonly Pause[] {
  if (stop === null || pauses.length === 0) return pauses;
  return pauses.filter((p) => p.start < stop).map((p) => (p.end === null ? { start: p.start, end: stop } : p));
}

export interface LiveClocks {
  response: ClockResult;
  resolution: ClockResult;
}

/** Both clocks of a ticket at `now`, as the ticket page shows them. */
export function measureLive(targets: { response: Target; resolution: Target }, ctx: MeasureContext, t: ClockFacts, now: number): LiveClocks {
  const pauses = effectivePauses(t, ctx.pauseStatuses);
  const rStop = responseStop(t);
  const sStop = resolutionStop(t);
  return {
    response: measureClock(targets.response, ctx.timeline, t.createdAt, rStop, now, pausesBefore(pauses, rStop)),
    resolution: measureClock(targets.resolution, ctx.timeline, t.createdAt, sStop, now, pausesBefore(pauses, sStop)),
  };
}

/**
 * A clock measured without a current time: a running clock is measured up to the far future, so an open pause keeps
 * it standing (no due instant) and an un-paused one gets its due instant; its elapsed time is not used.
 */
const FAR_FUTURE = 8.64e15;
const clock = (target: Target, ctx: MeasureContext, start: number, stop: number | null, pauses: readonly Pause[]): ClockResult =>
  measureClock(target, ctx.timeline, start, stop, stop ?? FAR_FUTURE, pausesBefore(pauses, stop));

const rounded = (x: number | null): number | null => (x === null ? null : Math.round(x));

/** The instant a share of the target is used up (the escalation flag's moment), pauses included. */
const warnAt = (target: Target, ctx: MeasureContext, start: number, stop: number | null, pauses: readonly Pause[]): number | null =>
  rounded(clock({ minutes: target.minutes * ctx.threshold, basis: target.basis }, ctx, start, stop, pauses).dueAt);

/**
 * The stored SLA columns. They do not depend on the current time: stopped clocks store their verdict, running ones
 * their due and warning instants, which queries compare with the time of the query.
 */
export function measureStored(targets: { response: Target; resolution: Target }, ctx: MeasureContext, t: ClockFacts): SlaColumns {
  const pauses = effectivePauses(t, ctx.pauseStatuses);
  const rStop = responseStop(t);
  const sStop = resolutionStop(t);
  const r = clock(targets.response, ctx, t.createdAt, rStop, pauses);
  const s = clock(targets.resolution, ctx, t.createdAt, sStop, pauses);
  return {
    responseDueAt: rounded(r.dueAt),
    resolutionDueAt: rounded(s.dueAt),
    responseWarnAt: warnAt(targets.response, ctx, t.createdAt, rStop, pauses),
    resolutionWarnAt: warnAt(targets.resolution, ctx, t.createdAt, sStop, pauses),
    responseMs: rStop === null ? null : Math.round(r.elapsedMs),
    resolutionMs: sStop === null ? null : Math.round(s.elapsedMs),
    responseBreached: rStop === null ? null : r.breached ? 1 : 0,
    resolutionBreached: sStop === null ? null : s.breached ? 1 : 0,
  };
}
