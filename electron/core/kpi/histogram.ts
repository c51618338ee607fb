/**
 * Counts of non-negative whole-number values (first-response minutes, resolution tenths of an hour) for medians.
 * A rollup cell keeps a sparse one (a few hundred distinct values at most, 150k cells for a million tickets),
 * stored as a BLOB of little-endian int32 pairs (value, count) - several times faster to read than JSON. A period
 * being computed merges hundreds of cells into a dense one, where adding is an array increment.
 */
export interface Histogram {
  add(value: number, count?: number): void;
  median(): number | null;
}

function medianOf(values: Iterable<[number, number]>, total: number): number | null {
  if (total === 0) return null;
  const lowRank = Math.floor((total - 1) / 2);
  const highRank = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const [value, count] of values) {
    seen += count;
    if (low === null && seen > lowRank) low = value;
    if (seen > highRank) return ((low as number) + value) / 2;
  }
  return low;
}

export class SparseHistogram implements Histogram {
  private readonly counts = new Map<number, number>();

  add(value: number, count = 1): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + count);
  }

  toBlob(): Buffer {
    const blob = Buffer.alloc(this.counts.size * 8);
    let at = 0;
    for (const [value, count] of this.counts) {
      blob.writeInt32LE(value, at);
      blob.writeInt32LE(count, at + 4);
      at += 8;
    }
    return blob;
  }

  median(): number | null {
    const sorted = [...this.counts].sort((a, b) => a[0] - b[0]);
    return medianOf(
      sorted,
      sorted.reduce((sum, [, count]) => sum + count, 0),
    );
  }
}

export class DenseHistogram implements Histogram {
  private counts = new Float64Array(256);
  /** One past the highest value seen. */
  private size = 0;

  add(value: number, count = 1): void {
    if (value >= this.counts.length) {
      let length = this.counts.length * 2;
      while (length <= value) length *= 2;
      const grown = new Float64Array(length);
      grown.set(this.counts.subarray(0, this.size));
      this.counts = grown;
    }
    this.counts[value] = (this.counts[value] as number) + count;
    if (value >= this.size) this.size = value + 1;
  }

  /** Adds a stored sparse histogram (SparseHistogram.toBlob). */
  addBlob(blob: Buffer): void {
    for (let at = 0; at + 8 <= blob.length; at += 8) this.add(blob.readInt32LE(at), blob.readInt32LE(at + 4));
  }

  median(): number | null {
    let total = 0;
    for (let v = 0; v < this.size; v++) total += this.counts[v] as number;
    const counts = this.counts;
    const size = this.size;
    function* nonZero(): Generator<[number, number]> {
      for (let v = 0; v < size; v++) if (counts[v] !== 0) yield [v, counts[v] as number];
    }
    return medianOf(nonZero(), total);
  }
}
