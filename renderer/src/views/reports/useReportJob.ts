import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportRequest, ReportRun } from '../../../../shared/schemas/reports';
import { call, newJobId, subscribe, toApiError, type ApiError } from '../../api/client';
import { cancelJob } from '../../api/cancelJob';

export type ReportJobState =
  | { status: 'idle' }
  | { status: 'running'; phase: string | null; done: number; total: number; cancelling: boolean }
  | { status: 'done'; run: ReportRun }
  | { status: 'cancelled' }
  | { status: 'failed'; error: ApiError };

/** `reports.export` as a job: progress events under our job id, a cancel, and the finished run. */
export function useReportJob(onDone: (run: ReportRun) => void) {
  const [state, setState] = useState<ReportJobState>({ status: 'idle' });
  const running = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(
    async (request: ReportRequest) => {
      if (running.current) return;
      const jobId = newJobId('report');
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
        const run = await call('reports.export', { jobId, request });
        if (mounted.current) setState({ status: 'done', run });
        onDone(run);
      } catch (err) {
        const error = toApiError(err);
        if (mounted.current)
          setState(error.code === 'CANCELLED' ? { status: 'cancelled' } : { status: 'failed', error });
      } finally {
        off();
        running.current = null;
      }
    },
    [onDone],
  );

  const cancel = useCallback(async () => {
    const jobId = running.current;
    if (!jobId) return;
    setState((prev) => (prev.status === 'running' ? { ...prev, cancelling: true } : prev));
    await cancelJob(jobId, () => running.current === jobId);
  }, []);

  return { state, start, cancel };
}
