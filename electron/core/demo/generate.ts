import type { JobControl } from '../jobs/registry.ts';

export interface DemoOptions {
  tickets: number;
  seed?: number;
  until?: string;
  replace?: boolean;
  job?: JobControl;
}

export interface DemoResult {
  path: string;
  counts: Record<string, number>;
  seconds: number;
}

export async function generateDemoWorkspace(file: string, options: DemoOptions): Promise<DemoResult> {
  void options;
  throw new Error(`demo generator not written yet (${file})`);
}
