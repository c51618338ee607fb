/**
 * Run rules that flag a process out of statistical control, on points expressed in sigmas from the centre line
 * (z = (x − centre) / σ, so a p-chart's varying limits need no special case). Missing points (null) are skipped:
 * runs are counted over the points that exist.
 *
 * Western Electric rules (Western Electric Statistical Quality Control Handbook, 1956; as listed in Montgomery,
 * Introduction to Statistical Quality Control, §5.3.6):
 *   we1 one point beyond 3σ · we2 two of three consecutive beyond 2σ on one side · we3 four of five beyond 1σ on one
 *   side · we4 eight consecutive on one side.
 * Nelson rules (L. S. Nelson, "The Shewhart Control Chart — Tests for Special Causes", JQT 16(4), 1984):
 *   nelson1 beyond 3σ · nelson2 nine in a row on one side · nelson3 six in a row steadily increasing or decreasing ·
 *   nelson4 fourteen in a row alternating up and down · nelson5 two of three beyond 2σ on one side · nelson6 four of
 *   five beyond 1σ on one side · nelson7 fifteen in a row within 1σ · nelson8 eight in a row beyond 1σ, either side.
 */
export const RULE_SETS = ['western_electric', 'nelson'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

export const WE_RULES = ['we1', 'we2', 'we3', 'we4'] as const;
export const NELSON_RULES = [
  'nelson1',
  'nelson2',
  'nelson3',
  'nelson4',
  'nelson5',
  'nelson6',
  'nelson7',
  'nelson8',
] as const;
export type SpcRule = (typeof WE_RULES)[number] | (typeof NELSON_RULES)[number];

/** A rule broken at a point: `index` is the point that completes the pattern, `points` every point of it. */
export interface Violation {
  rule: SpcRule;
  index: number;
  points: number[];
}

type Check = (z: readonly number[], end: number) => number | null;

/** `count` of the last `window` points beyond `limit` sigmas on one side: the window's length if so. */
const kOfWindow =
  (count: number, window: number, limit: number): Check =>
  (z, end) => {
    if (end + 1 < window) return null;
    const last = z.slice(end + 1 - window, end + 1);
    // the completing point itself must be one of them, or the same pattern would be flagged twice
    const self = z[end] as number;
    for (const side of [1, -1]) {
      if (self * side <= limit) continue;
      if (last.filter((v) => v * side > limit).length >= count) return window;
    }
    return null;
  };

/** The last `length` points all satisfy `test`; a longer run is flagged again at each point that continues it. */
const run =
  (length: number, test: (z: readonly number[], i: number) => boolean): Check =>
  (z, end) => {
    if (end + 1 < length) return null;
    for (let i = end + 1 - length; i <= end; i++) if (!test(z, i)) return null;
    return length;
  };

const sameSide = (length: number): Check => {
  const above = run(length, (z, i) => (z[i] as number) > 0);
  const below = run(length, (z, i) => (z[i] as number) < 0);
  return (z, end) => above(z, end) ?? below(z, end);
};

const trend = (length: number): Check => {
  // `length` points steadily rising or falling: length − 1 consecutive differences of one sign
  const up = run(length - 1, (z, i) => i > 0 && (z[i] as number) > (z[i - 1] as number));
  const down = run(length - 1, (z, i) => i > 0 && (z[i] as number) < (z[i - 1] as number));
  return (z, end) => (up(z, end) ?? down(z, end)) === null ? null : length;
};

const alternating = (length: number): Check =>
  run(length - 2, (z, i) => {
    if (i < 2) return false;
    const a = (z[i - 1] as number) - (z[i - 2] as number);
    const b = (z[i] as number) - (z[i - 1] as number);
    return a * b < 0;
  });

const beyond3: Check = (z, end) => (Math.abs(z[end] as number) > 3 ? 1 : null);

const CHECKS: Record<SpcRule, Check> = {
  we1: beyond3,
  we2: kOfWindow(2, 3, 2),
  we3: kOfWindow(4, 5, 1),
  we4: sameSide(8),
  nelson1: beyond3,
  nelson2: sameSide(9),
  nelson3: trend(6),
  nelson4: (z, end) => (alternating(14)(z, end) === null ? null : 14),
  nelson5: kOfWindow(2, 3, 2),
  nelson6: kOfWindow(4, 5, 1),
  nelson7: run(15, (z, i) => Math.abs(z[i] as number) < 1),
  nelson8: run(8, (z, i) => Math.abs(z[i] as number) > 1),
};

export const rulesOf = (set: RuleSet): readonly SpcRule[] => (set === 'nelson' ? NELSON_RULES : WE_RULES);

/** Every violation of a rule set over points in sigmas (null: missing), indexes into the original sequence. */
export function findViolations(z: readonly (number | null)[], set: RuleSet): Violation[] {
  const present = z.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [i]));
  const values = present.map((i) => z[i] as number);
  const out: Violation[] = [];
  for (const rule of rulesOf(set)) {
    const check = CHECKS[rule];
    for (let end = 0; end < values.length; end++) {
      const span = check(values, end);
      if (span === null) continue;
      const points = present.slice(end + 1 - span, end + 1);
      out.push({ rule, index: present[end] as number, points });
    }
  }
  return out;
}

/** Points in sigmas from the centre line; null where a point, its sigma or the centre is missing or sigma is 0. */
export function toSigmas(
  values: readonly (number | null)[],
  center: number | null,
  sigma: readonly (number | null)[],
): (number | null)[] {
  return values.map((v, i) => {
    const s = sigma[i];
    return v === null || center === null || s === null || s === undefined || s === 0 ? null : (v - center) / s;
  });
}
