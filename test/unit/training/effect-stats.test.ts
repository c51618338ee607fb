import { describe, expect, it } from 'vitest';
import {
  effectVerdict,
  enoughForMeans,
  enoughForRates,
  meanSample,
  tCritical,
  tTwoSided,
  twoProportionZTest,
  welchTTest,
  zTwoSided,
} from '../../../shared/domain/effect-stats.ts';

const sampleOf = (xs: number[]) => {
  const sum = xs.reduce((a, b) => a + b, 0);
  return meanSample(xs.length, sum, xs.reduce((a, b) => a + b * b, 0));
};

describe("Welch's t-test", () => {
  // The worked example of Wikipedia's "Welch's t-test" article (example 1, two samples of 15): it publishes
  // t = −2.46, ν = 25.0 and p = 0.021. Hand-computed from the same data: means 20.82 and 22.9867, standard
  // deviations 2.8049 and 1.9526, so s²/n = 0.52450 and 0.25418, SE = √0.77868 = 0.88243, t = −2.16667 / 0.88243
  // = −2.45536 and ν = 0.77868² / (0.52450²/14 + 0.25418²/14) = 24.9885.
  const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
  const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];

  it('matches the published statistic, degrees of freedom and p-value', () => {
    const before = sampleOf(a2);
    const after = sampleOf(a1);
    expect(before.mean).toBeCloseTo(22.98667, 4);
    expect(after.sd).toBeCloseTo(2.80489, 4);
    const r = welchTTest(before, after)!;
    expect(r.diff).toBeCloseTo(-2.16667, 4);
    expect(r.se).toBeCloseTo(0.88243, 4);
    expect(r.statistic).toBeCloseTo(-2.45536, 4);
    expect(r.df).toBeCloseTo(24.9885, 3);
    expect(r.p).toBeCloseTo(0.021378, 5);
    // 95 % interval: diff ± t(0.975; 24.9885) · SE, with t = 2.05959.
    expect(r.ciLow).toBeCloseTo(-3.98410, 4);
    expect(r.ciHigh).toBeCloseTo(-0.34924, 4);
  });

  it('has no answer without variation or with a single observation', () => {
    expect(welchTTest({ n: 40, mean: 4, sd: 0 }, { n: 40, mean: 4.5, sd: 0 })).toBeNull();
    expect(welchTTest({ n: 1, mean: 4, sd: 1 }, { n: 40, mean: 4.5, sd: 1 })).toBeNull();
  });
});

describe('two-proportion z-test', () => {
  // OpenIntro Statistics (4th ed., §6.2.3), the mammogram trial: 500 of 44,925 women screened and 505 of 44,910
  // controls died of breast cancer. Published: pooled p̂ = 0.0112, SE = 0.00070, Z = −0.17 (from the point estimate
  // rounded to −0.00012) and a p-value of about 0.87. Unrounded by hand: p̂₁ = 0.0111297, p̂₂ = 0.0112447, difference
  // −0.00011505, pooled 1005 / 89,835 = 0.0111872, SE = √(0.0111872 · 0.9888128 · (1/44,925 + 1/44,910))
  // = 0.00070182, Z = −0.16393, two-sided p = 0.86978.
  it('matches the published pooled proportion, standard error and p-value', () => {
    const r = twoProportionZTest({ n: 44_910, successes: 505 }, { n: 44_925, successes: 500 })!;
    expect(r.diff).toBeCloseTo(-0.00011505, 7);
    expect(r.statistic).toBeCloseTo(-0.16393, 4);
    expect(r.p).toBeCloseTo(0.86978, 4);
    expect(r.se).toBeCloseTo(0.00070182, 7);
    expect(r.ciLow).toBeCloseTo(-0.0014906, 6);
    expect(r.ciHigh).toBeCloseTo(0.0012605, 6);
    expect(r.df).toBeNull();
  });

  it('has no answer when one window is empty or both rates are 0 % or 100 %', () => {
    expect(twoProportionZTest({ n: 0, successes: 0 }, { n: 50, successes: 10 })).toBeNull();
    expect(twoProportionZTest({ n: 50, successes: 50 }, { n: 50, successes: 50 })).toBeNull();
  });
});

describe('distributions', () => {
  it('give the textbook critical values', () => {
    expect(tCritical(0.05, 10)).toBeCloseTo(2.228139, 5);
    expect(tCritical(0.05, 1e6)).toBeCloseTo(1.959966, 4);
    expect(tTwoSided(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(zTwoSided(1.959964)).toBeCloseTo(0.05, 6);
    expect(zTwoSided(0)).toBeCloseTo(1, 6);
  });
});

describe('enough data and verdicts', () => {
  it('asks for 30 observations per window, and 5 events and non-events for a rate', () => {
    expect(enoughForMeans({ n: 30, mean: 4, sd: 1 }, { n: 30, mean: 4, sd: 1 })).toBe(true);
    expect(enoughForMeans({ n: 29, mean: 4, sd: 1 }, { n: 300, mean: 4, sd: 1 })).toBe(false);
    expect(enoughForRates({ n: 100, successes: 5 }, { n: 100, successes: 95 })).toBe(true);
    expect(enoughForRates({ n: 100, successes: 4 }, { n: 100, successes: 50 })).toBe(false);
    expect(enoughForRates({ n: 100, successes: 50 }, { n: 100, successes: 96 })).toBe(false);
  });

  it('read the direction against what is better for the KPI', () => {
    const up = { diff: 0.3, se: 0.1, statistic: 3, df: 80, p: 0.004, ciLow: 0.1, ciHigh: 0.5 };
    expect(effectVerdict(up, true, 'higher')).toBe('improved');
    expect(effectVerdict(up, true, 'lower')).toBe('worsened');
    expect(effectVerdict({ ...up, p: 0.2 }, true, 'higher')).toBe('no_change');
    expect(effectVerdict(up, false, 'higher')).toBe('not_enough_data');
    expect(effectVerdict(null, true, 'higher')).toBe('not_enough_data');
  });
});
