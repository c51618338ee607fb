import fs from 'node:fs';
import path from 'node:path';
import { recentFiles } from '../app-config/handlers.ts';
import { generateDemoWorkspace } from '../demo/generate.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Session } from '../session.ts';
import { workspaceInfo } from './info.ts';
import { adopt, createLocked, openLocked } from './open-locked.ts';

const DEFAULT_DEMO_TICKETS = 100_000;

/** Opening the file that is already open starts by closing it, so its own lock does not refuse it. */
function closeIfOpen(session: Session, file: string): void {
  if (session.workspace?.summary.path === path.resolve(file)) session.setWorkspace(null);
}

export const workspaceHandlers = {
  'workspace.create': async ({ path: file }, session) => adopt(session, await createLocked(file, session.actor)),
  'workspace.open': async ({ path: file }, session) => {
    closeIfOpen(session, file);
    return adopt(session, await openLocked(file, session.actor));
  },
  'workspace.openDemo': async ({ jobId, tickets, regenerate }, session) => {
    const demo = path.resolve(session.demoPath);
    if (regenerate || !fs.existsSync(demo)) {
      closeIfOpen(session, demo);
      await session.jobs.run(jobId, (job) =>
        generateDemoWorkspace(demo, {
          tickets: tickets ?? session.options.demoTickets ?? DEFAULT_DEMO_TICKETS,
          replace: true,
          job,
        }),
      );
    }
    closeIfOpen(session, demo);
    return adopt(session, await openLocked(demo, session.actor, { backups: false }));
  },
  'workspace.close': (_input, session) => {
    session.setWorkspace(null);
    return null;
  },
  'workspace.info': ({ integrity }, session) => {
    const db = session.db();
    return workspaceInfo(db, db.name, integrity);
  },
  'workspace.forgetRecent': ({ path: file }, session) => {
    session.config.forgetRecent(file);
    return recentFiles(session);
  },
} satisfies HandlerGroup;
