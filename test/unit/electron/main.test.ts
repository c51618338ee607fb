/**
 * Loads the real main entry against the recording fake and checks what it actually set up: the window it opened,
 * the IPC door and who may use it, and the event feed. Core behind dispatch is the real one (temp userData).
 */
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/csp.ts';
import { tempDir } from '../helpers/temp.ts';
import { fake, FakeBrowserWindow, navigationEvent, resetFake } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule);

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/index.ts');
  // whenReady() has resolved; let its continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const invoke = (senderUrl: string | null, method: string, input: unknown) => {
  const handler = fake.ipcMainHandlers.get('qm:invoke')!;
  return handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, method, input) as Promise<{
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string };
  }>;
};

describe('Electron main', () => {
  beforeEach(async () => {
    resetFake();
    await startMain();
  });

  it('opens one window with locked-down web preferences and the CommonJS preload', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const options = FakeBrowserWindow.instances[0]!.options;
    expect(options.webPreferences).toEqual({
      preload: expect.stringMatching(/[/\\]preload[/\\]index\.cjs$/),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
    // Removed from Electron long ago; make sure nobody brings the option back.
    expect(options.webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(options.show).toBe(false);
    expect(options.icon).toBe(path.join(fake.app.getAppPath(), 'resources', 'icons', 'icon.png'));
  });

  it('loads the renderer from the app scheme and shows the window when it is ready', () => {
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.webContents.url).toBe('app://qm/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('sandboxes every renderer, takes the single-instance lock and serves app:// before the window', () => {
    expect(fake.calls).toContain('enableSandbox');
    expect(fake.calls).toContain('requestSingleInstanceLock');
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.privilegedSchemes).toHaveLength(1);
  });

  it('hardens the window it opened: navigation, new windows, permissions and CSP', () => {
    const wc = FakeBrowserWindow.instances[0]!.webContents;
    const away = navigationEvent('https://evil.example/');
    wc.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(wc.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    fake.sessionHandlers['permissionRequest']!(wc, 'media', (ok: boolean) => (granted = ok), {});
    expect(granted).toBe(false);
    let headers: Record<string, string[]> | undefined;
    fake.sessionHandlers['headersReceived']!(
      { url: 'app://qm/index.html', responseHeaders: {} },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([contentSecurityPolicy(null)]);
  });

  it('answers IPC from its own page through dispatch', async () => {
    const result = await invoke('app://qm/index.html', 'app.info', {});
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ host: 'electron', nativeDialogs: true });
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a look-alike app host', 'app://qm.evil/index.html'],
    ['a file: page', 'file:///tmp/index.html'],
    ['the dev server URL in a non-dev run', 'http://localhost:5173/'],
    ['a data: frame', 'data:text/html,x'],
    ['a destroyed or navigated frame', null],
  ])('refuses IPC from %s with FORBIDDEN and never reaches dispatch', async (_why, url) => {
    const result = await invoke(url, 'app.setLanguage', { language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const after = await invoke('app://qm/', 'app.info', {});
    expect(after.value?.['language']).toBeNull();
  });

  it('still validates input from its own page (dispatch is the door)', async () => {
    const result = await invoke('app://qm/', 'app.setLanguage', { language: 'klingon' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers app.pickPath with native dialogs, suggesting a .sqlite file', async () => {
    fake.dialogAnswers.save = { canceled: false, filePath: '/home/me/质量工作区' };
    expect(await invoke('app://qm/', 'app.pickPath', { purpose: 'create' })).toEqual({
      ok: true,
      value: { path: '/home/me/质量工作区.sqlite' },
    });
    fake.dialogAnswers.open = { canceled: true, filePaths: [] };
    expect(await invoke('app://qm/', 'app.pickPath', { purpose: 'open' })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it('forwards session events to its window on the event channel', async () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const created = await invoke('app://qm/', 'workspace.create', { path: file });
    expect(created.ok).toBe(true);
    const sent = FakeBrowserWindow.instances[0]!.webContents.sent;
    expect(sent.at(-1)).toMatchObject({
      channel: 'qm:event',
      args: [{ event: 'workspace.changed', payload: { workspace: { path: file } } }],
    });
    fake.app.emit('will-quit');
  });

  it('sends no events to a window that shows someone else’s page', async () => {
    const wc = FakeBrowserWindow.instances[0]!.webContents;
    wc.url = 'https://evil.example/';
    await invoke('app://qm/', 'workspace.create', { path: path.join(tempDir(), 'w.sqlite') });
    expect(wc.sent).toEqual([]);
    fake.app.emit('will-quit');
  });

  it('installs a menu of roles only (Electron localises them; no strings of our own)', () => {
    const menu = fake.menu as Array<Record<string, unknown>>;
    expect(menu.length).toBeGreaterThan(0);
    for (const item of menu) expect(Object.keys(item)).toEqual(['role']);
  });

  it('focuses the existing window when a second instance starts', () => {
    fake.app.emit('second-instance');
    expect(FakeBrowserWindow.instances[0]!.focused).toBe(true);
  });
});

describe('Electron main as a second instance', () => {
  it('quits without opening a window or registering IPC', async () => {
    resetFake();
    fake.app.singleInstance = false;
    await startMain();
    expect(fake.calls).toContain('quit');
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMainHandlers.size).toBe(0);
  });
});

describe('Electron main and the dev server', () => {
  const devUrl = 'http://localhost:5173';

  it('loads and trusts the dev server only in an unpackaged run', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', devUrl);
    resetFake();
    await startMain();
    expect(FakeBrowserWindow.instances[0]!.webContents.url).toBe(`${devUrl}/`);
    expect((await invoke(`${devUrl}/`, 'app.info', {})).ok).toBe(true);
    expect((await invoke('http://localhost:5174/', 'app.info', {})).error?.code).toBe('FORBIDDEN');
    vi.unstubAllEnvs();
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', devUrl);
    resetFake();
    fake.app.isPackaged = true;
    await startMain();
    expect(FakeBrowserWindow.instances[0]!.webContents.url).toBe('app://qm/index.html');
    expect((await invoke(`${devUrl}/`, 'app.info', {})).error?.code).toBe('FORBIDDEN');
    vi.unstubAllEnvs();
  });
});
