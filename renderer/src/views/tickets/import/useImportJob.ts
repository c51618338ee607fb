import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput } from '../../../../../shared/api';
import type { ImportSummary } from '../../../../../shared/schemas/importers';
import { call, newJobId, subscribe, toApiError, type ApiError } from '../../../api/client';
import { cancelJob } from '../../../api/cancelJob';

export type JobState =
  | { status: 'idle' }
  | {
      status: 'running';
      dryRun: boolean;
      phase: string | null;
      done: number;
      total: number;
      cancelling: boolean;
    }
  | { status: 'done'; summary: ImportSummary }
  | { status: 'cancelled'; dryRun: boolean }
  | { status: 'failed'; dryRun: boolean; error: ApiError };

type RunInput = Omit<MethodInput<'import.run'>, 'jobId'>;

/**
 * One import run (a dry run or the real one) as a job: progress events of our job id only, and a cancel that asks
 * again briefly when the click reaches the host before the job is registered there.
 */
export function useImportJob() {
  const [state, setState] = useState<JobState>({ status: 'idle' });
  const running = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Leaving the wizard stops its job: nothing of a cancelled import is written.
      const jobId = running.current;
      if (jobId) void call('jobs.cancel', { jobId }).catch(() => undefined);
    };
  }, []);

  const run = useCallback(async (input: RunInput): Promise<ImportSummary | null> => {
    if (running.current) return null;
    const jobId = newJobId('import');
    const dryRun = input.dryRun ?? false;
    running.current = jobId;
    setState({ status: 'running', dryRun, phase: null, done: 0, total: 0, cancelling: false });
    const off = subscribe('job.progress', (progress) => {
      if (progress.jobId !== jobId || !mounted.current) return;
      setState((prev) =>
        prev.status === 'running'
          ? { ...prev, phase: progress.phase, done: progress.done, total: progress.total }
          : prev,
      );
    });
    try {
      const summary = await call('import.run', { ...input, jobId });
      if (mounted.current) setState({ status: 'done', summary });
      return summary;
    } catch (err) {
      const error = toApiError(err);
      if (mounted.current) {
        setState(
          error.code === 'CANCELLED' ? { status: 'cancelled', dryRun } : { status: 'failed', dryRun, error },
        );
      }
      return null;
    } finally {
      off();
      running.current = null;
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = running.current;
    if (!jobId) return;
    setState((prev) => (prev.status === 'running' ? { ...prev, cancelling: true } : prev));
    await cancelJob(jobId, () => running.current === jobId);
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, run, cancel, reset };
}
