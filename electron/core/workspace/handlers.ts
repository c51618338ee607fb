import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceSummary } from '../../../shared/schemas/workspace.ts';
import { recentFiles } from '../app-config/handlers.ts';
import { generateDemoWorkspace } from '../demo/generate.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Session } from '../session.ts';
import { createWorkspaceFile, openWorkspaceFile, type OpenedFile } from './file.ts';
import { workspaceInfo } from './info.ts';

const DEFAULT_DEMO_TICKETS = 100_000;

function adopt(session: Session, opened: OpenedFile): WorkspaceSummary {
  const summary: WorkspaceSummary = {
    path: opened.path,
    name: path.basename(opened.path),
    schemaVersion: opened.schemaVersion,
    isDemo: opened.path === path.resolve(session.demoPath),
    openedAt: Date.now(),
  };
  session.setWorkspace({ db: opened.db, summary });
  return summary;
}

export const workspaceHandlers = {
  'workspace.create': ({ path: file }, session) => adopt(session, createWorkspaceFile(file)),
  'workspace.open': ({ path: file }, session) => adopt(session, openWorkspaceFile(file)),
  'workspace.openDemo': async ({ jobId, tickets, regenerate }, session) => {
    const demo = path.resolve(session.demoPath);
    if (regenerate || !fs.existsSync(demo)) {
      if (session.workspace?.summary.path === demo) session.setWorkspace(null);
      await session.jobs.run(jobId, (job) =>
        generateDemoWorkspace(demo, {
          tickets: tickets ?? session.options.demoTickets ?? DEFAULT_DEMO_TICKETS,
          replace: true,
          job,
        }),
      );
    }
    return adopt(session, openWorkspaceFile(demo));
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
