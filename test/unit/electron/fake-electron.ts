/**
 * A stand-in for the `electron` module (no Electron binary can run here). It records what main and preload ask
 * of Electron, so tests read back the real window options, handlers and listeners our code installed.
 * Use: vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterAll } from 'vitest';

// Method syntax keeps parameters bivariant, so typed listeners of any shape can be stored and called back.
type Listener = { call(...args: unknown[]): unknown }['call'];

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args);
  }
  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

/** Like Electron's navigation events: `preventDefault` is remembered so a test can ask whether it was denied. */
export function navigationEvent(url: string) {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends Emitter {
  url = '';
  sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

export class FakeBrowserWindow extends Emitter {
  static get instances(): FakeBrowserWindow[] {
    return current().windows;
  }
  static getAllWindows = () => FakeBrowserWindow.instances;
  static getFocusedWindow = () => FakeBrowserWindow.instances[0] ?? null;
  readonly webContents = new FakeWebContents();
  shown = false;
  focused = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    current().windows.push(this);
    // Electron announces every new WebContents on `app`; security.ts relies on that.
    current().app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.url = url;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized = () => false;
  restore(): void {}
  isDestroyed = () => false;
}

function createFake() {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-fake-electron-'));
  const calls: string[] = [];
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    singleInstance: true,
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return app.singleInstance;
    },
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit:${code}`),
    enableSandbox: () => calls.push('enableSandbox'),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? userData : path.join(userData, name)),
    getAppPath: () => path.resolve(import.meta.dirname, '../../..'),
    getLocale: () => 'zh-CN',
  });
  const sessionHandlers: Record<string, Listener> = {};
  const defaultSession = {
    setPermissionRequestHandler: (h: Listener) => (sessionHandlers['permissionRequest'] = h),
    setPermissionCheckHandler: (h: Listener) => (sessionHandlers['permissionCheck'] = h),
    setDevicePermissionHandler: (h: Listener) => (sessionHandlers['devicePermission'] = h),
    webRequest: { onHeadersReceived: (h: Listener) => (sessionHandlers['headersReceived'] = h) },
  };
  const ipcMainHandlers = new Map<string, Listener>();
  const ipcRenderer = Object.assign(new Emitter(), {
    invocations: [] as unknown[][],
    reply: { ok: true, value: null } as unknown,
    invoke: async (...args: unknown[]) => {
      ipcRenderer.invocations.push(args);
      return ipcRenderer.reply;
    },
  });
  return {
    userData,
    calls,
    app,
    sessionHandlers,
    defaultSession,
    ipcMainHandlers,
    ipcRenderer,
    exposed: [] as Array<{ key: string; api: Record<string, unknown> }>,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    openedExternally: [] as string[],
    dialogAnswers: {
      open: { canceled: false, filePaths: [] as string[] },
      save: { canceled: false, filePath: '' },
    },
    menu: null as unknown,
    windows: [] as FakeBrowserWindow[],
  };
}

type Fake = ReturnType<typeof createFake>;

/**
 * Kept on globalThis because vi.resetModules() may give the mocked `electron` a fresh copy of this module; the
 * code under test and the test must still see the same recordings.
 */
const holder = globalThis as typeof globalThis & { __qmFakeElectron?: Fake };
holder.__qmFakeElectron ??= createFake();

export let fake: Fake = holder.__qmFakeElectron;

/** Fresh state for a test that re-imports main. */
export function resetFake(): void {
  fs.rmSync(fake.userData, { recursive: true, force: true });
  fake = holder.__qmFakeElectron = createFake();
}

const current = (): Fake => holder.__qmFakeElectron!;

afterAll(() => {
  fs.rmSync(current().userData, { recursive: true, force: true });
  delete holder.__qmFakeElectron;
});

export const electronModule = {
  get app() {
    return current().app;
  },
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle: (channel: string, handler: Listener) => current().ipcMainHandlers.set(channel, handler),
  },
  get ipcRenderer() {
    return current().ipcRenderer;
  },
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => current().exposed.push({ key, api }),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => current().privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
      current().protocolHandlers.set(scheme, handler),
  },
  session: {
    get defaultSession() {
      return current().defaultSession;
    },
  },
  shell: { openExternal: async (url: string) => void current().openedExternally.push(url) },
  dialog: {
    showOpenDialog: async () => current().dialogAnswers.open,
    showSaveDialog: async () => current().dialogAnswers.save,
    showErrorBox: (title: string, message: string) => current().calls.push(`errorBox:${title}:${message}`),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => (current().menu = menu),
  },
};
