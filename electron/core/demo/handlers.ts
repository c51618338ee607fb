import path from 'node:path';
import type { HandlerGroup } from '../handlers.ts';
import { generateDemoWorkspace } from './generate.ts';

export const demoHandlers = {
  'demo.generate': ({ jobId, path: file, tickets, seed, until, replace }, session) =>
    session.jobs.run(jobId, (job) =>
      generateDemoWorkspace(path.resolve(file), {
        tickets,
        replace,
        job,
        ...(seed === undefined ? {} : { seed }),
        ...(until === undefined ? {} : { until }),
      }),
    ),
} satisfies HandlerGroup;
