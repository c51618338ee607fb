import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import { latestVersion } from '../db/migrate.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Session } from '../session.ts';
import { APP_VERSION } from '../version.ts';

export const recentFiles = (session: Session) =>
  session.config.recent.map((r) => ({
    path: r.path,
    name: path.basename(r.path),
    openedAt: r.openedAt,
    exists: fs.existsSync(r.path),
  }));

export const appHandlers = {
  'app.info': (_input, session) => ({
    version: APP_VERSION,
    schemaVersion: latestVersion(),
    host: session.options.host,
    nativeDialogs: session.options.nativeDialogs ?? false,
    language: session.config.language,
    recent: recentFiles(session),
    workspace: session.workspace?.summary ?? null,
    defaultDir: path.join(os.homedir(), 'Documents'),
    user: session.actor,
  }),
  'app.setLanguage': ({ language }, session) => {
    session.config.setLanguage(language);
    return { language };
  },
  'app.pickPath': () => {
    throw new QmFailure('NOT_SUPPORTED', 'This host has no native file dialog; enter the path instead.');
  },
} satisfies HandlerGroup;
