import { QmFailure } from '../../../shared/errors.ts';

export interface JobControl {
  readonly jobId: string;
  /** Throws CANCELLED once the job was cancelled; long work calls it between batches. */
  checkpoint(): void;
  progress(phase: string, done: number, total: number): void;
}

type ProgressSink = (jobId: string, phase: string, done: number, total: number) => void;

/** Jobs in flight, keyed by the caller's job id, so `jobs.cancel` can reach them. */
export class JobRegistry {
  private readonly cancelled = new Map<string, boolean>();

  constructor(private readonly onProgress: ProgressSink) {}

  async run<T>(jobId: string, work: (job: JobControl) => Promise<T>): Promise<T> {
    if (this.cancelled.has(jobId)) throw new QmFailure('CONFLICT', `A job with id ${jobId} is already running.`, { jobId });
    this.cancelled.set(jobId, false);
    const control: JobControl = {
      jobId,
      checkpoint: () => {
        if (this.cancelled.get(jobId)) throw new QmFailure('CANCELLED', 'Cancelled by the user.', { jobId });
      },
      progress: (phase, done, total) => this.onProgress(jobId, phase, done, total),
    };
    try {
      return await work(control);
    } finally {
      this.cancelled.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    if (!this.cancelled.has(jobId)) return false;
    this.cancelled.set(jobId, true);
    return true;
  }
}
