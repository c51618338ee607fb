import fs from 'node:fs';
import os from 'node:os';
import { QmFailure } from '../../../shared/errors.ts';
import type { LockHolder } from '../../../shared/schemas/backup.ts';

/** Lock files this process holds, so a second session in the same process is refused too. */
const heldHere = new Set<string>();

export const lockPath = (workspacePath: string): string => `${workspacePath}.lock`;

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.since === 'number') {
      return { pid: value.pid, host: value.host, user: typeof value.user === 'string' ? value.user : '', since: value.since };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return null;
}

/** Whether a process of this computer still runs (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/**
 * A lock on another computer cannot be checked, so it holds; on this computer it is stale when its process is gone
 * (a crash or a kill leaves the file behind). Our own pid counts only when this process really holds it.
 */
function isStale(holder: LockHolder | null, file: string): boolean {
  if (holder === null) return true;
  if (holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(file);
  return !processAlive(holder.pid);
}

export interface WorkspaceLock {
  readonly path: string;
  release(): void;
}

/**
 * Take the single-writer lock of a workspace: `<file>.lock` created exclusively, holding pid, host, user and time.
 * Refused with CONFLICT (details.lockedBy says which instance) while another live instance holds it.
 */
export function acquireLock(workspacePath: string, user: string): WorkspaceLock {
  const file = lockPath(workspacePath);
  const me: LockHolder = { pid: process.pid, host: os.hostname(), user, since: Date.now() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      heldHere.add(file);
      return {
        path: file,
        release: () => {
          if (!heldHere.delete(file)) return;
          const holder = readHolder(file);
          if (holder?.pid === me.pid && holder.since === me.since) fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new QmFailure('IO_ERROR', `Cannot write the lock file ${file}: ${(err as Error).message}`, { path: file });
      }
    }
    const holder = readHolder(file);
    if (!isStale(holder, file)) {
      throw new QmFailure(
        'CONFLICT',
        `${workspacePath} is already open in another instance of the console (process ${holder!.pid} of ${holder!.user || 'unknown user'} on ${holder!.host}, since ${new Date(holder!.since).toISOString()}). Close it there first.`,
        { lockedBy: holder, workspace: workspacePath },
      );
    }
    fs.rmSync(file, { force: true });
  }
  throw new QmFailure('CONFLICT', `${workspacePath} is being opened by another instance right now; try again.`, { workspace: workspacePath });
}
