import { useCallback, useEffect, useRef, useState } from 'react';
import { call, newJobId, subscribe, toApiError, type ApiError } from '../../api/client';
import { cancelJob } from '../../api/cancelJob';

export type RecomputeState =
  | { status: 'idle' }
  | { status: 'running'; phase: string | null; done: number; total: number; cancelling: boolean }
  | { status: 'done'; tickets: number; seconds: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

/** `sla.recompute` over every ticket as a job: progress events under our job id, and a cancel. */
export function useRecomputeJob() {
  const [state, setState] = useState<RecomputeState>({ status: 'idle' });
  const running = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(async () => {
    if (running.current) return;
    const jobId = newJobId('sla');
    running.current = jobId;
    setState({ status: 'running', phase: null, done: 0, total: 0, cancelling: false });
    const off = subscribe('job.progress', (progress) => {
      if (progress.jobId !== jobId || !mounted.current) return;
      setState((prev) =>
        prev.status === 'running'
          ? { ...prev, phase: progress.phase, done: progress.done, total: progress.total }
          : prev,
      );
    });
    try {
      const result = await call('sla.recompute', { jobId, scope: 'all' });
      if (mounted.current) setState({ status: 'done', tickets: result.tickets, seconds: result.seconds });
    } catch (err) {
      const error = toApiError(err);
      if (mounted.current)
        setState(error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error });
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

  return { state, start, cancel };
}
