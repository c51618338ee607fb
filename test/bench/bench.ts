import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a benchmark module exports: it measures, prints its figures through `ctx`, and cleans up after itself. */
export interface Bench {
  /** One line on what is measured. */
  title: string;
  run(ctx: BenchContext): Promise<void>;
}

export interface BenchContext {
  /** A fresh folder under the OS temp dir, removed when the benchmark ends. */
  tempDir(): string;
  /** Prints one figure, aligned with the others. */
  figure(label: string, value: string): void;
}

export function benchContext(): { ctx: BenchContext; cleanup: () => void } {
  const dirs: string[] = [];
  return {
    ctx: {
      tempDir: () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-bench-'));
        dirs.push(dir);
        return dir;
      },
      figure: (label, value) => console.log(`  ${label.padEnd(34)} ${value}`),
    },
    cleanup: () => {
      for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const grouped = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const megabytes = (bytes: number): string => `${grouped(bytes / 1024 / 1024, 1)} MiB`;
