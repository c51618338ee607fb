import { call } from './client';

const RETRY_MS = 250;

/**
 * Ask the host to cancel a long job. A click right after the start can reach the host before the job is registered
 * there, so ask again briefly while the caller still considers it running; a refusal or an error ends the asking.
 */
export async function cancelJob(jobId: string, stillRunning: () => boolean, attempts = 4): Promise<void> {
  for (let attempt = 0; attempt < attempts && stillRunning(); attempt += 1) {
    try {
      if ((await call('jobs.cancel', { jobId })).cancelled) return;
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
