import { describe, expect, it } from 'vitest';
import { imrChart, pChart, SPC_CONSTANTS, xbarRChart } from '../../../shared/domain/spc-limits.ts';
import { findViolations, toSigmas, type SpcRule } from '../../../shared/domain/spc-rules.ts';

const close = (a: number | null | undefined, b: number, digits = 3) => expect(a).toBeCloseTo(b, digits);

describe('control-chart constants', () => {
  it('agree with their defining relations to the table’s rounding (A2 = 3/(d2√n), D4 = 1 + 3·d3/d2)', () => {
    for (let n = 2; n <= 10; n++) {
      const k = SPC_CONSTANTS[n]!;
      close(k.A2, 3 / (k.d2 * Math.sqrt(n)), 2);
      close(k.D4, 1 + (3 * k.d3) / k.d2, 2);
      close(k.D3, Math.max(0, 1 - (3 * k.d3) / k.d2), 2);
    }
  });
});

describe('control limits against published examples', () => {
  it('X̄-R: Montgomery’s piston-ring example (n = 5, X̿ = 74.001, R̄ = 0.023 → 73.988 … 74.014, R ≤ 0.049)', () => {
    // Subgroups built to have exactly the example's grand mean and mean range.
    const groups = [
      [74.001 - 0.0115, 74.001 + 0.0115, 74.001, 74.001, 74.001],
      [74.001 - 0.0115, 74.001 + 0.0115, 74.001, 74.001, 74.001],
    ];
    const { xbar, range } = xbarRChart(groups, 5);
    close(xbar.center, 74.001);
    close(range.center, 0.023);
    close(xbar.ucl[0], 74.014);
    close(xbar.lcl[0], 73.988);
    close(range.ucl, 0.049);
    expect(range.lcl).toBe(0);
  });

  it('I-MR: Montgomery’s mortgage-loan processing costs (x̄ = 300.5, MR̄ = 7.79 → 279.78 … 321.22, MR ≤ 25.45)', () => {
    // Montgomery, Introduction to Statistical Quality Control, individuals-chart section: weekly costs, 20 weeks.
    const costs = [310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304];
    const { individuals, movingRange } = imrChart(costs);
    close(individuals.center, 300.5);
    close(movingRange.center, 7.79, 2);
    close(individuals.ucl[0], 321.22, 1);
    close(individuals.lcl[0], 279.78, 1);
    close(movingRange.ucl, 25.45, 1);
    expect(movingRange.values[0]).toBeNull();
    expect(findViolations(toSigmas(costs, individuals.center, individuals.sigma), 'western_electric')).toEqual([]);
  });

  it('p-chart: Montgomery’s orange-juice cans (n = 50, p̄ = 0.2313 → 0.0524 … 0.4102) and variable sizes', () => {
    // 30 samples of 50 cans with 347 nonconforming in all: p̄ = 347 / 1500 = 0.2313.
    const groups = Array.from({ length: 30 }, (_, i) => ({ defects: i < 17 ? 12 : 11, n: 50 }));
    groups[0]!.defects += 347 - groups.reduce((s, g) => s + g.defects, 0);
    const p = pChart(groups);
    close(p.center, 0.2313);
    close(p.ucl[0], 0.4102);
    close(p.lcl[0], 0.0524);
    // variable subgroup sizes: each subgroup its own limits; a small one gets LCL 0; an empty one none at all
    const varied = pChart([
      { defects: 10, n: 100 },
      { defects: 1, n: 4 },
      { defects: 0, n: 0 },
    ]);
    close(varied.center, 11 / 104);
    close(varied.ucl[0], 11 / 104 + 3 * Math.sqrt(((11 / 104) * (93 / 104)) / 100));
    expect(varied.lcl[1]).toBe(0);
    expect([varied.values[2], varied.ucl[2], varied.sigma[2]]).toEqual([null, null, null]);
  });

  it('estimates the limits from the chosen baseline only', () => {
    const values = [10, 11, 9, 10, 11, 9, 30, 31, 29];
    const baseline = values.map((_, i) => i < 6);
    const { individuals } = imrChart(values, baseline);
    close(individuals.center, 10);
    const z = toSigmas(values, individuals.center, individuals.sigma);
    expect(findViolations(z, 'western_electric').filter((v) => v.rule === 'we1').map((v) => v.index)).toEqual([6, 7, 8]);
    // with every point in the baseline the shift inflates the limits
    expect(imrChart(values).individuals.center).toBeCloseTo(150 / 9, 6);
  });
});

