/**
 * Control limits of Shewhart charts: p-chart with variable subgroup sizes, X̄-R and individuals / moving range.
 * Pure functions; `baseline[i]` says which subgroups the limits are estimated from (a chosen stable period), the
 * other subgroups are only plotted against them.
 *
 * Constants: Montgomery, "Introduction to Statistical Quality Control" (6th ed.), Appendix Table VI, subgroup sizes
 * 2–10 (A2 = 3 / (d2·√n), D3 = max(0, 1 − 3·d3/d2), D4 = 1 + 3·d3/d2).
 */
export interface SpcConstants {
  A2: number;
  d2: number;
  d3: number;
  D3: number;
  D4: number;
}

export const SPC_CONSTANTS: Readonly<Record<number, SpcConstants>> = {
  2: { A2: 1.88, d2: 1.128, d3: 0.853, D3: 0, D4: 3.267 },
  3: { A2: 1.023, d2: 1.693, d3: 0.888, D3: 0, D4: 2.574 },
  4: { A2: 0.729, d2: 2.059, d3: 0.88, D3: 0, D4: 2.282 },
  5: { A2: 0.577, d2: 2.326, d3: 0.864, D3: 0, D4: 2.114 },
  6: { A2: 0.483, d2: 2.534, d3: 0.848, D3: 0, D4: 2.004 },
  7: { A2: 0.419, d2: 2.704, d3: 0.833, D3: 0.076, D4: 1.924 },
  8: { A2: 0.373, d2: 2.847, d3: 0.82, D3: 0.136, D4: 1.864 },
  9: { A2: 0.337, d2: 2.97, d3: 0.808, D3: 0.184, D4: 1.816 },
  10: { A2: 0.308, d2: 3.078, d3: 0.797, D3: 0.223, D4: 1.777 },
};

/** Limits of the plotted statistic per subgroup (constant except in the p-chart), with the sigma the rules use. */
export interface Limits {
  center: number | null;
  ucl: (number | null)[];
  lcl: (number | null)[];
  /** One standard deviation of the statistic at each subgroup (zones of the run rules). */
  sigma: (number | null)[];
}

const inBaseline = (baseline: readonly boolean[] | undefined, i: number) => baseline?.[i] ?? true;
const repeat = <T>(n: number, v: T): T[] => Array.from({ length: n }, () => v);

/**
 * p-chart: fraction nonconforming per subgroup, p̄ = Σ defects ÷ Σ n over the baseline, limits
 * p̄ ± 3·√(p̄(1 − p̄)/nᵢ) for each subgroup's own size, the lower one cut at 0. Empty subgroups get no limits.
 */
export function pChart(
  groups: readonly { defects: number; n: number }[],
  baseline?: readonly boolean[],
): Limits & { values: (number | null)[] } {
  let defects = 0;
  let total = 0;
  groups.forEach((g, i) => {
    if (inBaseline(baseline, i)) {
      defects += g.defects;
      total += g.n;
    }
  });
  const values = groups.map((g) => (g.n > 0 ? g.defects / g.n : null));
  if (total === 0) {
    const none = repeat<number | null>(groups.length, null);
    return { values, center: null, ucl: none, lcl: [...none], sigma: [...none] };
  }
  const p = defects / total;
  const sigma = groups.map((g) => (g.n > 0 ? Math.sqrt((p * (1 - p)) / g.n) : null));
  return {
    values,
    center: p,
    sigma,
    ucl: sigma.map((s) => (s === null ? null : Math.min(1, p + 3 * s))),
    lcl: sigma.map((s) => (s === null ? null : Math.max(0, p - 3 * s))),
  };
}

export interface RangeChart {
  values: (number | null)[];
  center: number | null;
  ucl: number | null;
  lcl: number | null;
}

/**
 * X̄-R chart of subgroups of equal size n (2–10): X̿ ± A2·R̄ for the means, D3·R̄ … D4·R̄ for the ranges. A subgroup
 * of another size is plotted as missing (null).
 */
export function xbarRChart(
  subgroups: readonly (readonly number[])[],
  n: number,
  baseline?: readonly boolean[],
): { xbar: Limits & { values: (number | null)[] }; range: RangeChart } {
  const k = SPC_CONSTANTS[n];
  if (!k) throw new RangeError(`subgroup size ${n} is outside 2–10`);
  const full = subgroups.map((g) => g.length === n);
  const means = subgroups.map((g, i) => (full[i] ? g.reduce((a, b) => a + b, 0) / n : null));
  const ranges = subgroups.map((g, i) => (full[i] ? Math.max(...g) - Math.min(...g) : null));
  const base = means.flatMap((m, i) => (m !== null && inBaseline(baseline, i) ? [i] : []));
  const count = subgroups.length;
  if (base.length === 0) {
    const none = repeat<number | null>(count, null);
    return {
      xbar: { values: means, center: null, ucl: none, lcl: [...none], sigma: [...none] },
      range: { values: ranges, center: null, ucl: null, lcl: null },
    };
  }
  const xbarbar = base.reduce((s, i) => s + (means[i] as number), 0) / base.length;
  const rbar = base.reduce((s, i) => s + (ranges[i] as number), 0) / base.length;
  const sigma = rbar / (k.d2 * Math.sqrt(n));
  return {
    xbar: {
      values: means,
      center: xbarbar,
      ucl: repeat(count, xbarbar + k.A2 * rbar),
      lcl: repeat(count, xbarbar - k.A2 * rbar),
      sigma: repeat(count, sigma),
    },
    range: { values: ranges, center: rbar, ucl: k.D4 * rbar, lcl: k.D3 * rbar },
  };
}

/**
 * Individuals and moving-range chart: X̄ ± 3·MR̄/d2 (d2 = 1.128 for moving ranges of two), MR chart up to
 * D4·MR̄ = 3.267·MR̄. Missing values break the moving range (no range across a gap).
 */
export function imrChart(
  values: readonly (number | null)[],
  baseline?: readonly boolean[],
): { individuals: Limits & { values: (number | null)[] }; movingRange: RangeChart } {
  const k = SPC_CONSTANTS[2] as SpcConstants;
  const mr = values.map((v, i) => {
    const prev = i > 0 ? values[i - 1] : null;
    return v === null || prev === null || prev === undefined ? null : Math.abs(v - prev);
  });
  const count = values.length;
  const xs = values.flatMap((v, i) => (v !== null && inBaseline(baseline, i) ? [v] : []));
  const mrs = mr.flatMap((v, i) => (v !== null && inBaseline(baseline, i) && inBaseline(baseline, i - 1) ? [v] : []));
  if (xs.length === 0 || mrs.length === 0) {
    const none = repeat<number | null>(count, null);
    return {
      individuals: { values: [...values], center: null, ucl: none, lcl: [...none], sigma: [...none] },
      movingRange: { values: mr, center: null, ucl: null, lcl: null },
    };
  }
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const mrbar = mrs.reduce((a, b) => a + b, 0) / mrs.length;
  const sigma = mrbar / k.d2;
  return {
    individuals: {
      values: [...values],
      center: mean,
      ucl: repeat(count, mean + 3 * sigma),
      lcl: repeat(count, mean - 3 * sigma),
      sigma: repeat(count, sigma),
    },
    movingRange: { values: mr, center: mrbar, ucl: k.D4 * mrbar, lcl: 0 },
  };
}
