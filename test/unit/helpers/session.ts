import path from 'node:path';
import { afterEach } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/core/dispatch.ts';
import { Session } from '../../../electron/core/session.ts';
import { tempDir } from './temp.ts';

const open: Session[] = [];

/** A core session with its own config folder, and a workspace path in the same temp folder. */
export function newSession(): { session: Session; dispatch: Dispatch; dir: string; file: string } {
  const dir = tempDir();
  const session = new Session({ configDir: path.join(dir, 'config'), host: 'cli', actor: 'tester' });
  open.push(session);
  return { session, dispatch: createDispatch(session), dir, file: path.join(dir, 'ws.sqlite') };
}

afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});
