import type { HandlerGroup } from '../handlers.ts';
import { deriveAll } from '../tickets/derive.ts';
import { getPolicy, savePolicy } from './policy.ts';

export const slaHandlers = {
  'sla.policy.get': (_input, session) => getPolicy(session.db()),
  'sla.policy.save': ({ targets, note }, session) => savePolicy(session.db(), session.actor, targets, note),
  'sla.recompute': ({ jobId, scope }, session) =>
    session.jobs.run(jobId, async (job) => {
      const r = await deriveAll(session.db(), session.actor, scope, job);
      return { tickets: r.tickets, seconds: r.seconds };
    }),
} satisfies HandlerGroup;
