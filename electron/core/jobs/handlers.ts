import type { HandlerGroup } from '../handlers.ts';

export const jobHandlers = {
  'jobs.cancel': ({ jobId }, session) => ({ cancelled: session.jobs.cancel(jobId) }),
} satisfies HandlerGroup;
