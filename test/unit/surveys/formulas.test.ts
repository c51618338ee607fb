import { describe, expect, it } from 'vitest';
import {
  SERVQUAL_DIMENSIONS,
  SERVQUAL_ITEMS,
  dimensionGaps,
  dimensionOf,
  itemGap,
  itemGaps,
  overallGap,
  type ServqualItemSums,
} from '../../../shared/domain/servqual.ts';
import { addAnswer, cesAvgOf, csatAvgOf, csatShareOf, emptyTally, npsFromScores, npsGroup, npsOf } from '../../../shared/domain/surveys.ts';

describe('NPS, CSAT and CES formulas', () => {
  it('groups 0–10 answers into detractors (0–6), passives (7–8) and promoters (9–10)', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('computes NPS as % promoters − % detractors', () => {
    // 10 answers: 4 promoters, 3 passives, 3 detractors → 40 % − 30 % = 10.
    expect(npsFromScores([10, 9, 9, 10, 7, 8, 8, 6, 0, 3])).toBe(10);
    // 3 answers: 1 promoter, 2 detractors → 33.3 − 66.7 = −33.3.
    expect(npsFromScores([9, 5, 6])).toBe(-33.3);
    expect(npsFromScores([10, 10])).toBe(100);
    expect(npsFromScores([0])).toBe(-100);
    expect(npsFromScores([7, 8])).toBe(0);
  });

  it('gives null, not 0 or NaN, when nobody answered', () => {
    const t = emptyTally();
    expect([npsOf(t), csatShareOf(t), csatAvgOf(t), cesAvgOf(t)]).toEqual([null, null, null, null]);
    expect(npsFromScores([])).toBeNull();
    // Answers to other questions only: each figure keeps its own denominator.
    const onlyCes = addAnswer(emptyTally(), { csat: null, nps: null, ces: 3 });
    expect([npsOf(onlyCes), csatShareOf(onlyCes), cesAvgOf(onlyCes)]).toEqual([null, null, 3]);
  });

  it('computes the CSAT share of 4–5 and the averages over those who answered', () => {
    const t = [5, 4, 3, 2, 4, null].reduce((acc, csat) => addAnswer(acc, { csat, nps: null, ces: csat === null ? 6 : null }), emptyTally());
    expect(t.responses).toBe(6);
    expect(csatShareOf(t)).toBe(60); // 3 of 5
    expect(csatAvgOf(t)).toBe(3.6); // 18 / 5
    expect(cesAvgOf(t)).toBe(6);
  });
});

describe('SERVQUAL', () => {
  it('holds the 22 standard items in the five dimensions of Parasuraman, Zeithaml & Berry (1988)', () => {
    expect(SERVQUAL_ITEMS).toHaveLength(22);
    const count = (d: string) => SERVQUAL_ITEMS.filter((i) => i.dimension === d).length;
    expect(SERVQUAL_DIMENSIONS.map(count)).toEqual([4, 5, 4, 4, 5]);
    expect([1, 4, 5, 9, 10, 13, 14, 17, 18, 22].map(dimensionOf)).toEqual([
      'tangibles', 'tangibles', 'reliability', 'reliability', 'responsiveness', 'responsiveness', 'assurance', 'assurance', 'empathy', 'empathy',
    ]);
    expect(() => dimensionOf(23)).toThrow(RangeError);
  });

  it('scores the gap as perception − expectation', () => {
    expect(itemGap(7, 5)).toBe(-2);
    expect(itemGap(4, 6)).toBe(2);
  });

  it('averages each item over questionnaires and each dimension over its items (unweighted)', () => {
    // Two questionnaires. Item 1: E 7,6 P 5,4 → E 6.5 P 4.5 gap −2; item 2: E 6,6 P 6,5 → gap −0.5.
    // Items 3, 4 unanswered: tangibles = mean of items 1 and 2 → E 6.25, P 5, gap −1.25.
    // Reliability: item 5 only, E 7 P 4 over one answer → gap −3.
    const sums: ServqualItemSums[] = [
      { item: 1, n: 2, sumExpectation: 13, sumPerception: 9 },
      { item: 2, n: 2, sumExpectation: 12, sumPerception: 11 },
      { item: 5, n: 1, sumExpectation: 7, sumPerception: 4 },
    ];
    const items = itemGaps(sums);
    expect(items).toHaveLength(22);
    expect(items[0]).toEqual({ item: 1, dimension: 'tangibles', n: 2, expectation: 6.5, perception: 4.5, gap: -2 });
    expect(items[1]!.gap).toBe(-0.5);
    expect(items[2]).toEqual({ item: 3, dimension: 'tangibles', n: 0, expectation: null, perception: null, gap: null });
    const dims = dimensionGaps(sums);
    expect(dims[0]).toEqual({ dimension: 'tangibles', expectation: 6.25, perception: 5, gap: -1.25 });
    expect(dims[1]).toEqual({ dimension: 'reliability', expectation: 7, perception: 4, gap: -3 });
    expect(dims[2]).toEqual({ dimension: 'responsiveness', expectation: null, perception: null, gap: null });
    // A dimension without answers leaves the overall gap undefined.
    expect(overallGap(sums)).toBeNull();
  });

  it('takes the overall gap as the mean of the five dimension gaps', () => {
    // Every item E 6; perception 5 in tangibles (gap −1), 6 elsewhere except empathy 7 (gap +1) → (−1+0+0+0+1)/5 = 0.
    const sums = SERVQUAL_ITEMS.map(({ item, dimension }) => ({
      item,
      n: 1,
      sumExpectation: 6,
      sumPerception: dimension === 'tangibles' ? 5 : dimension === 'empathy' ? 7 : 6,
    }));
    expect(overallGap(sums)).toBe(0);
    const lower = sums.map((s) => (s.item === 5 ? { ...s, sumPerception: 1 } : s)); // reliability: 5 items, one −5 → −1
    expect(dimensionGaps(lower)[1]!.gap).toBe(-1);
    expect(overallGap(lower)).toBe(-0.2);
  });
});
