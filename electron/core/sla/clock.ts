import type { WorkingTimeline } from './timeline.ts';

export type TimeBasis = 'calendar' | 'business';

export interface Target {
  minutes: number;
  basis: TimeBasis;
}

/** Intervals during which the clock stands still (statuses such as pending customer); end null = still paused. */
export interface Pause {
  start: number;
  end: number | null;
}

export interface ClockResult {
  dueAt: number | null;
  /** Counted ms from start to `stoppedAt` (or to `now` while running), pauses excluded. */
  elapsedMs: number;
  breached: boolean;
  /** How far past the target: counted ms beyond it, 0 when within. */
  breachMs: number;
  /** Counted ms left for a running clock (negative once breached); null when stopped. */
  remainingMs: number | null;
  /** Share of the target used, for escalation thresholds (e.g. ≥ 0.8). */
  used: number;
}

const MINUTE = 60_000;

/** Counted time between two instants under a basis. */
const span = (basis: TimeBasis, timeline: WorkingTimeline, a: number, b: number): number =>
  b <= a ? 0 : basis === 'calendar' ? b - a : timeline.between(a, b);

const advance = (basis: TimeBasis, timeline: WorkingTimeline, t: number, ms: number): number | null =>
  basis === 'calendar' ? t + ms : timeline.add(t, ms);

/**
 * One SLA clock (first response or resolution): counted time from `start` until `stoppedAt` or `now`, with pauses
 * removed, and the due instant at which the target is used up.
 */
export function measureClock(
  target: Target,
  timeline: WorkingTimeline,
  start: number,
  stoppedAt: number | null,
  now: number,
  pauses: readonly Pause[] = [],
): ClockResult {
  const targetMs = target.minutes * MINUTE;
  const end = stoppedAt ?? now;
  const sorted = [...pauses].filter((p) => (p.end ?? end) > start).sort((a, b) => a.start - b.start);

  let elapsed = 0;
  let cursor = start;
  let dueAt: number | null = null;
  let remaining = targetMs;
  for (const pause of sorted) {
    const pStart = Math.max(pause.start, start);
    const pEnd = pause.end ?? Number.POSITIVE_INFINITY;
    if (pStart > cursor) {
      const chunk = span(target.basis, timeline, cursor, pStart);
      if (dueAt === null && chunk >= remaining) dueAt = advance(target.basis, timeline, cursor, remaining);
      if (dueAt === null) remaining -= chunk;
      elapsed += span(target.basis, timeline, cursor, Math.min(pStart, end));
    }
    cursor = Math.max(cursor, pEnd);
    if (cursor >= end) break;
  }
  if (cursor < end) elapsed += span(target.basis, timeline, cursor, end);
  if (dueAt === null && Number.isFinite(cursor)) dueAt = advance(target.basis, timeline, cursor, remaining);

  const breachMs = Math.max(0, elapsed - targetMs);
  return {
    dueAt,
    elapsedMs: elapsed,
    breached: elapsed > targetMs,
    breachMs,
    remainingMs: stoppedAt === null ? targetMs - elapsed : null,
    used: targetMs > 0 ? elapsed / targetMs : 0,
  };
}
