import { describe, expect, it } from 'vitest';
import { DenseHistogram, SparseHistogram } from '../../../electron/core/kpi/histogram.ts';

const sparse = (values: number[]) => {
  const h = new SparseHistogram();
  for (const v of values) h.add(v);
  return h;
};

describe('KPI histograms (medians of rounded values)', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even one', () => {
    expect(sparse([]).median()).toBeNull();
    expect(sparse([7]).median()).toBe(7);
    expect(sparse([30, 10, 20]).median()).toBe(20);
    expect(sparse([40, 10, 20, 30]).median()).toBe(25);
    expect(sparse([5, 5, 5, 900]).median()).toBe(5);
    expect(sparse([0, 0, 1, 1]).median()).toBe(0.5);
  });

  it('merges stored cells into the same median as all values at once', () => {
    const a = [3, 3, 8, 120, 4000];
    const b = [0, 2, 2, 9, 9, 9, 65_000];
    const dense = new DenseHistogram();
    dense.addBlob(sparse(a).toBlob());
    dense.addBlob(sparse(b).toBlob());
    dense.addBlob(sparse([]).toBlob());
    expect(dense.median()).toBe(sparse([...a, ...b]).median());
    expect(dense.median()).toBe(8.5);
    expect(new DenseHistogram().median()).toBeNull();
  });
});
