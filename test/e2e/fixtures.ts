import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput, MethodResult } from '../../shared/api.ts';
import { en } from '../../shared/i18n/en.ts';
import { zhCN } from '../../shared/i18n/zh-CN.ts';

export { expect };
/** Tests find elements by the catalogs' own words, so rewording a label does not break them. */
export const zh = zhCN;
export { en };

const repoRoot = path.resolve(import.meta.dirname, '../..');
const rendererIndex = path.join(repoRoot, 'out/renderer/index.html');
const START_TIMEOUT_MS = 20_000;

export interface WebHost {
  /** http://127.0.0.1:PORT/ */
  url: string;
  /** Per-user preferences (language, recent files) and the demo workspace of this host. */
  configDir: string;
  /** The per-run token the host writes into index.html. */
  token(): Promise<string>;
  /** Call the contract directly, as the page would (for setting up state quickly). */
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

interface Fixtures {
  /** Size of a generated demo workspace; small by default so the demo opens in a second or two. */
  demoTickets: number;
  /** A fresh temporary folder for this test: the host's config lives in it, and any files a test creates. */
  workDir: string;
  host: WebHost;
}

async function startHost(
  configDir: string,
  demoTickets: number,
): Promise<{ child: ChildProcess; url: string }> {
  if (!fs.existsSync(rendererIndex)) {
    throw new Error(
      'The renderer is not built: run `npx electron-vite build` first (`npm run test:e2e` does).',
    );
  }
  const child = spawn(
    process.execPath,
    [
      'electron/launch/web.mjs',
      '--port',
      '0',
      '--config-dir',
      configDir,
      '--demo-tickets',
      String(demoTickets),
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`web host did not start in time:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Service quality console: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with code ${code}:\n${output}`));
    });
  });
  return { child, url };
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<Fixtures>({
  demoTickets: [3000, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  host: async ({ workDir, demoTickets }, use) => {
    const configDir = path.join(workDir, 'config');
    const { child, url } = await startHost(configDir, demoTickets);
    let token: string | undefined;
    const host: WebHost = {
      url,
      configDir,
      async token() {
        if (token) return token;
        const html = await (await fetch(url)).text();
        token = /<meta name="qm-token" content="([^"]+)"/.exec(html)?.[1];
        if (!token) throw new Error('index.html carries no qm-token meta tag');
        return token;
      },
      async invoke(method, input) {
        const response = await fetch(new URL('/api/invoke', url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await host.token()}` },
          body: JSON.stringify({ method, input }),
        });
        const result = (await response.json()) as MethodResult<typeof method>;
        if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
        return result.value as MethodOutput<typeof method>;
      },
    };
    await use(host);
    await stopHost(child);
  },

  baseURL: async ({ host }, use) => {
    await use(host.url);
  },

  /** Every page must run without console errors or uncaught exceptions, whatever the test checks. */
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, 'console errors or uncaught exceptions on the page').toEqual([]);
  },
});

/** Create an empty workspace through the contract (fast) and return its path; the page then shows the shell. */
export async function createWorkspace(
  host: WebHost,
  workDir: string,
  name = 'e2e-workspace.sqlite',
): Promise<string> {
  const file = path.join(workDir, name);
  await host.invoke('workspace.create', { path: file });
  return file;
}

/** Fill a catalog template the way i18next does ({{name}}), for matching the exact text a user sees. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
