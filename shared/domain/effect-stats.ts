/**
 * Two-sample tests for "did the training move the trainees' KPIs": Welch's t-test for means (CSAT, first response)
 * and the two-proportion z-test for rates (first-contact resolution, repeat complaints). Pure functions, so core,
 * the CLI and the unit tests compute the same figures; differences are always `after − before`.
 */

export interface MeanSample {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator). */
  sd: number;
}

export interface RateSample {
  n: number;
  successes: number;
}

export interface TestResult {
  diff: number;
  /** Standard error of the difference (unpooled; the z-test's statistic uses the pooled one). */
  se: number;
  statistic: number;
  /** Welch–Satterthwaite degrees of freedom; null for the z-test. */
  df: number | null;
  /** Two-sided p-value. */
  p: number;
  ciLow: number;
  ciHigh: number;
}

/** Fewer observations than this per window and a test says nothing a manager should act on. */
export const MIN_SAMPLE = 30;
/** The usual condition for the normal approximation to a proportion: at least this many successes and failures. */
export const MIN_EVENTS = 5;
export const ALPHA = 0.05;
const Z_975 = 1.959963984540054;

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0]!;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz, as in Numerical Recipes §6.4). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom. */
export const tTwoSided = (t: number, df: number): number => incompleteBeta(df / (df + t * t), df / 2, 0.5);

/** The t value with P(|T| ≥ t) = `p` (bisection: the two-sided tail falls monotonically in t). */
export function tCritical(p: number, df: number): number {
  let lo = 0;
  let hi = 1e4;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (tTwoSided(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** erfc(x) for x ≥ 0 (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return t * Math.exp(poly);
}

/** P(|Z| ≥ |z|) for the standard normal. */
export const zTwoSided = (z: number): number => Math.min(1, erfc(Math.abs(z) / Math.SQRT2));

/** Welch's t-test of `after − before` with a 95 % confidence interval; null when there is no variation to test. */
export function welchTTest(before: MeanSample, after: MeanSample): TestResult | null {
  if (before.n < 2 || after.n < 2) return null;
  const vb = (before.sd * before.sd) / before.n;
  const va = (after.sd * after.sd) / after.n;
  const se = Math.sqrt(vb + va);
  if (!(se > 0)) return null;
  const diff = after.mean - before.mean;
  const df = (vb + va) ** 2 / ((vb * vb) / (before.n - 1) + (va * va) / (after.n - 1));
  const statistic = diff / se;
  const margin = tCritical(ALPHA, df) * se;
  return { diff, se, statistic, df, p: tTwoSided(statistic, df), ciLow: diff - margin, ciHigh: diff + margin };
}

/**
 * Two-proportion z-test of `after − before`: the statistic uses the pooled proportion (the null hypothesis says
 * the rates are equal), the 95 % interval the unpooled standard error (Wald), as textbooks teach both.
 */
export function twoProportionZTest(before: RateSample, after: RateSample): TestResult | null {
  if (before.n === 0 || after.n === 0) return null;
  const pb = before.successes / before.n;
  const pa = after.successes / after.n;
  const pooled = (before.successes + after.successes) / (before.n + after.n);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / before.n + 1 / after.n));
  if (!(pooledSe > 0)) return null;
  const diff = pa - pb;
  const se = Math.sqrt((pb * (1 - pb)) / before.n + (pa * (1 - pa)) / after.n);
  const statistic = diff / pooledSe;
  return { diff, se, statistic, df: null, p: zTwoSided(statistic), ciLow: diff - Z_975 * se, ciHigh: diff + Z_975 * se };
}

export const enoughForMeans = (before: MeanSample, after: MeanSample): boolean =>
  before.n >= MIN_SAMPLE && after.n >= MIN_SAMPLE;

export const enoughForRates = (before: RateSample, after: RateSample): boolean =>
  [before, after].every((s) => s.n >= MIN_SAMPLE && s.successes >= MIN_EVENTS && s.n - s.successes >= MIN_EVENTS);

/** Mean and sample standard deviation from a count, a sum and a sum of squares (as SQL aggregates give them). */
export function meanSample(n: number, sum: number, sumSquares: number): MeanSample {
  if (n === 0) return { n, mean: 0, sd: 0 };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSquares - n * mean * mean) / (n - 1)) : 0;
  return { n, mean, sd: Math.sqrt(variance) };
}

export type EffectVerdict = 'improved' | 'worsened' | 'no_change' | 'not_enough_data';

/** What a manager reads: a significant move in the KPI's good direction, the bad one, or no evidence either way. */
export function effectVerdict(result: TestResult | null, enough: boolean, better: 'higher' | 'lower'): EffectVerdict {
  if (!enough || result === null) return 'not_enough_data';
  if (result.p >= ALPHA) return 'no_change';
  return (result.diff > 0) === (better === 'higher') ? 'improved' : 'worsened';
}