const rulesAt = (z: (number | null)[], set: 'western_electric' | 'nelson', rule: SpcRule) =>
  findViolations(z, set)
    .filter((v) => v.rule === rule)
    .map((v) => v.index);

describe('Western Electric rules', () => {
  it('we1: a point beyond 3σ', () => {
    expect(rulesAt([0, 3.2, 0, -3.1, 2.9], 'western_electric', 'we1')).toEqual([1, 3]);
  });
  it('we2: two of three beyond 2σ on the same side, not on opposite sides', () => {
    expect(rulesAt([2.5, 0, 2.1, 0], 'western_electric', 'we2')).toEqual([2]);
    expect(rulesAt([2.5, 0, -2.1, 0], 'western_electric', 'we2')).toEqual([]);
  });
  it('we3: four of five beyond 1σ on one side', () => {
    expect(rulesAt([1.5, 1.2, 0, 1.1, 1.3], 'western_electric', 'we3')).toEqual([4]);
    expect(rulesAt([1.5, 1.2, 0, 1.1, 0.5], 'western_electric', 'we3')).toEqual([]);
  });
  it('we4: eight in a row on one side, skipping missing points', () => {
    expect(rulesAt([0.1, 0.2, 0.3, null, 0.1, 0.2, 0.3, 0.1, 0.2], 'western_electric', 'we4')).toEqual([8]);
    expect(rulesAt([0.1, 0.2, 0.3, -0.1, 0.1, 0.2, 0.3, 0.1, 0.2], 'western_electric', 'we4')).toEqual([]);
  });
});

describe('Nelson rules', () => {
  const flat = (n: number, v = 0.5) => Array.from({ length: n }, () => v);
  it('nelson1 beyond 3σ; nelson2 nine on one side', () => {
    expect(rulesAt([0, -3.5], 'nelson', 'nelson1')).toEqual([1]);
    expect(rulesAt(flat(9, -0.3), 'nelson', 'nelson2')).toEqual([8]);
    expect(rulesAt(flat(8, -0.3), 'nelson', 'nelson2')).toEqual([]);
  });
  it('nelson3: six in a row steadily rising or falling', () => {
    expect(rulesAt([0, -1, -0.8, -0.5, 0, 0.4, 0.9], 'nelson', 'nelson3')).toEqual([6]);
    expect(rulesAt([1, 0.8, 0.6, 0.4, 0.2, 0], 'nelson', 'nelson3')).toEqual([5]);
    expect(rulesAt([1, 0.8, 0.6, 0.4, 0.2], 'nelson', 'nelson3')).toEqual([]);
  });
  it('nelson4: fourteen alternating up and down', () => {
    const saw = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? -0.5 : 0.5));
    expect(rulesAt(saw, 'nelson', 'nelson4')).toEqual([13]);
    expect(rulesAt(saw.slice(0, 13), 'nelson', 'nelson4')).toEqual([]);
  });
  it('nelson5 two of three beyond 2σ; nelson6 four of five beyond 1σ', () => {
    expect(rulesAt([-2.2, 0, -2.4], 'nelson', 'nelson5')).toEqual([2]);
    expect(rulesAt([1.2, 1.2, 1.2, 0, 1.2], 'nelson', 'nelson6')).toEqual([4]);
  });
  it('nelson7: fifteen within 1σ (stratification); nelson8: eight beyond 1σ on either side (mixture)', () => {
    const hugging = Array.from({ length: 15 }, (_, i) => (i % 3) * 0.3 - 0.3);
    expect(rulesAt(hugging, 'nelson', 'nelson7')).toEqual([14]);
    expect(rulesAt(hugging.slice(1), 'nelson', 'nelson7')).toEqual([]);
    const mixture = [1.5, -1.5, 1.2, -1.8, 1.1, -1.3, 1.4, -1.6];
    expect(rulesAt(mixture, 'nelson', 'nelson8')).toEqual([7]);
    expect(rulesAt([...mixture.slice(0, 7), 0.5], 'nelson', 'nelson8')).toEqual([]);
  });
  it('reports the points of each pattern and nothing on a calm process', () => {
    const [v] = findViolations([0, 2.5, 0.1, 2.3], 'nelson').filter((x) => x.rule === 'nelson5');
    expect(v).toEqual({ rule: 'nelson5', index: 3, points: [1, 2, 3] });
    expect(findViolations([0.2, -0.4, 0.1, 0.5, -0.3, 0.8, -1.2], 'nelson')).toEqual([]);
  });
});
