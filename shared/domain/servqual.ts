/**
 * SERVQUAL (Parasuraman, Zeithaml & Berry 1988): 22 items in five dimensions, each answered twice on a 1–7 scale —
 * what the customer expects of an excellent service provider and what they perceive of this one. Gap = P − E: a
 * negative gap is a shortfall. Item wording lives in the catalogs (shared/i18n/surveys, `servqual.items`).
 */

export const SERVQUAL_DIMENSIONS = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];

export const SERVQUAL_SCALE = { min: 1, max: 7 } as const;
export const SERVQUAL_ITEM_COUNT = 22;

/** Items 1–4 tangibles, 5–9 reliability, 10–13 responsiveness, 14–17 assurance, 18–22 empathy (the 1988 order). */
export const SERVQUAL_ITEMS: readonly { item: number; dimension: ServqualDimension }[] = Array.from(
  { length: SERVQUAL_ITEM_COUNT },
  (_, i) => {
    const item = i + 1;
    const dimension: ServqualDimension =
      item <= 4 ? 'tangibles' : item <= 9 ? 'reliability' : item <= 13 ? 'responsiveness' : item <= 17 ? 'assurance' : 'empathy';
    return { item, dimension };
  },
);

export const dimensionOf = (item: number): ServqualDimension => {
  const found = SERVQUAL_ITEMS[item - 1];
  if (!found) throw new RangeError(`no SERVQUAL item ${item}`);
  return found.dimension;
};

/** One item's answers summed over the questionnaires of a period (SQL sums them). */
export interface ServqualItemSums {
  item: number;
  n: number;
  sumExpectation: number;
  sumPerception: number;
}

export interface ServqualItemGap {
  item: number;
  dimension: ServqualDimension;
  n: number;
  expectation: number | null;
  perception: number | null;
  gap: number | null;
}

export interface ServqualDimensionGap {
  dimension: ServqualDimension;
  expectation: number | null;
  perception: number | null;
  gap: number | null;
}

/** Two decimals, never −0. */
const round2 = (v: number): number => Math.round(v * 100) / 100 || 0;
const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/** Gap of one answer pair. */
export const itemGap = (expectation: number, perception: number): number => perception - expectation;

/** Mean expectation, perception and gap per item; an item nobody answered has nulls. Every item is listed. */
export function itemGaps(sums: readonly ServqualItemSums[]): ServqualItemGap[] {
  const byItem = new Map(sums.map((s) => [s.item, s]));
  return SERVQUAL_ITEMS.map(({ item, dimension }) => {
    const s = byItem.get(item);
    if (!s || s.n === 0) return { item, dimension, n: 0, expectation: null, perception: null, gap: null };
    const e = s.sumExpectation / s.n;
    const p = s.sumPerception / s.n;
    return { item, dimension, n: s.n, expectation: round2(e), perception: round2(p), gap: round2(p - e) };
  });
}

/** Exact (unrounded) mean expectation and perception of each dimension's answered items. */
function dimensionMeans(sums: readonly ServqualItemSums[]): { dimension: ServqualDimension; e: number | null; p: number | null }[] {
  const byItem = new Map(sums.filter((s) => s.n > 0).map((s) => [s.item, s]));
  return SERVQUAL_DIMENSIONS.map((dimension) => {
    const items = SERVQUAL_ITEMS.filter((i) => i.dimension === dimension).flatMap((i) => {
      const s = byItem.get(i.item);
      return s ? [{ e: s.sumExpectation / s.n, p: s.sumPerception / s.n }] : [];
    });
    return { dimension, e: mean(items.map((x) => x.e)), p: mean(items.map((x) => x.p)) };
  });
}

/**
 * A dimension's scores are the unweighted mean of its items' means (the usual SERVQUAL scoring, so a dimension with
 * five items does not outweigh one with four when they are compared). Rounded once, at the end.
 */
export function dimensionGaps(sums: readonly ServqualItemSums[]): ServqualDimensionGap[] {
  return dimensionMeans(sums).map(({ dimension, e, p }) => ({
    dimension,
    expectation: e === null ? null : round2(e),
    perception: p === null ? null : round2(p),
    gap: e === null || p === null ? null : round2(p - e),
  }));
}

/** Unweighted mean of the five dimension gaps; null when a dimension has no answers. */
export function overallGap(sums: readonly ServqualItemSums[]): number | null {
  const dims = dimensionMeans(sums);
  if (dims.some((d) => d.e === null || d.p === null)) return null;
  return round2(mean(dims.map((d) => d.p! - d.e!))!);
}
