import { useCallback, useRef, useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/schemas/workspace';
import { call, newJobId, subscribe, toApiError, type ApiError } from '../../api/client';
import { cancelJob } from '../../api/cancelJob';

export type DemoState =
  | { status: 'idle' }
  | {
      status: 'running';
      jobId: string;
      phase: string | null;
      done: number;
      total: number;
      cancelling: boolean;
    }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

/**
 * Opening the demo may first generate it: a long job that reports progress under our job id and can be
 * cancelled. Progress events for other jobs (another window's) are ignored.
 */
export function useDemoJob(onOpened: (workspace: WorkspaceSummary) => void) {
  const [state, setState] = useState<DemoState>({ status: 'idle' });
  const running = useRef<string | null>(null);

  const start = useCallback(async () => {
    if (running.current) return;
    const jobId = newJobId('demo');
    running.current = jobId;
    setState({ status: 'running', jobId, phase: null, done: 0, total: 0, cancelling: false });
    const off = subscribe('job.progress', (progress) => {
      if (progress.jobId !== jobId) return;
      setState((prev) =>
        prev.status === 'running' && prev.jobId === jobId
          ? { ...prev, phase: progress.phase, done: progress.done, total: progress.total }
          : prev,
      );
    });
    try {
      onOpened(await call('workspace.openDemo', { jobId }));
    } catch (err) {
      const error = toApiError(err);
      setState(error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error });
    } finally {
      off();
      running.current = null;
    }
  }, [onOpened]);

  const cancel = useCallback(async () => {
    const jobId = running.current;
    if (!jobId) return;
    setState((prev) => (prev.status === 'running' ? { ...prev, cancelling: true } : prev));
    await cancelJob(jobId, () => running.current === jobId);
  }, []);

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, cancel, dismiss };
}
