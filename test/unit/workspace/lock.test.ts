import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../../electron/core/workspace/lock.ts';
import { errorOf, value } from '../backup/fixture.ts';
import { newSession } from '../helpers/session.ts';

/** The pid of a process that has already exited: a lock it left behind is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('single writer: a workspace is open for writing in one instance only', () => {
  it('refuses a second instance and says which one holds it; after closing, the other may open it', async () => {
    const first = newSession();
    value(await first.dispatch('workspace.create', { path: first.file }));
    const holder = JSON.parse(fs.readFileSync(lockPath(first.file), 'utf8')) as Record<string, unknown>;
    expect(holder).toMatchObject({ pid: process.pid, host: os.hostname(), user: 'tester' });

    const second = newSession();
    const refused = errorOf(await second.dispatch('workspace.open', { path: first.file }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(`process ${process.pid}`);
    expect(refused.message).toContain(os.hostname());
    expect(refused.details).toMatchObject({
      lockedBy: { pid: process.pid, host: os.hostname(), user: 'tester' },
    });
    expect(
      errorOf(
        await second.dispatch('backup.restore', {
          workspacePath: first.file,
          backupPath: `${first.file}.bak`,
        }),
      ).code,
    ).toBe('INVALID_INPUT');

    value(await first.dispatch('workspace.close', {}));
    expect(fs.existsSync(lockPath(first.file))).toBe(false);
    value(await second.dispatch('workspace.open', { path: first.file }));
    expect(errorOf(await first.dispatch('workspace.open', { path: first.file })).code).toBe('CONFLICT');
  });

  it('reopening the workspace that is open in the same session is allowed', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    value(await dispatch('workspace.open', { path: file }));
    expect(fs.existsSync(lockPath(file))).toBe(true);
  });

  it('takes over a lock left by a process that died (crash, kill) and by a half-written lock file', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    value(await dispatch('workspace.close', {}));
    fs.writeFileSync(
      lockPath(file),
      JSON.stringify({ pid: deadPid(), host: os.hostname(), user: 'ghost', since: 1 }),
    );
    value(await dispatch('workspace.open', { path: file }));
    value(await dispatch('workspace.close', {}));
    fs.writeFileSync(lockPath(file), '{"pid": 12');
    value(await dispatch('workspace.open', { path: file }));
  });

  it('respects a lock held on another computer (a shared folder): it cannot be checked, so it holds', async () => {
    const { dispatch, file } = newSession();
    value(await dispatch('workspace.create', { path: file }));
    value(await dispatch('workspace.close', {}));
    fs.writeFileSync(
      lockPath(file),
      JSON.stringify({ pid: 4242, host: 'other-laptop', user: 'wang', since: Date.now() }),
    );
    const refused = errorOf(await dispatch('workspace.open', { path: file }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/process 4242 of wang on other-laptop/);
  });

  it('a demo generation asked to replace a workspace another instance has open is refused, and the file is kept', async () => {
    const first = newSession();
    value(await first.dispatch('workspace.create', { path: first.file }));
    const before = fs.readFileSync(first.file);
    const second = newSession();
    const refused = errorOf(
      await second.dispatch('demo.generate', {
        jobId: 'demo-over-open',
        path: first.file,
        tickets: 100,
        replace: true,
      }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details).toMatchObject({ lockedBy: { pid: process.pid, user: 'tester' } });
    expect(fs.readFileSync(first.file).equals(before)).toBe(true);

    value(await first.dispatch('workspace.close', {}));
    value(
      await second.dispatch('demo.generate', {
        jobId: 'demo-after-close',
        path: first.file,
        tickets: 100,
        replace: true,
      }),
    );
    expect(fs.existsSync(lockPath(first.file))).toBe(false);
  });
});
