import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import { generateDemoWorkspace } from '../../../electron/core/demo/generate.ts';
import { createDispatch } from '../../../electron/core/dispatch.ts';
import { Session } from '../../../electron/core/session.ts';

/**
 * A seeded demo workspace (3,000 tickets up to 2026-09) opened through dispatch, and a folder for report files.
 * It lives for a whole describe block (the report is generated once and read by several tests): call `close`
 * in afterAll.
 */
export async function reportWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-report-'));
  const file = path.join(dir, 'ws.sqlite');
  const session = new Session({ configDir: path.join(dir, 'config'), host: 'cli', actor: 'tester' });
  const dispatch = createDispatch(session);
  await generateDemoWorkspace(file, { tickets: 3000, seed: 11, until: '2026-09' });
  const opened = await dispatch('workspace.open', { path: file });
  if (!opened.ok) throw new Error(opened.error.message);
  /** Call a method and return its value, or fail the test with the error. */
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const close = () => {
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, file, session, dispatch, ok, db: session.db(), outDir: path.join(dir, 'reports'), close };
}
